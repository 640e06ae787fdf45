/**
 * New content files, as `npm run nuevo` writes them: valid from the start, with the
 * references the editor chose and a comment above each field saying what it means (the
 * same Spanish descriptions as VS Code and CONTRIBUTING.md). Optional fields the editor did
 * not fill in are left as commented-out examples, so they can see what else is possible.
 */
import { dump } from 'js-yaml';
import { t } from './i18n';
import type { ActivityData, EvidenceData, LinkData, TaskData } from './schemas';

/** What the editor chose for a new piece of evidence. */
export type EvidenceDraft = Pick<EvidenceData, 'plan' | 'tarea' | 'fecha' | 'avance' | 'enlaces'> & {
  /** What was done, in a sentence or two: the body of the file. */
  texto: string;
};

/** What the editor chose for a new activity with its first task. */
export type ActivityDraft = Pick<ActivityData, 'plan' | 'componente' | 'nombre'> & {
  tarea: Pick<TaskData, 'id' | 'tarea' | 'programada' | 'producto'>;
  /** What the activity is about, in a sentence or two: the body of the file. */
  texto: string;
};

export interface NewFile {
  /** Path inside the content folder, e.g. evidencias/2021/2021-06-30-elaborar-video.mdx. */
  path: string;
  text: string;
}

const d = t.fields;

/** A file or id name from free text: "Publicación del Plan" → publicacion-del-plan. */
export function toSlug(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}

/** A YAML scalar on one line: plain where YAML reads it back as the same text, quoted otherwise. */
function toScalar(value: string | number): string {
  return dump(value, { lineWidth: -1 }).trimEnd();
}

/** `# description` above `key: value`, indented. */
function toField(indent: string, key: string, description: string, value: string): string[] {
  return [`${indent}# ${description}`, `${indent}${key}:${value === '' ? '' : ` ${value}`}`];
}

/** An optional field shown commented out, with an example value. */
function toExample(indent: string, key: string, description: string, example: string): string[] {
  return [`${indent}# ${description}`, `${indent}# ${key}: ${example}`];
}

function toLinks(links: readonly LinkData[]): string[] {
  if (links.length === 0) {
    return [`# ${d.evidence.enlaces}`, '# enlaces:', `#   - url: https://…`, `#     texto: ${t.scaffold.exampleLinkText}`, '#     tipo: documento'];
  }
  return [
    `# ${d.evidence.enlaces}`,
    'enlaces:',
    ...links.flatMap((link, index) => [
      ...(index === 0 ? [`  # url: ${d.link.url}`, `  # texto: ${d.link.texto}`, `  # tipo: ${d.link.tipo}`] : []),
      `  - url: ${toScalar(link.url)}`,
      `    texto: ${toScalar(link.texto)}`,
      `    tipo: ${link.tipo}`,
    ]),
  ];
}

// The body is MDX: `<` and `{` typed as text would start a tag or code, so they are escaped.
function toMdx(frontmatter: string[], body: string): string {
  return ['---', ...frontmatter, '---', body.trim().replace(/[<{}]/g, '\\$&'), ''].join('\n');
}

export function toEvidenceFile(draft: EvidenceDraft): NewFile {
  const frontmatter = [
    ...toField('', 'plan', d.evidence.plan, draft.plan),
    ...toField('', 'tarea', d.evidence.tarea, draft.tarea),
    ...toField('', 'fecha', d.evidence.fecha, draft.fecha),
    ...toField('', 'avance', d.evidence.avance, String(draft.avance)),
    ...toLinks(draft.enlaces),
    ...toExample('', 'aplazada', d.evidence.aplazada, 'true'),
    ...toExample('', 'nota', d.evidence.nota, t.scaffold.exampleNote),
  ];
  return {
    path: `evidencias/${draft.plan}/${draft.fecha}-${draft.tarea}.mdx`,
    text: toMdx(frontmatter, draft.texto),
  };
}

export function toActivityFile(draft: ActivityDraft): NewFile {
  const { tarea } = draft;
  const frontmatter = [
    ...toField('', 'plan', d.activity.plan, draft.plan),
    ...toField('', 'componente', d.activity.componente, draft.componente),
    ...toField('', 'nombre', d.activity.nombre, toScalar(draft.nombre)),
    ...toExample('', 'orden', d.activity.orden, '1'),
    ...toExample('', 'responsable', d.activity.responsable, t.scaffold.exampleOffice),
    ...toExample('', 'canal', d.activity.canal, t.scaffold.exampleChannel),
    `# ${d.activity.grupos}`,
    '# grupos:',
    `#   - ${t.scaffold.exampleGroup}`,
    ...toField('', 'tareas', d.activity.tareas, ''),
    `  # id: ${d.task.id}`,
    `  - id: ${tarea.id}`,
    ...toField('    ', 'tarea', d.task.tarea, toScalar(tarea.tarea)),
    ...(tarea.producto
      ? toField('    ', 'producto', d.task.producto, toScalar(tarea.producto))
      : toExample('    ', 'producto', d.task.producto, t.scaffold.exampleProduct)),
    ...toField('    ', 'programada', d.task.programada, tarea.programada),
  ];
  return {
    path: `actividades/${draft.plan}/${toSlug(draft.nombre)}.mdx`,
    text: toMdx(frontmatter, draft.texto),
  };
}
