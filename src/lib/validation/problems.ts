/**
 * A problem found in the content, worded for the editor who must fix it: which file, which
 * field, what value was found and what is expected. Schema errors and cross-file integrity
 * errors become the same kind of problem, so all of them can be listed at once.
 */
import type { z } from 'astro/zod';
import { toVisibleText } from './characters';
import { getClosest } from './suggest';
import { toEscapedMarkdown } from '../publishing/escape';
import { t } from '../i18n';

export interface Problem {
  /** Path of the file, relative to the project root, e.g. content/evidencias/2021/2021-06-30-video.mdx. */
  file: string;
  /** Field as the editor sees it, e.g. `tareas › elemento 2 › programada`; empty for the whole file. */
  field: string;
  /** What is wrong and what is expected, in Spanish. */
  detail: string;
  /** Line in the file, counted from 1, when the problem has one. */
  line?: number;
  /**
   * A warning is shown and does not stop publication (real evidence on example data, say);
   * every other problem is an error that does.
   */
  severity?: 'warning';
  /** YAML lines that fix the problem when copied into the file (e.g. a report's missing figures), unindented. */
  copy?: readonly string[];
}

/** True for what stops publication; false for a warning. */
export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

type PathKey = PropertyKey;

/** `['tareas', 1, 'programada']` → `tareas › elemento 2 › programada` (editors count from 1). */
export function formatFieldPath(path: readonly PathKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `elemento ${key + 1}` : String(key)))
    .join(' › ');
}

/**
 * How a value found in a file is quoted in a message: short, and recognisable in the file. A
 * character that cannot be seen is written as its code ([U+200B]): shown as it is, it would
 * hide, or turn a line of the message around.
 */
export function formatFoundValue(value: unknown): string {
  const shown = typeof value === 'string' ? `"${toVisibleText(value)}"` : JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

/** The inverse of formatFieldPath: `tareas › elemento 2 › programada` → `['tareas', 1, 'programada']`. */
export function toFieldPath(field: string): PathKey[] {
  if (field === '') return [];
  return field.split(' › ').map((part) => {
    const position = /^elemento (\d+)$/.exec(part);
    return position ? Number(position[1]) - 1 : part;
  });
}

function getValueAt(data: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * The required fields a misspelt field stands for (`avance` when the file has `avanse`): the
 * misspelt field's problem already offers the right name, so "falta este campo" would say it twice.
 */
function getMisspeltFields(data: unknown, issues: readonly z.core.$ZodIssue[]): Set<string> {
  const missing = issues.filter((issue) => issue.code !== 'unrecognized_keys' && getValueAt(data, issue.path) === undefined);
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const parent = formatFieldPath(issue.path);
    const siblings = missing.filter(({ path }) => path.length === issue.path.length + 1 && formatFieldPath(path.slice(0, -1)) === parent);
    for (const key of issue.keys) {
      const meant = getClosest(key, siblings.map(({ path }) => String(path.at(-1))));
      if (meant !== undefined) misspelt.add(formatFieldPath([...issue.path, meant]));
    }
  }
  return misspelt;
}

/** Turns a failed zod validation of one file into problems, one per field. */
export function toSchemaProblems(file: string, data: unknown, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  const misspelt = getMisspeltFields(data, error.issues);
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file, field: formatFieldPath([...issue.path, key]), detail: `${issue.message}.` });
      }
      continue;
    }
    if (misspelt.has(formatFieldPath(issue.path))) continue;
    const value = getValueAt(data, issue.path);
    const detail =
      value === undefined
        ? t.integrity.missingValue(issue.message)
        : t.integrity.invalidValue(formatFoundValue(value), issue.message);
    problems.push({ file, field: formatFieldPath(issue.path), detail });
  }
  return toUniqueProblems(problems);
}

// Several checks on one value (integer, minimum, maximum) may fail with the same message.
function toUniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function formatProblem(problem: Problem): string {
  // A file or field name may hold what its own problem is about: an invisible character.
  const file = toVisibleText(problem.file);
  const place = problem.line === undefined ? file : t.integrity.fileLine(file, problem.line);
  return problem.field
    ? t.integrity.problem(place, toVisibleText(problem.field), problem.detail)
    : t.integrity.fileProblem(place, problem.detail);
}

// Lines to copy stay under their item, indented as one block.
function toListItem(problem: Problem): string {
  return [`  - ${formatProblem(problem)}`, ...(problem.copy ?? []).map((line) => `      ${line}`)].join('\n');
}

/** The whole list, as printed when validation or the build stops: errors first, then warnings. */
export function formatProblems(problems: readonly Problem[]): string {
  const errors = problems.filter(isError);
  const warnings = problems.filter((problem) => !isError(problem));
  return [
    ...(errors.length > 0 ? [t.integrity.problemIntro(errors.length), ...errors.map(toListItem)] : []),
    ...(warnings.length > 0 ? [t.integrity.warningIntro(warnings.length), ...warnings.map(toListItem)] : []),
  ].join('\n');
}

// GitHub reads `%`, CR and LF in workflow commands as escapes; properties also reserve `:` and `,`.
function toCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function toCommandProperty(text: string): string {
  return toCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One problem as a GitHub Actions annotation (`::error file=…,line=…::…`): shown on the line
 * of the changed file in the pull request, where the editor is already looking.
 */
export function formatGithubAnnotation(problem: Problem): string {
  const properties = [`file=${toCommandProperty(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  properties.push(`title=${toCommandProperty(problem.field ? t.integrity.annotationTitle(toVisibleText(problem.field)) : t.integrity.annotationFileTitle)}`);
  const message = [formatProblem(problem), ...(problem.copy ? ['', ...problem.copy] : [])].join('\n');
  return `::${isError(problem) ? 'error' : 'warning'} ${properties.join(',')}::${toCommandData(message)}`;
}

/** The whole list as Markdown, for the run's summary page: lines to copy in a YAML code block. */
export function formatProblemsMarkdown(problems: readonly Problem[]): string {
  const toItem = (problem: Problem) =>
    [`- ${toEscapedMarkdown(formatProblem(problem))}`, ...(problem.copy ? ['', '  ```yaml', ...problem.copy.map((line) => `  ${line}`), '  ```'] : [])].join('\n');
  const errors = problems.filter(isError);
  const warnings = problems.filter((problem) => !isError(problem));
  return [
    ...(errors.length > 0 ? [t.integrity.problemIntro(errors.length), '', ...errors.map(toItem), ''] : []),
    ...(warnings.length > 0 ? [t.integrity.warningIntro(warnings.length), '', ...warnings.map(toItem), ''] : []),
  ].join('\n');
}

/** Thrown when the content has errors: the build must stop and publish nothing. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems.filter(isError)));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
