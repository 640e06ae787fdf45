/**
 * New content files, as `npm run nuevo` writes them: valid from the start, with the
 * references the editor chose and a comment above each field saying what it means (the
 * same Spanish descriptions as VS Code and CONTRIBUTING.md). Optional fields the editor did
 * not fill in are left as commented-out examples, so they can see what else is possible.
 */
import type { Catalog, Evidence, Period, Plan, Task } from '../content/catalog';
import type { PlainDate } from '../content/dates';
import { formatDate } from '../i18n/format';
import { toMdxText } from '../publishing/escape';
import { toSlug } from '../validation/file-names';
import { toYamlScalar } from '../content/frontmatter';
import { t } from '../i18n';
import { getLatestEvidence, getProgrammedDate } from '../progress/progress';
import { isError, type Problem } from '../validation/problems';
import type { ActivityData, EvidenceData, LinkData, TaskData } from '../content/schemas';
import { validateContent, type ContentFile } from '../validation/validate';

/** What the editor chose for a new piece of evidence. */
export type EvidenceDraft = Pick<EvidenceData, 'plan' | 'tarea' | 'fecha' | 'avance' | 'enlaces'> &
  Partial<Pick<EvidenceData, 'aplazada' | 'nota'>> & {
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
      `  - url: ${toYamlScalar(link.url)}`,
      `    texto: ${toYamlScalar(link.texto)}`,
      `    tipo: ${link.tipo}`,
    ]),
  ];
}

function toMdx(frontmatter: string[], body: string): string {
  return ['---', ...frontmatter, '---', toMdxText(body), ''].join('\n');
}

export function toEvidenceFile(draft: EvidenceDraft): NewFile {
  const frontmatter = [
    ...toField('', 'plan', d.evidence.plan, draft.plan),
    ...toField('', 'tarea', d.evidence.tarea, draft.tarea),
    ...toField('', 'fecha', d.evidence.fecha, draft.fecha),
    ...toField('', 'avance', d.evidence.avance, String(draft.avance)),
    ...(draft.aplazada
      ? toField('', 'aplazada', d.evidence.aplazada, 'true')
      : toExample('', 'aplazada', d.evidence.aplazada, 'true')),
    ...(draft.nota
      ? toField('', 'nota', d.evidence.nota, toYamlScalar(draft.nota))
      : toExample('', 'nota', d.evidence.nota, t.scaffold.exampleNote)),
    ...toLinks(draft.enlaces),
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
    ...toField('', 'nombre', d.activity.nombre, toYamlScalar(draft.nombre)),
    ...toExample('', 'orden', d.activity.orden, '1'),
    ...toExample('', 'responsable', d.activity.responsable, t.scaffold.exampleOffice),
    ...toExample('', 'canal', d.activity.canal, t.scaffold.exampleChannel),
    `# ${d.activity.grupos}`,
    '# grupos:',
    `#   - ${t.scaffold.exampleGroup}`,
    ...toField('', 'tareas', d.activity.tareas, ''),
    `  # id: ${d.task.id}`,
    `  - id: ${tarea.id}`,
    ...toField('    ', 'tarea', d.task.tarea, toYamlScalar(tarea.tarea)),
    ...(tarea.producto
      ? toField('    ', 'producto', d.task.producto, toYamlScalar(tarea.producto))
      : toExample('    ', 'producto', d.task.producto, t.scaffold.exampleProduct)),
    ...toField('    ', 'programada', d.task.programada, tarea.programada),
  ];
  return {
    path: `actividades/${draft.plan}/${toSlug(draft.nombre)}.mdx`,
    text: toMdx(frontmatter, draft.texto),
  };
}

/** The content a new file joins, as `npm run nuevo` read it when it started. */
export interface ContentState {
  files: readonly ContentFile[];
  /** The content folder, from the project root. */
  contentDir: string;
  today: PlainDate;
  publicFiles: ReadonlySet<string>;
  catalog: Catalog;
  /** What validation finds in the content as it is, before any new file. */
  problems: readonly Problem[];
}

export function toContentState(files: readonly ContentFile[], contentDir: string, today: PlainDate, publicFiles: ReadonlySet<string>): ContentState {
  const { catalog, problems } = validateContent(files, contentDir, today, publicFiles);
  return { files, contentDir, today, publicFiles, catalog, problems };
}

// New files replace those with the same path (a plan file that gets a period) or are added.
function getProblemsWith(content: ContentState, newFiles: readonly NewFile[]): Problem[] {
  const changed = new Map(newFiles.map((file) => [`${content.contentDir}/${file.path}`, file.text]));
  const files = [
    ...content.files.filter((file) => !changed.has(file.path)),
    ...[...changed].map(([path, text]) => ({ path, text })),
  ];
  return validateContent(files, content.contentDir, content.today, content.publicFiles).problems;
}

/**
 * What validation says of one field of a draft file once it joins the content, for answers
 * whose rules span files (a date in the future or before the plan's year, an id already
 * used): the dialog refuses them with the same rule and words as the build. Errors only.
 */
export function getFieldErrors(content: ContentState, draft: NewFile, field: string): string[] {
  const path = `${content.contentDir}/${draft.path}`;
  return getProblemsWith(content, [draft])
    .filter((problem) => problem.file === path && problem.field === field && isError(problem))
    .map((problem) => problem.detail);
}

const toProblemKey = (problem: Problem) => [problem.file, problem.field, problem.detail].join('\0');

/**
 * Validation of the content with the new files in it, split into the problems they bring
 * (in any file: new evidence can make a later one go down, or change a published figure)
 * and those the content already had, which are not the new files' fault.
 */
export function getProblemsCausedBy(content: ContentState, newFiles: readonly NewFile[]): { caused: Problem[]; existing: Problem[] } {
  const before = new Set(content.problems.map(toProblemKey));
  const problems = getProblemsWith(content, newFiles);
  return {
    caused: problems.filter((problem) => !before.has(toProblemKey(problem))),
    existing: problems.filter((problem) => before.has(toProblemKey(problem))),
  };
}

/**
 * `path`, or `path` with -2, -3… before .mdx when a file already has that name: a second
 * piece of evidence of a task on one day is refused by validation, but a file whose date
 * was corrected after it was named keeps its name, and must never be written over.
 */
export function getFreePath(content: ContentState, path: string): string {
  const taken = new Set(content.files.map((file) => file.path));
  let candidate = path;
  for (let copy = 2; taken.has(`${content.contentDir}/${candidate}`); copy += 1) candidate = path.replace(/\.mdx$/, `-${copy}.mdx`);
  return candidate;
}

/** The date offered for new evidence, and why: the question says what Enter means. */
export type SuggestedDate =
  | { date: PlainDate; reason: 'cutoff'; period: Period }
  | { date: PlainDate; reason: 'planEnd' | 'today' };

/**
 * The date offered for new evidence: the latest cut-off that has passed and whose report is
 * not written yet, since evidence is mostly gathered to close a period. Evidence dated on or
 * before a reported cut-off would change figures already published, so without such a
 * cut-off the offer is today, or the plan's last day once its year is over (later evidence
 * counts as late and changes no figure of the plan) unless a report already covers that day.
 */
export function getSuggestedDate(plan: Plan, today: PlainDate): SuggestedDate {
  const period = plan.periods.filter((candidate) => candidate.corte <= today && !candidate.report).at(-1);
  if (period) return { date: period.corte, reason: 'cutoff', period };
  const planEnd = `${plan.anio}-12-31`;
  const reportedUntil = plan.periods.filter((candidate) => candidate.report).at(-1)?.corte;
  if (today > planEnd && (reportedUntil === undefined || reportedUntil < planEnd)) return { date: planEnd, reason: 'planEnd' };
  return { date: today, reason: 'today' };
}

/** The earliest period with a published report that counts evidence of `date`. */
export function getReportedPeriodOf(plan: Plan, date: PlainDate): Period | undefined {
  return plan.periods.find((period) => period.report && date <= period.corte);
}

/** The task's latest evidence on or before `date`: the one a new evidence of that date follows. */
export function getPreviousEvidence(task: Task, date: PlainDate): Evidence | undefined {
  return getLatestEvidence(task, date);
}

/** true when no evidence of the task up to `date` has a link: new evidence at 100 must bring one. */
export function isProofMissing(task: Task, date: PlainDate): boolean {
  return !task.evidence.some((evidence) => evidence.fecha <= date && evidence.enlaces.length > 0);
}

/** A task as the list to choose from shows it: id, product (or task), activity, and the date in force on `date` (a reprogramming moves it). */
export function formatTaskOption(task: Task, date: PlainDate): string {
  return t.scaffold.taskOption(task.id, task.producto ?? task.tarea, task.activity.nombre, formatDate(getProgrammedDate(task, date)));
}
