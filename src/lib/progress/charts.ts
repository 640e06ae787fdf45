/**
 * The data behind each chart. A chart is drawn from exactly the rows of the table printed
 * under it, so the table can stand alone (without JavaScript, for screen readers, in print).
 */
import { formatDate, formatNumber, formatPercent } from '../i18n/format';
import { t } from '../i18n';
import { getSemaphore, TASK_STATES, type ProgressSummary, type Semaphore } from './progress';
import type { PeriodView, PlanSnapshot } from './views';
import type { ParticipationPeriod, ParticipationTotals, PlanParticipation } from './participation';
import type { Comparison } from './comparison';
import type { ReportedPeriod } from '../content/catalog';
import { getComponentPath, toHref } from '../site/routes';

export interface ChartCell {
  value: number | null;
  /** The value as the table shows it, with its semáforo word when it is a percentage. */
  text: string;
  semaphore: Semaphore | undefined;
}

export interface ChartRow {
  label: string;
  /** Where the row's products are listed, when there is such a page. */
  href: string | undefined;
  cells: ChartCell[];
}

export interface ChartData {
  /** Unique on the page: the table's id is derived from it. */
  id: string;
  /** Caption of the table, also the chart's title. */
  caption: string;
  /** Accessible name of the drawing. */
  label: string;
  /** Percentages carry their semáforo word in the table, and the table its legend. */
  unit: 'percent' | 'count';
  series: string[];
  rows: ChartRow[];
}

function toCountCell(value: number): ChartCell {
  return { value, text: formatNumber(value), semaphore: undefined };
}

export function toPercentCell(value: number | null): ChartCell {
  if (value === null) return { value, text: t.ui.charts.noValue, semaphore: undefined };
  const semaphore = getSemaphore(value);
  return { value, text: `${formatPercent(value)} (${t.ui.semaphore[semaphore]})`, semaphore };
}

/** Programmed against executed products of a period, beside all the plan's products. */
export function toPeriodChart(view: PeriodView, date: string): ChartData {
  const c = t.ui.charts;
  return {
    id: 'grafico-periodo',
    caption: c.periodCaption(date),
    label: c.periodLabel,
    unit: 'count',
    series: [c.products],
    rows: [
      { label: c.programmed, href: undefined, cells: [toCountCell(view.summary.programmed)] },
      { label: c.executed, href: undefined, cells: [toCountCell(view.summary.executed)] },
      { label: c.total, href: undefined, cells: [toCountCell(view.summary.total)] },
    ],
  };
}

/**
 * Execution of what was programmed and global progress of each component at the snapshot's
 * date. Two series, so bars take their series' colour (a semáforo colour per bar would make
 * the legend lie); the table says each value's semáforo word.
 */
export function toComponentsChart(snapshot: PlanSnapshot, date: string): ChartData {
  const c = t.ui.charts;
  return {
    id: 'grafico-componentes',
    caption: c.componentsCaption(date),
    label: c.componentsLabel,
    unit: 'percent',
    series: [c.execution, c.progress],
    rows: snapshot.components.map(({ component, summary }) => ({
      label: component.nombre,
      href: toHref(getComponentPath(component.plan.id, component.id)),
      cells: [toPercentCell(summary.execution), toPercentCell(summary.progress)],
    })),
  };
}

/** Period execution and global progress at every published cut-off. */
export function toHistoryChart(history: { period: ReportedPeriod; summary: ProgressSummary }[]): ChartData {
  const c = t.ui.charts;
  return {
    id: 'grafico-cortes',
    caption: c.historyCaption,
    label: c.historyLabel,
    unit: 'percent',
    series: [c.execution, c.progress],
    rows: history.map(({ period, summary }) => ({
      label: period.nombre,
      href: undefined,
      cells: [toPercentCell(summary.execution), toPercentCell(summary.progress)],
    })),
  };
}

/** Contributions received and answered; the answered cell also says its share of those received. */
function toParticipationRow(label: string, href: string | undefined, totals: ParticipationTotals): ChartRow {
  const p = t.ui.participation;
  const { received, answered, answeredShare } = totals;
  if (received === null) return { label, href, cells: [0, 1].map(() => ({ value: null, text: p.notCounted, semaphore: undefined })) };
  const share = answeredShare === null ? undefined : formatPercent(answeredShare);
  return {
    label,
    href,
    cells: [toCountCell(received), { value: answered, text: p.answeredCell(formatNumber(answered ?? 0), share), semaphore: undefined }],
  };
}

/** "I semestre (corte al 30 de junio de 2021)", "Después del corte del 30 de junio de 2021", or the whole plan while it has no report. */
export function getParticipationPeriodName({ period, after }: ParticipationPeriod): string {
  const p = t.ui.participation;
  if (period) return p.periodName(period.nombre, formatDate(period.corte));
  return after === undefined ? p.beforeAnyReport : p.afterCutoff(formatDate(after));
}

/** Contributions received and answered in each component of the plan. */
export function toParticipationComponentsChart(participation: PlanParticipation): ChartData {
  const p = t.ui.participation;
  return {
    id: 'grafico-participacion-componentes',
    caption: p.componentsCaption,
    label: p.componentsLabel,
    unit: 'count',
    series: [p.received, p.answered],
    rows: participation.components.map(({ component, totals }) =>
      toParticipationRow(component.nombre, toHref(getComponentPath(component.plan.id, component.id)), totals),
    ),
  };
}

/** Contributions received and answered in each published period, then after the last cut-off. */
export function toParticipationPeriodsChart(participation: PlanParticipation): ChartData {
  const p = t.ui.participation;
  return {
    id: 'grafico-participacion-periodos',
    caption: p.periodsCaption,
    label: p.periodsLabel,
    unit: 'count',
    series: [p.received, p.answered],
    rows: participation.periods.map((item) => toParticipationRow(getParticipationPeriodName(item), undefined, item.totals)),
  };
}

/** How many products each published report counts in each state: one series per cut-off. */
export function toStatesChart(comparison: Comparison): ChartData {
  const c = t.ui.comparison;
  return {
    id: 'grafico-estados',
    caption: c.statesCaption,
    label: c.statesLabel,
    unit: 'count',
    series: comparison.periods.map((period) => period.nombre),
    rows: TASK_STATES.map((state) => ({
      label: t.ui.states[state],
      href: undefined,
      cells: comparison.stateCounts.map((counts) => toCountCell(counts[state])),
    })),
  };
}
