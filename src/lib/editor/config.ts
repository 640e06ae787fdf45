/**
 * The web editor's configuration (Decap CMS), made from the zod schemas: the same fields,
 * descriptions and limits that validation checks become the forms' fields, hints and limits.
 * What JSON Schema cannot say (which field points to another file, which one uploads a
 * document) is stated once, in FIELD_WIDGETS below; a unit test fails when a schema field has
 * no form field, or a widget names a field the schemas no longer have.
 */
import { t } from '../i18n';
import { toJsonSchema, type JsonSchema } from '../content/json-schema';
import { SLUG_PATTERN, type SiteData } from '../content/schemas';
import { CONTENT_FOLDER, getGitLabServer } from './repository';
import { EDITOR_COMPONENT_IDS } from './component-blocks';
import { DOCUMENTS_FOLDER, DOCUMENTS_PATH } from './documents';
import { EDITOR_FORMATS } from './file-format';

const e = t.editor;

/** The kinds of file staff edit through the editor, in the order its menu shows them. */
export const EDITOR_KINDS = ['evidencias', 'actividades', 'informes', 'planes'] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

/** One form field, as Decap CMS reads it. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  fields?: EditorField[];
  field?: EditorField;
  [option: string]: unknown;
}

/** Where a kind of file lives and how its list reads. */
interface CollectionSettings {
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  path?: string;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields?: string[];
  view_groups?: { label: string; field: string }[];
}

export interface EditorCollection extends CollectionSettings {
  name: EditorKind;
  label: string;
  label_singular: string;
  description: string;
  fields: EditorField[];
}

export interface EditorConfig {
  load_config_file: false;
  locale: 'es';
  backend: Record<string, unknown>;
  publish_mode?: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  site_url?: string;
  display_url?: string;
  slug: Record<string, unknown>;
  editor: { preview: boolean };
  collections: EditorCollection[];
}

/** Where the repository keeps what the site publishes: the editor writes paths from its root. */

const DATE = { widget: 'datetime', format: e.datePattern, date_format: e.datePattern, time_format: false, picker_utc: true };

/** A field that holds another file's id: a search list instead of typing the id. */
function toRelation(valueField: string, searchFields: string[], displayFields: string[]): Partial<EditorField> {
  return { widget: 'relation', collection: 'planes', value_field: valueField, search_fields: searchFields, display_fields: displayFields };
}

const PLAN_RELATION = toRelation('{{slug}}', ['titulo', 'anio'], ['titulo']);

const UNIT_RELATION = {
  ...toRelation('dependencias.*.id', ['dependencias.*.id', 'dependencias.*.nombre'], ['dependencias.*.nombre', 'titulo']),
  hint: e.hints.dependencia,
};

/**
 * Form fields JSON Schema cannot describe, by `kind.path` (list items share their list's
 * path). Everything else follows from the schema's types.
 */
const FIELD_WIDGETS: Readonly<Record<string, Partial<EditorField>>> = {
  // Descriptions that speak of YAML (`true`, dashes) are said for the form instead.
  'evidencias.aplazada': { hint: e.hints.aplazada },
  'evidencias.enlaces': { hint: e.hints.enlaces },
  'actividades.grupos': { hint: e.hints.grupos },
  'evidencias.participacion.grupos': { hint: e.hints.participationGroups },
  'actividades.tareas': { hint: e.hints.tareas },
  'actividades.tareas.ejemplo': { hint: e.hints.ejemplo },
  'actividades.tareas.reprogramaciones': { hint: e.hints.reprogramaciones },
  'evidencias.plan': PLAN_RELATION,
  'evidencias.tarea': {
    widget: 'relation',
    collection: 'actividades',
    value_field: 'tareas.*.id',
    search_fields: ['tareas.*.id', 'tareas.*.producto', 'tareas.*.tarea', 'nombre'],
    // The date before the long names, which the list cuts at its width.
    display_fields: ['tareas.*.id', 'tareas.*.programada', 'tareas.*.producto', 'nombre'],
    hint: e.hints.tarea,
  },
  'evidencias.enlaces.url': {
    widget: 'file',
    choose_url: true,
    media_folder: `/${DOCUMENTS_FOLDER}/{{dirname}}`,
    public_folder: `${DOCUMENTS_PATH}/{{dirname}}`,
    hint: e.hints.url,
  },
  'actividades.plan': PLAN_RELATION,
  'actividades.componente': {
    ...toRelation('componentes.*.id', ['componentes.*.id', 'componentes.*.nombre'], ['componentes.*.nombre', 'titulo']),
    hint: e.hints.componente,
  },
  'actividades.dependencia': UNIT_RELATION,
  'actividades.tareas.dependencia': { ...UNIT_RELATION, hint: e.hints.dependenciaTarea },
  'informes.plan': PLAN_RELATION,
  'informes.periodo': {
    ...toRelation('periodos.*.id', ['periodos.*.id', 'periodos.*.nombre'], ['periodos.*.nombre', 'periodos.*.corte', 'titulo']),
    hint: e.hints.periodo,
  },
  // The published record is written when the period closes (src/client/editor.ts) and then
  // only changes through a fe de erratas: the form keeps it as it is.
  'informes.cifras': { widget: 'hidden' },
  'informes.productos': { widget: 'hidden' },
  'informes.erratas': { widget: 'hidden' },
};

/** Labels of list items, by the list's key ("Agregar tarea"). */
const ITEM_LABELS: Readonly<Record<string, string>> = {
  tareas: e.labels.tareaItem,
  reprogramaciones: e.labels.reprogramacionItem,
  enlaces: e.labels.enlaceItem,
  componentes: e.labels.componenteItem,
  dependencias: e.labels.dependenciaItem,
  periodos: e.labels.periodoItem,
  grupos: e.labels.grupo,
};

/** What a list item shows when folded. */
const ITEM_SUMMARIES: Readonly<Record<string, string>> = {
  tareas: '{{fields.id}} · {{fields.programada}}',
  reprogramaciones: '{{fields.decision}} → {{fields.fecha}}',
  enlaces: '{{fields.texto}}',
  componentes: '{{fields.nombre}}',
  dependencias: '{{fields.nombre}}',
  periodos: '{{fields.nombre}} · {{fields.corte}}',
};

const COLLECTIONS: Readonly<Record<EditorKind, CollectionSettings>> = {
  evidencias: {
    folder: `${CONTENT_FOLDER}/evidencias`,
    extension: 'mdx',
    format: EDITOR_FORMATS.frontmatter,
    create: true,
    // The file name the rules ask for: <plan>/<fecha>-<tarea>.mdx (one evidence per task and day).
    path: '{{plan}}/{{slug}}',
    slug: '{{fecha}}-{{tarea}}',
    identifier_field: 'tarea',
    summary: '{{fecha}} · {{tarea}} · {{avance}} %',
    sortable_fields: ['fecha', 'tarea', 'avance'],
    view_groups: [{ label: e.labels.plan, field: 'plan' }],
  },
  actividades: {
    folder: `${CONTENT_FOLDER}/actividades`,
    extension: 'mdx',
    format: EDITOR_FORMATS.frontmatter,
    create: true,
    path: '{{plan}}/{{slug}}',
    slug: '{{nombre}}',
    identifier_field: 'nombre',
    summary: '{{plan}} · {{nombre}}',
    sortable_fields: ['orden', 'nombre'],
    view_groups: [{ label: e.labels.plan, field: 'plan' }],
  },
  informes: {
    folder: `${CONTENT_FOLDER}/informes`,
    extension: 'mdx',
    format: EDITOR_FORMATS.frontmatter,
    create: true,
    path: '{{plan}}/{{periodo}}',
    slug: '{{periodo}}',
    identifier_field: 'titulo',
    summary: '{{plan}} · {{titulo}}',
  },
  planes: {
    folder: `${CONTENT_FOLDER}/planes`,
    extension: 'yaml',
    format: EDITOR_FORMATS.yaml,
    create: true,
    slug: '{{anio}}',
    identifier_field: 'titulo',
    summary: '{{titulo}}',
  },
};

/** Markdown without headings (the page has its own), and the site's three body components. */
const BODY_BUTTONS = ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list', 'quote'];

function toLabel(key: string): string {
  return (e.labels as Record<string, string>)[key] ?? key;
}

function isIdentifier(schema: JsonSchema): boolean {
  return schema.pattern === SLUG_PATTERN.source;
}

/** The widget and limits a field's type asks for. */
function toTypedField(key: string, schema: JsonSchema, path: string): Partial<EditorField> {
  if (schema.enum) {
    return {
      widget: 'select',
      options: schema.enum.map((value) => ({ value, label: (e.linkKinds as Record<string, string>)[String(value)] ?? String(value) })),
    };
  }
  if (schema.type === 'boolean') return { widget: 'boolean', default: schema.default ?? false };
  if (schema.type === 'integer') {
    const limits = {
      ...(schema.minimum === undefined ? {} : { min: schema.minimum }),
      ...(schema.maximum === undefined || schema.maximum >= Number.MAX_SAFE_INTEGER ? {} : { max: schema.maximum }),
    };
    return { widget: 'number', value_type: 'int', step: 1, ...limits };
  }
  if (schema.type === 'array') {
    const items = schema.items ?? {};
    // Items open: a task's date is in sight, not behind an unlabelled toggle.
    const common = { widget: 'list', label_singular: ITEM_LABELS[key] ?? toLabel(key), collapsed: false, add_to_top: false };
    if (items.type === 'object') {
      return { ...common, summary: ITEM_SUMMARIES[key], fields: toFields(items, path) };
    }
    return { ...common, field: { name: key, label: ITEM_LABELS[key] ?? toLabel(key), widget: 'string' } };
  }
  if (schema.type === 'object') return { widget: 'object', collapsed: false, fields: toFields(schema, path) };
  if (schema.format === 'date') return DATE;
  if (schema.multiline) return { widget: 'text' };
  if (isIdentifier(schema)) return { widget: 'string', pattern: [SLUG_PATTERN.source, e.identifier] };
  return { widget: 'string' };
}

function toField(key: string, schema: JsonSchema, required: boolean, path: string): EditorField {
  const fieldPath = `${path}.${key}`;
  const widget = FIELD_WIDGETS[fieldPath];
  // A kept field has no form: only its value, as the file has it.
  if (widget?.widget === 'hidden') return { name: key, label: toLabel(key), widget: 'hidden', required: false };
  return {
    name: key,
    label: toLabel(key),
    required,
    ...(schema.description ? { hint: schema.description } : {}),
    ...toTypedField(key, schema, fieldPath),
    ...widget,
  } as EditorField;
}

function toFields(schema: JsonSchema, path: string): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, property]) => toField(key, property, required.has(key), path));
}

function toBodyField(kind: Exclude<EditorKind, 'planes'>): EditorField {
  return {
    name: 'body',
    label: e.labels.body,
    widget: 'markdown',
    required: false,
    hint: e.bodyHints[kind],
    buttons: BODY_BUTTONS,
    editor_components: [...EDITOR_COMPONENT_IDS],
    modes: ['rich_text', 'raw'],
  };
}

/** The form of one kind of file: the schema's fields, then the body for MDX files. */
export function toEditorCollection(kind: EditorKind): EditorCollection {
  const settings = COLLECTIONS[kind];
  const fields = toFields(toJsonSchema(kind), kind);
  return {
    name: kind,
    label: e.collections[kind].label,
    label_singular: e.collections[kind].singular,
    description: e.collections[kind].description,
    ...settings,
    fields: kind === 'planes' ? fields : [...fields, toBodyField(kind)],
  };
}

/** Every `kind.path` of FIELD_WIDGETS, for the test that keeps it in step with the schemas. */
export function getFieldWidgetPaths(): string[] {
  return Object.keys(FIELD_WIDGETS);
}

export interface EditorOptions {
  /** Who publishes and where the content lives (content/sitio.yaml). */
  site: Pick<SiteData, 'repositorio' | 'editor'>;
  /** The address of the local proxy (`npm run editor`): saves go to the folder on disk. */
  localProxy?: string;
  /**
   * `npm run editor -- --propuestas`: the local proxy keeps each save on its own git branch,
   * as the repository's service does with a pull request, until it is published into this one.
   */
  localBranch?: string;
  /** The published site's address, for the editor's "view site" link. */
  siteUrl?: string;
}

/** Commit messages in Spanish: they are what the pull request's history shows. */
const COMMIT_MESSAGES = { ...e.commitMessages, openAuthoring: '{{message}}' };

/** The backend: the local proxy, or the repository's service with its sign-in. */
function toBackend({ site, localProxy, localBranch }: EditorOptions): Record<string, unknown> | undefined {
  if (localProxy) return { name: 'proxy', proxy_url: localProxy, branch: localBranch ?? site.repositorio?.rama ?? 'main', commit_messages: COMMIT_MESSAGES };
  const { repositorio, editor } = site;
  if (!repositorio || !editor) return undefined;
  const common = { repo: repositorio.nombre, branch: repositorio.rama, commit_messages: COMMIT_MESSAGES, squash_merges: true };
  if (repositorio.servicio === 'gitlab') {
    const server = getGitLabServer(repositorio.servidor);
    return { name: 'gitlab', ...common, auth_type: 'pkce', app_id: editor.aplicacion, base_url: server, api_root: `${server}/api/v4` };
  }
  return { name: 'github', ...common, base_url: editor.autenticacion };
}

/**
 * The editor's whole configuration, or undefined when the site has no editor: no repository
 * and sign-in in content/sitio.yaml, and not started by `npm run editor`.
 */
export function toEditorConfig(options: EditorOptions): EditorConfig | undefined {
  const backend = toBackend(options);
  if (!backend) return undefined;
  return {
    load_config_file: false,
    locale: 'es',
    backend,
    // Every save is a pull request, reviewed by the same checks as any other change. The local
    // proxy writes to the folder on disk, which is itself reviewed before it reaches main, or,
    // rehearsing the review, to a branch per change.
    ...(options.localProxy && options.localBranch === undefined ? {} : { publish_mode: 'editorial_workflow' as const }),
    media_folder: DOCUMENTS_FOLDER,
    public_folder: DOCUMENTS_PATH,
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // File names as the rules ask: lowercase ASCII words joined by hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // The citizen page is the preview: the editor's own preview would not look like it.
    editor: { preview: false },
    collections: EDITOR_KINDS.map(toEditorCollection),
  };
}

/** The origins the editor's page talks to, for its Content Security Policy. */
export function getEditorOrigins(config: EditorConfig): string[] {
  const backend = config.backend;
  if (backend.name === 'proxy') return [new URL(String(backend.proxy_url)).origin];
  if (backend.name === 'gitlab') return [new URL(String(backend.api_root)).origin];
  return ['https://api.github.com'];
}
