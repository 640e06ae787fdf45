/**
 * Published figures are a contract. A report file records what it published: its figures
 * and every product it counted, with the product's component, whether it was programmed by
 * the cut-off and its execution then. Pages show a report from the content, restricted to
 * those products, so a product added to the plan later never enters an earlier report. The
 * build checks that the content still gives what was published and, when it does not, says
 * which figure would change, from what to what, and which file makes it change. A published
 * figure only changes through a dated correction (fe de erratas) in the report file.
 */
import type { Catalog, Plan, Report, ReportedPeriod, Task } from '../content/catalog';
import type { PlainDate } from '../content/dates';
import { formatDate, formatPercent } from '../i18n/format';
import { toYamlScalar } from '../content/frontmatter';
import { t } from '../i18n';
import { getLatestEvidence, getReprogrammingInForce, getTaskStanding, toProgressSummary, type ProgressSummary } from './progress';
import type { Problem } from '../validation/problems';
import { RETIRED, type ErrataData, type PublishedFiguresData, type PublishedProductData } from '../content/schemas';

/** The products of a report by task id, in the order the file lists them. */
export type PublishedRecord = ReadonlyMap<string, PublishedProductData>;

/** How a task stands at a cut-off, as a report records it. */
export function toPublishedProduct(task: Task, cutoff: PlainDate): PublishedProductData {
  const { programmed, execution } = getTaskStanding(task, cutoff);
  return { componente: task.activity.component.id, programado: programmed, ejecucion: execution };
}

/** What a report closed today would record: every task of the plan at the cut-off. */
export function toPublishedRecord(tasks: readonly Task[], cutoff: PlainDate): Map<string, PublishedProductData> {
  return new Map(tasks.map((task) => [task.id, toPublishedProduct(task, cutoff)]));
}

/** The figures of a record, computed from the record alone, with the same rules as the pages. */
export function getRecordSummary(record: PublishedRecord): ProgressSummary {
  return toProgressSummary([...record.values()].map((product) => ({ programmed: product.programado, execution: product.ejecucion })));
}

/** The figures as the report file writes them; a figure without value is left out. */
export function toPublishedFigures(summary: ProgressSummary): PublishedFiguresData {
  return {
    ...(summary.execution === null ? {} : { ejecucion: summary.execution }),
    ...(summary.progress === null ? {} : { avance: summary.progress }),
    programados: summary.programmed,
    ejecutados: summary.executed,
    productos: summary.total,
  };
}

/** A record with one correction applied: products replaced, added or taken out. */
export function applyErrata(record: PublishedRecord, errata: ErrataData): Map<string, PublishedProductData> {
  const corrected = new Map(record);
  for (const [id, product] of Object.entries(errata.productos)) {
    if (product === RETIRED) corrected.delete(id);
    else corrected.set(id, product);
  }
  return corrected;
}

/** A report's record as published, then after each of its corrections, oldest first. */
export function getRecordHistory(report: Report): { errata: ErrataData | undefined; record: PublishedRecord }[] {
  if (!report.published) return [];
  const history: { errata: ErrataData | undefined; record: PublishedRecord }[] = [
    { errata: undefined, record: report.published.products },
  ];
  for (const errata of report.erratas) history.push({ errata, record: applyErrata(history.at(-1)!.record, errata) });
  return history;
}

/** The record the report stands by today: as published, with every correction applied. */
export function getCorrectedRecord(report: Report): PublishedRecord | undefined {
  return getRecordHistory(report).at(-1)?.record;
}

/** One figure of a report, before and after a change. */
export interface FigureChange {
  figure: 'ejecucion' | 'avance';
  before: number | null;
  after: number | null;
}

function getFigureChanges(before: ProgressSummary, after: ProgressSummary): FigureChange[] {
  const changes: FigureChange[] = [
    { figure: 'ejecucion', before: before.execution, after: after.execution },
    { figure: 'avance', before: before.progress, after: after.progress },
  ];
  return changes.filter((change) => change.before !== change.after);
}

/** A product whose record a correction changed: before it (absent when added) and after (absent when taken out). */
export interface ProductCorrection {
  id: string;
  /** The product's name today, when it still exists. */
  task: Task | undefined;
  before: PublishedProductData | undefined;
  after: PublishedProductData | undefined;
}

/** One correction of a report as citizens read it: when, why, and what it changed. */
export interface ReportCorrection {
  errata: ErrataData;
  figures: FigureChange[];
  products: ProductCorrection[];
  /** The figures as they stood before this correction. */
  before: ProgressSummary;
}

/** Every correction of a report, oldest first, with the figures and products it changed. */
export function getReportCorrections(report: Report): ReportCorrection[] {
  const history = getRecordHistory(report);
  const tasks = new Map(report.period.plan.tasks.map((task) => [task.id, task]));
  return history.slice(1).map(({ errata, record }, index) => {
    const previous = history[index]!.record;
    const before = getRecordSummary(previous);
    return {
      errata: errata!,
      before,
      figures: getFigureChanges(before, getRecordSummary(record)),
      products: Object.keys(errata!.productos).map((id) => ({ id, task: tasks.get(id), before: previous.get(id), after: record.get(id) })),
    };
  });
}

/** What a correction did to one product, in sentences: it entered or left the report, or which of its data changed. */
export function formatProductCorrection(product: ProductCorrection, plan: Plan): string[] {
  const e = t.ui.errata;
  const name = getProductName(product.task, product.id);
  if (!product.after) return [e.retired(name)];
  if (!product.before) return [e.added(name)];
  const { before, after } = product;
  const component = plan.components.find((candidate) => candidate.id === after.componente)?.nombre ?? after.componente;
  return [
    ...(before.componente === after.componente ? [] : [e.component(name, component)]),
    ...(before.programado === after.programado ? [] : [e.programmed(name, after.programado)]),
    ...(before.ejecucion === after.ejecucion ? [] : [e.execution(name, formatPercent(before.ejecucion), formatPercent(after.ejecucion))]),
  ];
}

/** A figure change in a sentence: "Ejecución del periodo: pasó de 80 % a 100 %." */
export function formatFigureChange(change: FigureChange): string {
  return t.ui.errata.figure(t.ui.errata.figureLabels[change.figure], formatValue(change.before), formatValue(change.after));
}

/** A report's figures as first published, when a correction has changed them since. */
export function getOriginalSummary(report: Report): ProgressSummary | undefined {
  const history = getRecordHistory(report);
  return history.length > 1 ? getRecordSummary(history[0]!.record) : undefined;
}

/** A figure a correction changed: what was first published, and the date of the last correction that changed it. */
export interface CorrectedFigure {
  published: number | null;
  date: PlainDate;
}

/** The report's headline figures that corrections changed, to show beside each its published value. */
export function getCorrectedFigures(report: Report): Partial<Record<FigureChange['figure'], CorrectedFigure>> {
  const original = getOriginalSummary(report);
  if (!original) return {};
  const corrected: Partial<Record<FigureChange['figure'], CorrectedFigure>> = {};
  const published = { ejecucion: original.execution, avance: original.progress };
  for (const correction of getReportCorrections(report)) {
    for (const change of correction.figures) corrected[change.figure] = { published: published[change.figure], date: correction.errata.fecha };
  }
  // A figure corrected and then corrected back is as published: nothing to show.
  const current = getRecordSummary(getCorrectedRecord(report)!);
  if (corrected.ejecucion && current.execution === original.execution) delete corrected.ejecucion;
  if (corrected.avance && current.progress === original.progress) delete corrected.avance;
  return corrected;
}


function toProductLine(indent: string, id: string, product: PublishedProductData | typeof RETIRED): string {
  const value =
    product === RETIRED
      ? RETIRED
      : `{ componente: ${toYamlScalar(product.componente)}, programado: ${product.programado}, ejecucion: ${product.ejecucion} }`;
  return `${indent}${toYamlScalar(id)}: ${value}`;
}

/**
 * The `cifras` and `productos` fields of a report file, as YAML lines with a comment that
 * says where they come from: what the closing command writes, and what validation offers to
 * copy when a report file lacks them.
 */
export function toRecordYaml(record: PublishedRecord): string[] {
  const figures = toPublishedFigures(getRecordSummary(record));
  return [
    ...t.published.recordComment.map((line) => `# ${line}`),
    'cifras:',
    ...Object.entries(figures).map(([key, value]) => `  ${key}: ${value}`),
    'productos:',
    ...[...record].map(([id, product]) => toProductLine('  ', id, product)),
  ];
}

/** What a correction does to a report's products: their corrected record, or `retirado`. */
export type Corrections = ReadonlyMap<string, PublishedProductData | typeof RETIRED>;

/** One item of `erratas` as YAML lines, starting at `indent`. */
export function toErrataItemYaml(indent: string, date: PlainDate, motivo: string, products: Corrections): string[] {
  return [
    `${indent}- fecha: ${date}`,
    `${indent}  motivo: ${toYamlScalar(motivo)}`,
    `${indent}  productos:`,
    ...[...products].map(([id, product]) => toProductLine(`${indent}    `, id, product)),
  ];
}

/** A correction as YAML to copy: the item to add to `erratas`, with the list's key when the report has none yet. */
export function toErrataYaml(date: PlainDate, products: Corrections, withKey: boolean): string[] {
  return [...(withKey ? ['erratas:'] : []), ...toErrataItemYaml(withKey ? '  ' : '', date, t.published.errataReasonPlaceholder, products)];
}

/** What in one product differs between a report's record and the content now. */
type Difference =
  | { kind: 'missing'; id: string; recorded: PublishedProductData }
  | { kind: 'componente' | 'programado' | 'ejecucion'; id: string; task: Task; recorded: PublishedProductData; actual: PublishedProductData };

function getDifferences(period: ReportedPeriod, record: PublishedRecord, tasks: ReadonlyMap<string, Task>): Difference[] {
  const differences: Difference[] = [];
  for (const [id, recorded] of record) {
    const task = tasks.get(id);
    if (!task) {
      differences.push({ kind: 'missing', id, recorded });
      continue;
    }
    const actual = toPublishedProduct(task, period.corte);
    for (const kind of ['componente', 'programado', 'ejecucion'] as const) {
      if (actual[kind] !== recorded[kind]) differences.push({ kind, id, task, recorded, actual });
    }
  }
  return differences;
}

/** The record with only this difference applied: what the figures would be because of it alone. */
function withDifference(record: PublishedRecord, difference: Difference): Map<string, PublishedProductData> {
  const changed = new Map(record);
  if (difference.kind === 'missing') changed.delete(difference.id);
  else changed.set(difference.id, { ...difference.recorded, [difference.kind]: difference.actual[difference.kind] });
  return changed;
}

function formatValue(value: number | null): string {
  return value === null ? t.published.noValue : formatPercent(value);
}

/** "la ejecución del I semestre pasaría de 80 % a 60 % y el avance global, de 26 % a 23 %", or what else changes. */
function formatEffect(period: ReportedPeriod, record: PublishedRecord, difference: Difference): string {
  const p = t.published;
  const changes = getFigureChanges(getRecordSummary(record), getRecordSummary(withDifference(record, difference)));
  if (changes.length > 0) {
    return p.effect(changes.map((change) => p.figureChange(change.figure, period.nombre, formatValue(change.before), formatValue(change.after))));
  }
  if (difference.kind === 'componente') {
    const components = new Map(period.plan.components.map((component) => [component.id, component.nombre]));
    const name = (id: string) => components.get(id) ?? id;
    return p.componentEffect(name(difference.recorded.componente), name(difference.actual.componente));
  }
  return p.countEffect;
}

function getProductName(task: Task | undefined, id: string): string {
  return task ? (task.producto ?? task.tarea) : id;
}

/** The file (and field) that makes a product differ from what the report published. */
function getCause(period: ReportedPeriod, difference: Difference): Pick<Problem, 'file' | 'field'> & { what: string } {
  const p = t.published;
  const report = period.report;
  if (difference.kind === 'missing') {
    return { file: report.file, field: `productos › ${difference.id}`, what: p.productMissing(difference.id) };
  }
  const { task, recorded, actual } = difference;
  const activity = task.activity;
  const position = activity.tasks.indexOf(task) + 1;
  const name = getProductName(task, task.id);
  const cutoff = formatDate(period.corte);
  if (difference.kind === 'componente') {
    return { file: activity.file, field: 'componente', what: p.componentChanged(name) };
  }
  if (difference.kind === 'programado') {
    // A reprogramming decided by the cut-off (often one dated back) is what moved the date the report reads.
    const reprogramming = getReprogrammingInForce(task, period.corte);
    return {
      file: activity.file,
      field: reprogramming
        ? `tareas › elemento ${position} › reprogramaciones › elemento ${task.reprogramaciones.indexOf(reprogramming) + 1} › decision`
        : `tareas › elemento ${position} › programada`,
      what: actual.programado ? p.nowProgrammed(name, cutoff) : p.noLongerProgrammed(name, cutoff),
    };
  }
  const what = p.executionChanged(name, cutoff, formatPercent(recorded.ejecucion), formatPercent(actual.ejecucion));
  const latest = getLatestEvidence(task, period.corte);
  if (latest) return { file: latest.file, field: 'avance', what };
  const later = task.evidence.find((evidence) => evidence.fecha > period.corte);
  if (later) return { file: later.file, field: 'fecha', what: `${what} ${p.evidenceMovedAfterCutoff}` };
  return { file: activity.file, field: `tareas › elemento ${position} › id`, what: `${what} ${p.evidenceGone}` };
}

function toCorrections(period: ReportedPeriod, differences: readonly Difference[]): Corrections {
  return new Map(differences.map((difference) => [difference.id, difference.kind === 'missing' ? RETIRED : toPublishedProduct(difference.task, period.corte)]));
}

/**
 * What a correction of the report must say for it to match the content again: each product
 * whose record differs, with its record as the content now gives it. Empty when nothing differs.
 */
export function getPendingCorrections(period: ReportedPeriod): Corrections {
  const record = getCorrectedRecord(period.report);
  if (!record) return new Map();
  return toCorrections(period, getDifferences(period, record, new Map(period.plan.tasks.map((task) => [task.id, task]))));
}

/** Checks one report: it records its figures, they match its products, its corrections hold, and the content still gives them. */
function checkReport(period: ReportedPeriod, today: PlainDate): Problem[] {
  const p = t.published;
  const report = period.report;
  const plan = period.plan;
  if (!report.published) {
    return [{ file: report.file, field: 'cifras', detail: p.missingRecord, copy: toRecordYaml(toPublishedRecord(plan.tasks, period.corte)) }];
  }
  const problems: Problem[] = [];
  const recomputed = toPublishedFigures(getRecordSummary(report.published.products));
  for (const key of ['ejecucion', 'avance', 'programados', 'ejecutados', 'productos'] as const) {
    if (report.published.figures[key] !== recomputed[key]) {
      problems.push({
        file: report.file,
        field: `cifras › ${key}`,
        detail: p.figuresDoNotMatch(String(report.published.figures[key] ?? p.noValue), String(recomputed[key] ?? p.noValue)),
      });
    }
  }
  let record: PublishedRecord = report.published.products;
  report.erratas.forEach((errata, index) => {
    const field = `erratas › elemento ${index + 1}`;
    if (errata.fecha < period.corte) problems.push({ file: report.file, field: `${field} › fecha`, detail: p.errataBeforeCutoff(errata.fecha, period.corte) });
    if (errata.fecha > today) problems.push({ file: report.file, field: `${field} › fecha`, detail: p.errataInFuture(errata.fecha, today) });
    const previous = report.erratas[index - 1];
    if (previous && errata.fecha < previous.fecha) problems.push({ file: report.file, field: `${field} › fecha`, detail: p.errataOutOfOrder(errata.fecha, previous.fecha) });
    for (const [id, product] of Object.entries(errata.productos)) {
      if (product === RETIRED && !record.has(id)) problems.push({ file: report.file, field: `${field} › productos › ${id}`, detail: p.retiringUnknown(id) });
    }
    record = applyErrata(record, errata);
  });
  const differences = getDifferences(period, record, new Map(plan.tasks.map((task) => [task.id, task])));
  if (differences.length === 0) return problems;
  const errataLines = toErrataYaml(today, toCorrections(period, differences), report.erratas.length === 0);
  const fix = report.erratas.length === 0 ? p.fixWithNewErrata(report.file) : p.fixWithMoreErrata(report.file);
  for (const difference of differences) {
    const cause = getCause(period, difference);
    const effect = formatEffect(period, record, difference);
    const detail = [p.changesPublished(report.titulo, report.file, formatDate(period.corte)), cause.what, effect, p.reportsDoNotChange, fix, differences.length > 1 ? p.blockCoversAll : '']
      .filter(Boolean)
      .join(' ');
    problems.push({ file: cause.file, field: cause.field, detail, copy: errataLines });
  }
  return problems;
}

/** Every published report of every plan, checked against its record: see checkReport. */
export function checkPublishedReports(catalog: Catalog, today: PlainDate): Problem[] {
  return catalog.plans.flatMap((plan: Plan) => plan.reportedPeriods.flatMap((period) => checkReport(period, today)));
}
