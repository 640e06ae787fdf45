/**
 * What a pull request changes in the published figures: each report's execution and global
 * progress, the plan and each component now, and the date the plan's figures are measured at,
 * before and after. Reviewers read a short Spanish summary ("El avance global pasa de 26 % a
 * 33 %.", "El informe del I semestre no cambia: 80 % y 26 %.") instead of opening the site twice.
 */
import type { Catalog } from '../content/catalog';
import type { PlainDate } from '../content/dates';
import { toEscapedMarkdown } from '../publishing/escape';
import { formatDate, formatPercent } from '../i18n/format';
import { t } from '../i18n';
import { getAsOfDate, getPeriodHistory, getPlanSnapshot, isPlanClosed } from './views';

/** A period execution and a global progress, as published. */
interface Pair {
  execution: number | null;
  progress: number | null;
}

export interface ReportFigures extends Pair {
  id: string;
  name: string;
  cutoff: PlainDate;
}

export interface ComponentFigures extends Pair {
  id: string;
  name: string;
}

/** The published figures of one plan, by what stays the same from one version of the content to the next. */
export interface PlanFigures {
  id: string;
  title: string;
  /** The date the plan's "now" figures are measured at. */
  asOf: PlainDate;
  closed: boolean;
  reports: ReportFigures[];
  now: Pair;
  components: ComponentFigures[];
}

const c = t.compare;

export function getFigures(catalog: Catalog): PlanFigures[] {
  return catalog.plans.map((plan) => {
    const asOf = getAsOfDate(plan);
    const now = getPlanSnapshot(plan, asOf);
    return {
      id: plan.id,
      title: plan.titulo,
      asOf,
      closed: isPlanClosed(plan),
      reports: getPeriodHistory(plan).map(({ period, summary }) => ({
        id: period.id,
        name: period.nombre,
        cutoff: period.corte,
        execution: summary.execution,
        progress: summary.progress,
      })),
      now: { execution: now.summary.execution, progress: now.summary.progress },
      components: now.components.map(({ component, summary }) => ({
        id: component.id,
        name: component.nombre,
        execution: summary.execution,
        progress: summary.progress,
      })),
    };
  });
}

function formatValue(value: number | null): string {
  return value === null ? c.noValue : formatPercent(value);
}

/** One line per figure of a pair that changes; how many stay the same is counted in `unchanged`. */
function getPairLines(before: Pair | undefined, after: Pair | undefined, labels: { execution: string; progress: string }, unchanged: { count: number }): string[] {
  return (['execution', 'progress'] as const).flatMap((key) => {
    const label = labels[key];
    if (after && !before) return [c.added(label, formatValue(after[key]))];
    if (before && !after) return [c.removed(label, formatValue(before[key]))];
    if (!before || !after) return [];
    if (before[key] === after[key]) {
      unchanged.count += 1;
      return [];
    }
    return [c.changed(label, formatValue(before[key]), formatValue(after[key]))];
  });
}

/** Reports that stay the same are named with their figures: a reviewer sees what the change leaves as published. */
function getReportLines(before: readonly ReportFigures[], after: readonly ReportFigures[], unchanged: { count: number }): { kept: string[]; changed: string[] } {
  const ids = [...new Set([...before.map((report) => report.id), ...after.map((report) => report.id)])];
  const kept: string[] = [];
  const changed = ids.flatMap((id) => {
    const old = before.find((report) => report.id === id);
    const now = after.find((report) => report.id === id);
    if (now && !old) return [c.reportAdded(now.name, formatDate(now.cutoff), formatValue(now.execution), formatValue(now.progress))];
    if (old && !now) return [c.reportRemoved(old.name)];
    if (!old || !now) return [];
    if (old.execution === now.execution && old.progress === now.progress) {
      kept.push(c.reportUnchanged(now.name, formatValue(now.execution), formatValue(now.progress)));
      return [];
    }
    const when = c.period(now.name, formatDate(now.cutoff));
    return getPairLines(old, now, { execution: c.execution(when), progress: c.progress(when) }, unchanged);
  });
  return { kept, changed };
}

function getPlanLines(before: PlanFigures | undefined, after: PlanFigures | undefined, unchanged: { count: number }): { lines: string[]; changes: number } {
  if (after && !before) return { lines: [c.planAdded(after.title)], changes: 1 };
  if (before && !after) return { lines: [c.planRemoved(before.title)], changes: 1 };
  const old = before!;
  const now = after!;
  const dateLines =
    now.closed && !old.closed
      ? [c.planClosed(formatDate(now.asOf))]
      : old.asOf !== now.asOf
        ? [c.asOfMoved(formatDate(old.asOf), formatDate(now.asOf))]
        : [];
  const reports = getReportLines(old.reports, now.reports, unchanged);
  const figureLines = [
    ...getPairLines(old.now, now.now, { execution: c.executionNow, progress: c.progressNow }, unchanged),
    ...[...new Set([...old.components, ...now.components].map((component) => component.id))].flatMap((id) => {
      const component = now.components.find((candidate) => candidate.id === id) ?? old.components.find((candidate) => candidate.id === id)!;
      return getPairLines(
        old.components.find((candidate) => candidate.id === id),
        now.components.find((candidate) => candidate.id === id),
        { execution: c.componentExecution(component.name), progress: c.componentProgress(component.name) },
        unchanged,
      );
    }),
  ];
  return {
    lines: [...dateLines, ...reports.changed, ...reports.kept, ...figureLines],
    changes: dateLines.length + reports.changed.length + figureLines.length,
  };
}

/**
 * The Markdown summary for reviewers, grouped by plan: when the figures are measured, each
 * report (those that do not change are named with their figures), then each figure that
 * changes, and how many others stay the same. `problems` is how many content errors the
 * proposed version has (its figures may still change when they are fixed).
 */
export function formatComparison(before: readonly PlanFigures[], after: readonly PlanFigures[], problems = 0): string {
  const ids = [...new Set([...before.map((plan) => plan.id), ...after.map((plan) => plan.id)])];
  const unchanged = { count: 0 };
  let changes = 0;
  const sections = ids.flatMap((id) => {
    const plan = getPlanLines(
      before.find((candidate) => candidate.id === id),
      after.find((candidate) => candidate.id === id),
      unchanged,
    );
    changes += plan.changes;
    const title = (after.find((candidate) => candidate.id === id) ?? before.find((candidate) => candidate.id === id))!.title;
    return plan.lines.length === 0 ? [] : [`**${toEscapedMarkdown(title)}**`, '', ...plan.lines.map((line) => `- ${toEscapedMarkdown(line)}`), ''];
  });
  const parts = [`## ${c.title}`, ''];
  if (problems > 0) parts.push(c.withProblems(problems), '');
  if (changes === 0) parts.push(c.noChanges, '');
  parts.push(...sections);
  if (changes > 0 && unchanged.count > 0) parts.push(c.unchanged(unchanged.count));
  return `${parts.join('\n').trimEnd()}\n`;
}
