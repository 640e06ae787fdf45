import { describe, expect, test } from 'vitest';
import { t } from '../i18n';
import { toJsonSchema, type JsonSchema } from '../content/json-schema';
import { siteSchema } from '../content/schemas';
import { EDITOR_COMPONENT_IDS } from './component-blocks';
import {
  EDITOR_KINDS,
  getEditorOrigins,
  getFieldWidgetPaths,
  toEditorCollection,
  toEditorConfig,
  type EditorField,
  type EditorKind,
} from './config';

const e = t.editor;


/** Site data as the schema leaves it, so defaults (servicio, rama) are the real ones. */
function toSite(fields: Record<string, unknown> = {}) {
  return siteSchema.parse({ entidad: 'ENTerritorio', ...fields });
}

const GITHUB_SITE = toSite({
  repositorio: { nombre: 'enterritorio/avance-participacion' },
  editor: { autenticacion: 'https://auth.entidad.gov.co' },
});

const GITLAB_SITE = toSite({
  repositorio: { servicio: 'gitlab', nombre: 'entidad/plan', rama: 'publicacion', servidor: 'https://gitlab.entidad.gov.co' },
  editor: { aplicacion: 'a1b2c3' },
});

const LOCAL_PROXY = 'http://localhost:8081/api/v1';

/** The schema of a property or of a list's items: where nested fields live. */
function getNested(schema: JsonSchema): JsonSchema {
  return schema.type === 'array' ? (schema.items ?? {}) : schema;
}

/** The schema of `kind.a.b` (list items share their list's path), or undefined when the schemas have no such field. */
function getSchemaAt(path: string): JsonSchema | undefined {
  const [kind, ...keys] = path.split('.');
  if (!(EDITOR_KINDS as readonly string[]).includes(kind!)) return undefined;
  let schema: JsonSchema | undefined = toJsonSchema(kind as EditorKind);
  for (const key of keys) schema = schema && getNested(schema).properties?.[key];
  return schema;
}

/** The form field at `kind.a.b`, or undefined. */
function getFieldAt(path: string): EditorField | undefined {
  const [kind, ...keys] = path.split('.');
  let fields: readonly EditorField[] | undefined = toEditorCollection(kind as EditorKind).fields;
  let field: EditorField | undefined;
  for (const key of keys) {
    field = fields?.find((candidate) => candidate.name === key);
    fields = field?.fields;
  }
  return field;
}

/** Every form field with its `kind.a.b` path, nested fields included. */
function getAllFields(fields: readonly EditorField[], path: string): { path: string; field: EditorField }[] {
  return fields.flatMap((field) => [{ path: `${path}.${field.name}`, field }, ...getAllFields(field.fields ?? [], `${path}.${field.name}`)]);
}

const ALL_FIELDS = EDITOR_KINDS.flatMap((kind) => getAllFields(toEditorCollection(kind).fields, kind));

function getField(path: string): EditorField {
  const found = ALL_FIELDS.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`No form field ${path}`);
  return found.field;
}

describe('the editor\'s forms, made from the schemas', () => {
  test('gives every field of every edited schema a form field, nested ones included, and no other', () => {
    const compared: string[] = [];
    const expectSameFields = (fields: readonly EditorField[], schema: JsonSchema, path: string) => {
      compared.push(path);
      expect(fields.map((field) => field.name).sort(), path).toEqual(Object.keys(schema.properties ?? {}).sort());
      for (const field of fields) {
        const nested = getNested(schema.properties![field.name]!);
        const fieldPath = `${path}.${field.name}`;
        // A kept field (the published record) has no form, only its value.
        if (field.widget === 'hidden') expect(field.fields, fieldPath).toBeUndefined();
        else if (nested.type === 'object') expectSameFields(field.fields ?? [], nested, fieldPath);
        else expect(field.fields, fieldPath).toBeUndefined();
      }
    };
    for (const kind of EDITOR_KINDS) {
      const fields = toEditorCollection(kind).fields;
      const schema = toJsonSchema(kind);
      const mdx = kind !== 'planes';
      expect(fields.filter((field) => field.name === 'body'), kind).toHaveLength(mdx ? 1 : 0);
      expectSameFields(
        fields.filter((field) => field.name !== 'body'),
        schema,
        kind,
      );
    }
    // The walk went down into every list of objects.
    expect(compared).toEqual(expect.arrayContaining(['evidencias.enlaces', 'actividades.tareas', 'planes.componentes', 'planes.periodos']));
  });

  test('offers a list of texts as one text field per item', () => {
    const grupos = getField('actividades.grupos');
    expect(grupos).toMatchObject({ widget: 'list', field: { name: 'grupos', widget: 'string', label: e.labels.grupo } });
    expect(grupos.fields).toBeUndefined();
  });

  test('offers a task\'s reprogrammings as a list of new date, decision date and reason, in Spanish', () => {
    const list = getField('actividades.tareas.reprogramaciones');
    expect(list).toMatchObject({ widget: 'list', label: 'Reprogramaciones', label_singular: 'reprogramación', required: false, summary: '{{fields.decision}} → {{fields.fecha}}' });
    expect(list.fields?.map((field) => [field.name, field.label, field.widget, field.required])).toEqual([
      ['fecha', 'Fecha', 'datetime', true],
      ['decision', 'Decidida el', 'datetime', true],
      ['motivo', 'Motivo', 'string', true],
    ]);
  });

  test('states special widgets only for fields the schemas have', () => {
    const paths = getFieldWidgetPaths();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(getSchemaAt(path), path).toBeDefined();
      expect(getFieldAt(path), path).toBeDefined();
    }
    // The walk refuses a field the schemas do not have, so a renamed field fails the test above.
    expect(getSchemaAt('evidencias.enlaces.direccion')).toBeUndefined();
    expect(getSchemaAt('evidencias.avanse')).toBeUndefined();
    expect(getSchemaAt('noticias.plan')).toBeUndefined();
  });

  test('marks as required exactly the fields the schema requires', () => {
    expect(getField('evidencias.fecha').required).toBe(true);
    expect(getField('evidencias.avance').required).toBe(true);
    expect(getField('evidencias.nota').required).toBe(false);
    expect(getField('evidencias.aplazada').required).toBe(false);
    expect(getField('evidencias.enlaces.url').required).toBe(true);
    expect(getField('actividades.tareas.producto').required).toBe(false);
    for (const { path, field } of ALL_FIELDS) {
      const schema = getSchemaAt(path);
      if (!schema || field.widget === 'hidden') continue;
      const parentPath = path.slice(0, path.lastIndexOf('.'));
      const parent = getNested(getSchemaAt(parentPath)!);
      expect(field.required, path).toBe((parent.required ?? []).includes(field.name));
    }
  });

  test('asks for the execution as a whole number from 0 to 100', () => {
    expect(getField('evidencias.avance')).toMatchObject({ widget: 'number', value_type: 'int', min: 0, max: 100 });
  });

  test('asks for every date as a day, written YYYY-MM-DD, without a time', () => {
    const dates = ALL_FIELDS.filter(({ path }) => getSchemaAt(path)?.format === 'date');
    expect(dates.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['evidencias.fecha', 'actividades.tareas.programada', 'planes.periodos.corte', 'planes.periodos.publicacion']),
    );
    for (const { path, field } of dates) {
      expect(field, path).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false });
    }
  });

  test('offers the kind of a link as a choice among exactly the schema\'s values, named in Spanish', () => {
    const tipo = getField('evidencias.enlaces.tipo');
    expect(tipo.widget).toBe('select');
    expect((tipo.options as { value: string }[]).map((option) => option.value)).toEqual(getSchemaAt('evidencias.enlaces.tipo')?.enum);
    expect(tipo.options).toEqual([
      { value: 'web', label: 'Página web' },
      { value: 'video', label: 'Video' },
      { value: 'documento', label: 'Documento' },
    ]);
  });

  test('explains every field with its Spanish description, or with how to use its widget', () => {
    const descriptions: Record<string, Record<string, string>> = {
      evidencias: t.fields.evidence,
      'evidencias.enlaces': t.fields.link,
      'evidencias.participacion': t.fields.participation,
      actividades: t.fields.activity,
      'actividades.tareas': t.fields.task,
      'actividades.tareas.reprogramaciones': t.fields.reprogramming,
      informes: t.fields.report,
      planes: t.fields.plan,
      'planes.componentes': t.fields.component,
      'planes.dependencias': t.fields.unit,
      'planes.periodos': t.fields.period,
    };
    const widgetHints: Record<string, string> = {
      'evidencias.tarea': e.hints.tarea,
      'evidencias.enlaces.url': e.hints.url,
      'actividades.componente': e.hints.componente,
      'actividades.dependencia': e.hints.dependencia,
      'actividades.tareas.dependencia': e.hints.dependenciaTarea,
      'informes.periodo': e.hints.periodo,
      'evidencias.aplazada': e.hints.aplazada,
      'evidencias.enlaces': e.hints.enlaces,
      'actividades.grupos': e.hints.grupos,
      'evidencias.participacion.grupos': e.hints.participationGroups,
      'actividades.tareas': e.hints.tareas,
      'actividades.tareas.ejemplo': e.hints.ejemplo,
      'actividades.tareas.reprogramaciones': e.hints.reprogramaciones,
    };
    expect(getField('evidencias.fecha').hint).toBe(t.fields.evidence.fecha);
    for (const { path, field } of ALL_FIELDS) {
      if (field.widget === 'hidden') continue;
      const [kind] = path.split('.') as [EditorKind];
      const parent = path.slice(0, path.lastIndexOf('.'));
      const expected = field.name === 'body' && parent === kind ? (e.bodyHints as Record<string, string>)[kind] : (widgetHints[path] ?? descriptions[parent]?.[field.name]);
      expect(expected, path).toBeDefined();
      expect(field.hint, path).toBe(expected);
    }
  });

  test('labels every field the form shows in Spanish, never with its key', () => {
    const labels: Record<string, string> = e.labels;
    let checked = 0;
    for (const { path, field } of ALL_FIELDS) {
      // A kept field shows nothing, not even its label.
      if (field.widget === 'hidden') continue;
      expect(Object.keys(labels), `no label for ${path}`).toContain(field.name);
      expect(field.label, path).toBe(labels[field.name]);
      if (field.label_singular !== undefined) expect(Object.values(labels), path).toContain(field.label_singular);
      if (field.field) expect(Object.values(labels), path).toContain(field.field.label);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(30);
  });

  test('lets editors pick an evidence\'s task from the activities, showing its product, activity and date', () => {
    const tarea = getField('evidencias.tarea');
    expect(tarea).toMatchObject({ widget: 'relation', collection: 'actividades', value_field: 'tareas.*.id' });
    expect(tarea.display_fields).toEqual(expect.arrayContaining(['tareas.*.producto', 'nombre', 'tareas.*.programada']));
    expect(tarea.search_fields).toEqual(expect.arrayContaining(['tareas.*.id', 'tareas.*.producto', 'nombre']));
  });

  test('lets editors pick the unit of an activity, and of a task, from the units of the plans', () => {
    for (const path of ['actividades.dependencia', 'actividades.tareas.dependencia']) {
      expect(getField(path), path).toMatchObject({ widget: 'relation', collection: 'planes', value_field: 'dependencias.*.id' });
      expect(getField(path).display_fields, path).toContain('dependencias.*.nombre');
    }
    expect(getField('planes.dependencias')).toMatchObject({ widget: 'list', label_singular: e.labels.dependenciaItem });
  });

  test('points every relation at fields the collection it reads has', () => {
    const relations = ALL_FIELDS.filter(({ field }) => field.widget === 'relation');
    expect(relations.length).toBeGreaterThanOrEqual(6);
    for (const { path, field } of relations) {
      const target = field.collection as EditorKind;
      expect(EDITOR_KINDS, path).toContain(target);
      for (const reference of [field.value_field, ...(field.search_fields as string[]), ...(field.display_fields as string[])] as string[]) {
        if (reference === '{{slug}}') continue;
        expect(getSchemaAt(`${target}.${reference.replace(/\.\*\./g, '.')}`), `${path} → ${reference}`).toBeDefined();
      }
    }
  });

  test('names only existing fields in file names, summaries, sorting and grouping', () => {
    for (const kind of EDITOR_KINDS) {
      const collection = toEditorCollection(kind);
      const templates = [collection.slug, collection.path ?? '', collection.summary];
      const names = [
        ...templates.flatMap((template) => [...template.matchAll(/\{\{([^}]+)\}\}/g)].map((match) => match[1]!)).filter((name) => name !== 'slug'),
        collection.identifier_field,
        ...(collection.sortable_fields ?? []),
        ...(collection.view_groups ?? []).map((group) => group.field),
      ];
      expect(names.length, kind).toBeGreaterThan(0);
      for (const name of names) expect(getSchemaAt(`${kind}.${name}`), `${kind}: ${name}`).toBeDefined();
      for (const { path, field } of getAllFields(collection.fields, kind)) {
        for (const match of String(field.summary ?? '').matchAll(/\{\{fields\.([^}]+)\}\}/g)) {
          expect(getSchemaAt(`${path}.${match[1]}`), `${path}: ${match[1]}`).toBeDefined();
        }
      }
    }
  });

  test('saves an evidence as content/evidencias/<plan>/<fecha>-<tarea>.mdx', () => {
    const collection = toEditorCollection('evidencias');
    expect(collection).toMatchObject({ folder: 'content/evidencias', path: '{{plan}}/{{slug}}', slug: '{{fecha}}-{{tarea}}', extension: 'mdx' });
    const values: Record<string, string> = { plan: '2021', fecha: '2021-06-30', tarea: 'realizar-foro' };
    const fill = (template: string) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
    values.slug = fill(collection.slug);
    expect(`${collection.folder}/${fill(collection.path!)}.${collection.extension}`).toBe('content/evidencias/2021/2021-06-30-realizar-foro.mdx');
  });

  test('uploads an evidence\'s documents to public/documentos/<the plan\'s folder>', () => {
    expect(getField('evidencias.enlaces.url')).toMatchObject({
      widget: 'file',
      media_folder: '/public/documentos/{{dirname}}',
      public_folder: '/documentos/{{dirname}}',
    });
    expect(toEditorConfig({ site: GITHUB_SITE })).toMatchObject({ media_folder: 'public/documentos', public_folder: '/documentos' });
  });

  test('offers the three body components, and no heading button, in every text', () => {
    expect(EDITOR_COMPONENT_IDS).toEqual(['video', 'documento', 'nota']);
    for (const kind of ['evidencias', 'actividades', 'informes'] as const) {
      const body = getField(`${kind}.body`);
      expect(body.widget, kind).toBe('markdown');
      expect(body.editor_components, kind).toEqual(['video', 'documento', 'nota']);
      const buttons = body.buttons as string[];
      expect(buttons.length, kind).toBeGreaterThan(0);
      expect(buttons.filter((button) => button.startsWith('heading')), kind).toEqual([]);
    }
    expect(ALL_FIELDS.some(({ path }) => path === 'planes.body')).toBe(false);
  });
});

describe('toEditorConfig', () => {
  test('gives no configuration without a repository and sign-in in sitio.yaml, or without the editor group', () => {
    expect(toEditorConfig({ site: toSite() })).toBeUndefined();
    expect(toEditorConfig({ site: toSite({ repositorio: { nombre: 'enterritorio/avance-participacion' } }) })).toBeUndefined();
  });

  test('saves to GitHub through the entity\'s sign-in service, every save a pull request', () => {
    const config = toEditorConfig({ site: GITHUB_SITE })!;
    expect(config.backend).toMatchObject({ name: 'github', repo: 'enterritorio/avance-participacion', branch: 'main', base_url: 'https://auth.entidad.gov.co' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.collections.map((collection) => collection.name)).toEqual([...EDITOR_KINDS]);
    expect(getEditorOrigins(config)).toEqual(['https://api.github.com']);
  });

  test('saves to the entity\'s GitLab, signing in with its application (PKCE), every save a merge request', () => {
    const config = toEditorConfig({ site: GITLAB_SITE })!;
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      repo: 'entidad/plan',
      branch: 'publicacion',
      auth_type: 'pkce',
      app_id: 'a1b2c3',
      base_url: 'https://gitlab.entidad.gov.co',
      api_root: 'https://gitlab.entidad.gov.co/api/v4',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(getEditorOrigins(config)).toEqual(['https://gitlab.entidad.gov.co']);
  });

  test('reaches the GitLab API at one address, with or without a slash at the end of the server\'s', () => {
    const site = toSite({
      repositorio: { servicio: 'gitlab', nombre: 'entidad/plan', servidor: 'https://gitlab.entidad.gov.co/' },
      editor: { aplicacion: 'a1b2c3' },
    });
    expect(toEditorConfig({ site })!.backend).toMatchObject({ base_url: 'https://gitlab.entidad.gov.co', api_root: 'https://gitlab.entidad.gov.co/api/v4' });
  });

  test('uses gitlab.com when sitio.yaml names no server', () => {
    const site = toSite({ repositorio: { servicio: 'gitlab', nombre: 'entidad/plan' }, editor: { aplicacion: 'a1b2c3' } });
    const config = toEditorConfig({ site })!;
    expect(config.backend).toMatchObject({ base_url: 'https://gitlab.com', api_root: 'https://gitlab.com/api/v4' });
    expect(getEditorOrigins(config)).toEqual(['https://gitlab.com']);
  });

  test('saves to the folder on disk through the local proxy, without pull requests, even with no editor in sitio.yaml', () => {
    const config = toEditorConfig({ site: toSite(), localProxy: LOCAL_PROXY })!;
    expect(config.backend).toMatchObject({ name: 'proxy', proxy_url: LOCAL_PROXY });
    expect(config).not.toHaveProperty('publish_mode');
    expect(getEditorOrigins(config)).toEqual(['http://localhost:8081']);
    // The proxy wins over the repository's service while `npm run editor` runs.
    expect(toEditorConfig({ site: GITHUB_SITE, localProxy: LOCAL_PROXY })!.backend.name).toBe('proxy');
  });

  test('links to the published site only when its address is known', () => {
    expect(toEditorConfig({ site: GITHUB_SITE, siteUrl: 'https://avance.entidad.gov.co/' })).toMatchObject({
      site_url: 'https://avance.entidad.gov.co/',
      display_url: 'https://avance.entidad.gov.co/',
    });
    expect(toEditorConfig({ site: GITHUB_SITE })).not.toHaveProperty('site_url');
  });
});

test('rehearses the review locally when asked: the local proxy with the editorial workflow', () => {
  const site = siteSchema.parse({ entidad: 'Entidad' });
  const config = toEditorConfig({ site, localProxy: 'http://127.0.0.1:8081/api/v1', localBranch: 'trabajo' });
  expect(config?.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'trabajo' });
  expect(config?.publish_mode).toBe('editorial_workflow');
});
