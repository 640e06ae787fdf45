/**
 * Closing a period: what `npm run nuevo -- informe` writes. The period is added to the plan
 * file when it is missing (keeping the editor's comments and layout), the report file records
 * the figures it publishes, and the editor reads, before publishing, what the report will say.
 */
import { dump } from 'js-yaml';
import type { Plan } from '../content/catalog';
import { formatDate, formatPercent } from '../i18n/format';
import { getYamlSource, parseYamlData, toYamlScalar } from '../content/frontmatter';
import { t } from '../i18n';
import { getRecordSummary, toErrataItemYaml, toPublishedRecord, toRecordYaml, type PublishedRecord } from './published';
import type { ErrataData, PeriodData } from '../content/schemas';


function toPeriodLines(indent: string, period: PeriodData): string[] {
  return [`${indent}- id: ${toYamlScalar(period.id)}`, `${indent}  nombre: ${toYamlScalar(period.nombre)}`, `${indent}  corte: ${period.corte}`];
}

const leadingSpaces = (line: string) => line.length - line.trimStart().length;
const isBlankOrComment = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

/**
 * A YAML text with one more item at the end of the top-level list `key`, written at the
 * indentation of the other items (or as a new list); undefined when the list is written in
 * a way this cannot extend safely (flow style). Comments and everything else stay.
 */
function toYamlWithListItem(yaml: string, key: string, toItem: (indent: string) => string[]): string[] | undefined {
  const lines = yaml.split(/\r?\n/);
  const keyPattern = new RegExp(`^${key}\\s*:`);
  const keyIndex = lines.findIndex((line) => keyPattern.test(line));
  if (keyIndex === -1) {
    const body = lines.at(-1) === '' ? lines.slice(0, -1) : lines;
    return [...body, `${key}:`, ...toItem('  '), ...(lines.at(-1) === '' ? [''] : [])];
  }
  if (new RegExp(`^${key}\\s*:\\s*\\[\\s*\\]\\s*(#.*)?$`).test(lines[keyIndex]!)) {
    return [...lines.slice(0, keyIndex), `${key}:`, ...toItem('  '), ...lines.slice(keyIndex + 1)];
  }
  const firstItem = lines.findIndex((line, index) => index > keyIndex && !isBlankOrComment(line));
  if (firstItem === -1 || !lines[firstItem]!.trimStart().startsWith('- ')) return undefined;
  const indent = leadingSpaces(lines[firstItem]!);
  // The list ends at the first line back at the key's column that is not one of its items.
  let end = lines.length;
  for (let index = firstItem + 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (isBlankOrComment(line)) continue;
    const column = leadingSpaces(line);
    if (column < indent || (column === indent && !line.trimStart().startsWith('- '))) {
      end = index;
      break;
    }
  }
  // New lines go after the list's last item, before any blank lines or comments that follow it.
  let insertAt = end;
  while (insertAt > firstItem + 1 && isBlankOrComment(lines[insertAt - 1]!)) insertAt -= 1;
  return [...lines.slice(0, insertAt), ...toItem(' '.repeat(indent)), ...lines.slice(insertAt)];
}

/** The edit is kept only if the YAML reads back as before plus exactly `item` at the end of `key`. */
function isItemAdded(before: string, after: string, key: string, item: unknown): boolean {
  try {
    const old = parseYamlData(before);
    const expected = { ...old, [key]: [...((old[key] as unknown[] | undefined) ?? []), item] };
    return JSON.stringify(parseYamlData(after)) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

/**
 * The plan file with one more period at the end of its `periodos` list, written as the other
 * items are; undefined when the file is laid out in a way this cannot extend safely (the
 * editor is then told what to add by hand).
 */
export function toPlanTextWithPeriod(planText: string, period: PeriodData): string | undefined {
  const lines = toYamlWithListItem(planText, 'periodos', (indent) => toPeriodLines(indent, period));
  const text = lines?.join(planText.includes('\r\n') ? '\r\n' : '\n');
  return text !== undefined && isItemAdded(planText, text, 'periodos', period) ? text : undefined;
}

/** A report file with one more correction at the end of its `erratas`; undefined when it cannot be added safely. */
export function toReportTextWithErrata(reportText: string, errata: ErrataData): string | undefined {
  const { yaml } = getYamlSource('informe.mdx', reportText);
  const start = reportText.indexOf(yaml);
  if (yaml === '' || start === -1) return undefined;
  const item = (indent: string) => toErrataItemYaml(indent, errata.fecha, errata.motivo, new Map(Object.entries(errata.productos)));
  const lines = toYamlWithListItem(yaml.replace(/\r?\n$/, ''), 'erratas', item);
  if (!lines) return undefined;
  const eol = reportText.includes('\r\n') ? '\r\n' : '\n';
  const edited = `${lines.join(eol)}${eol}`;
  return isItemAdded(yaml, edited, 'erratas', errata) ? `${reportText.slice(0, start)}${edited}${reportText.slice(start + yaml.length)}` : undefined;
}

/** What the editor chose for a report. */
export interface ReportDraft {
  plan: Plan;
  period: PeriodData;
  titulo: string;
  objetivo: string;
  /** An introduction, already written as MDX (see toMdxText), the body of the file; may be empty. */
  body: string;
}

/** The report file, with the figures it publishes as of today's content. */
export function toReportFile(draft: ReportDraft): { path: string; text: string; record: PublishedRecord } {
  const record = toPublishedRecord(draft.plan.tasks, draft.period.corte);
  const fields = dump(
    // `plan: 2021` as editors write it; an id that would not read back the same as a number (0021) stays text.
    { plan: String(Number(draft.plan.id)) === draft.plan.id ? Number(draft.plan.id) : draft.plan.id, periodo: draft.period.id, titulo: draft.titulo, objetivo: draft.objetivo },
    { lineWidth: 100 },
  ).trimEnd();
  // The body is MDX: `<` and `{` typed as text would start a tag or code.
  const body = draft.body.trim();
  return {
    path: `informes/${draft.plan.id}/${draft.period.id}.mdx`,
    text: ['---', fields, ...toRecordYaml(record), '---', ...(body ? [body] : []), ''].join('\n'),
    record,
  };
}

/** What the report will say, in the words of its page: the two figures, what is behind them, and what is overdue. */
export function formatReportPreview(draft: ReportDraft, record: PublishedRecord): string[] {
  const summary = getRecordSummary(record);
  const date = formatDate(draft.period.corte);
  const c = t.closing;
  const overdue = draft.plan.tasks.filter((task) => {
    const product = record.get(task.id);
    return product?.programado && product.ejecucion < 100;
  });
  return [
    c.previewIntro(draft.titulo, date),
    `  - ${summary.execution === null ? t.ui.nothingProgrammed(date) : `${formatPercent(summary.execution)} ${t.ui.percentExecuted(draft.period.nombre)}. ${t.ui.executionDetail(summary.executed, summary.programmed, date)}`}`,
    `  - ${summary.progress === null ? t.ui.noProducts : `${formatPercent(summary.progress)} ${t.ui.progressScopes.plan.label}. ${t.ui.globalDetail(summary.total, date)}`}`,
    ...(overdue.length === 0 ? [] : [`  - ${c.previewOverdue(overdue.length)}`, ...overdue.map((task) => `      · ${task.producto ?? task.tarea} (${formatPercent(record.get(task.id)!.ejecucion)})`)]),
  ];
}
