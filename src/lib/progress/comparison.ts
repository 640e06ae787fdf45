/**
 * What changed between a plan's published cut-offs: each product's state and execution in
 * every report, side by side, and from one report to the next what moved forward, what
 * slipped and what was reprogrammed. Each cut-off is the report as it stands (getPeriodView:
 * the products it published, as its corrections leave them), so this page agrees with the
 * report pages.
 */
import type { Component, Plan, ReportedPeriod, Task } from '../content/catalog';
import type { ReprogrammingData } from '../content/schemas';
import { formatDate, formatPercent } from '../i18n/format';
import { t } from '../i18n';
import { TASK_STATES, type TaskState } from './progress';
import { getPeriodView, type TaskAtCutoff } from './views';

/**
 * How far a state is from "on track", for telling a product that got worse: done, then not
 * due yet (whatever its progress or a date moved), then postponed, then overdue. A new state
 * needs its line here; the type says so.
 */
const CONCERN: Readonly<Record<TaskState, number>> = {
  cumplida: 0,
  'en-curso': 1,
  'sin-iniciar': 1,
  reprogramada: 1,
  aplazada: 2,
  vencida: 3,
};

/** A product absent from the earlier report stands as a product not due and not started. */
const NOT_THERE = { concern: CONCERN['sin-iniciar'], execution: 0 };

/** One product in every report: undefined where a report did not count it (it did not exist yet). */
export interface ComparedProduct {
  task: Task;
  cutoffs: (TaskAtCutoff | undefined)[];
}

export interface ComparedComponent {
  component: Component;
  products: ComparedProduct[];
}

/** A product from one report to the next. */
export interface ProductChange {
  task: Task;
  before: TaskAtCutoff | undefined;
  after: TaskAtCutoff;
}

export interface ReprogrammedProduct extends ProductChange {
  /** The reprogrammings decided between the two cut-offs, oldest first. */
  reprogrammings: ReprogrammingData[];
}

/** What happened between two consecutive reports. */
export interface ComparisonStep {
  from: ReportedPeriod;
  to: ReportedPeriod;
  /** Execution went up. */
  moved: ProductChange[];
  /** Execution went down, or the state got worse: overdue or postponed now, not before. */
  slipped: ProductChange[];
  /** Its programmed date was changed by a decision taken between the two cut-offs. */
  reprogrammed: ReprogrammedProduct[];
}

export interface Comparison {
  /** The published cut-offs, oldest first: the columns of every table. */
  periods: ReportedPeriod[];
  /** Components with a product in some report, in the plan's order; products in the plan's order. */
  components: ComparedComponent[];
  /** How many products each report counts in each state, in the order of `periods`. */
  stateCounts: Record<TaskState, number>[];
  steps: ComparisonStep[];
}

/** A comparison needs two published cut-offs: with fewer, the page and its links do not exist. */
export function hasComparison(plan: Plan): boolean {
  return plan.reportedPeriods.length >= 2;
}

function toStateCounts(items: readonly TaskAtCutoff[]): Record<TaskState, number> {
  const counts = Object.fromEntries(TASK_STATES.map((state) => [state, 0])) as Record<TaskState, number>;
  for (const item of items) counts[item.state] += 1;
  return counts;
}

function toStep(from: ReportedPeriod, to: ReportedPeriod, products: readonly ComparedProduct[], index: number): ComparisonStep {
  const changes = products.flatMap(({ task, cutoffs }): ProductChange[] => {
    const after = cutoffs[index + 1];
    return after ? [{ task, before: cutoffs[index], after }] : [];
  });
  const was = (change: ProductChange) => (change.before ? { concern: CONCERN[change.before.state], execution: change.before.execution } : NOT_THERE);
  return {
    from,
    to,
    moved: changes.filter((change) => change.after.execution > was(change).execution),
    slipped: changes.filter((change) => change.after.execution < was(change).execution || CONCERN[change.after.state] > was(change).concern),
    reprogrammed: changes.flatMap((change) => {
      const reprogrammings = change.after.reprogrammings.filter((item) => item.decision > from.corte);
      return reprogrammings.length > 0 ? [{ ...change, reprogrammings }] : [];
    }),
  };
}

/** The plan's reports side by side; undefined with fewer than two (see hasComparison). */
export function getComparison(plan: Plan): Comparison | undefined {
  if (!hasComparison(plan)) return undefined;
  const periods = plan.reportedPeriods;
  const views = periods.map((period) => new Map(getPeriodView(period).tasks.map((item) => [item.task, item])));
  const products = plan.tasks
    .map((task) => ({ task, cutoffs: views.map((view) => view.get(task)) }))
    .filter((product) => product.cutoffs.some((item) => item !== undefined));
  return {
    periods,
    components: plan.components
      .map((component) => ({ component, products: products.filter(({ task }) => task.activity.component === component) }))
      .filter(({ products: inComponent }) => inComponent.length > 0),
    stateCounts: views.map((view) => toStateCounts([...view.values()])),
    steps: periods.slice(1).map((period, index) => toStep(periods[index]!, period, products, index)),
  };
}

/** A product's state and execution at one cut-off, "Vencida, 50 %", or "No existía". */
export function formatStanding(item: TaskAtCutoff | undefined): string {
  const c = t.ui.comparison;
  return item ? c.standing(t.ui.states[item.state], formatPercent(item.execution)) : c.notThere;
}

function getProductName(task: Task): string {
  return task.producto ?? task.tarea;
}

/** "Memoria del diálogo: de «En curso, 50 %» a «Vencida, 50 %»." */
export function formatChange(change: ProductChange): string {
  return t.ui.comparison.change(getProductName(change.task), formatStanding(change.before), formatStanding(change.after));
}

/** "Informe de gestión: nueva fecha, 15 de diciembre de 2021. Motivo: …", by the last reprogramming between the cut-offs. */
export function formatReprogrammed(change: ReprogrammedProduct): string {
  const last = change.reprogrammings.at(-1)!;
  return t.ui.comparison.newDate(getProductName(change.task), formatDate(last.fecha), last.motivo);
}
