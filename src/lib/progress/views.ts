/**
 * What each page shows, computed from the catalog: pages render these objects and do no
 * arithmetic of their own. Report pages are frozen at their period's cut-off; every other
 * page shows the plan as of its most recent information (see getAsOfDate).
 */
import type { Activity, Catalog, Component, Evidence, Plan, ReportedPeriod, Task, Unit } from '../content/catalog';
import { compareDates, getMonthStart, getYearEnd, type PlainDate } from '../content/dates';
import { t } from '../i18n';
import type { ReprogrammingData } from '../content/schemas';
import {
  getEvidenceUntil,
  getProgrammedDate,
  getProgressSummary,
  getTaskExecution,
  getTaskState,
  isProgrammedBy,
  type ProgressSummary,
  type TaskState,
} from './progress';

/** A task as it stood at a date. */
export interface TaskAtCutoff {
  task: Task;
  /** The programmed date in force at the date (getProgrammedDate): the original one unless reprogrammed by then. */
  programmedDate: PlainDate;
  /** Reprogrammings decided on or before the date, oldest first: the last one gives programmedDate. */
  reprogrammings: ReprogrammingData[];
  /** Reprogrammings decided after the date: shown for context, they change nothing at it. */
  laterReprogrammings: ReprogrammingData[];
  execution: number;
  state: TaskState;
  /** Evidence dated on or before the date, oldest first. */
  evidence: Evidence[];
  /** Evidence dated after it: shown for context, never counted. */
  laterEvidence: Evidence[];
}

/** The figures of a set of tasks at a date, with each task's standing. */
export interface Snapshot {
  date: PlainDate;
  summary: ProgressSummary;
  /** In calendar order of their programmed date in force at the date; ties keep the plan's order. */
  tasks: TaskAtCutoff[];
}

export interface ActivitySnapshot extends Snapshot {
  activity: Activity;
}

/** Tasks drawn from several activities (a component's, a unit's), with those activities. */
export interface GroupSnapshot extends Snapshot {
  /** Each activity's snapshot counts only the group's tasks. */
  activities: ActivitySnapshot[];
}

export interface ComponentSnapshot extends GroupSnapshot {
  component: Component;
}

export interface UnitSnapshot extends GroupSnapshot {
  unit: Unit;
}

export interface PlanSnapshot extends Snapshot {
  plan: Plan;
  components: ComponentSnapshot[];
}

export interface PeriodView extends PlanSnapshot {
  period: ReportedPeriod;
  /** Tasks programmed by the cut-off: the ones the period execution counts. */
  programmedTasks: TaskAtCutoff[];
  /** Tasks programmed after the cut-off. */
  laterTasks: TaskAtCutoff[];
}

export function getTaskAtCutoff(task: Task, date: PlainDate): TaskAtCutoff {
  const evidence = getEvidenceUntil(task, date);
  return {
    task,
    programmedDate: getProgrammedDate(task, date),
    reprogrammings: task.reprogramaciones.filter((item) => item.decision <= date),
    laterReprogrammings: task.reprogramaciones.filter((item) => item.decision > date),
    execution: getTaskExecution(task, date),
    state: getTaskState(task, date),
    evidence,
    laterEvidence: task.evidence.filter((item) => !evidence.includes(item)),
  };
}

function byProgrammedDate(a: TaskAtCutoff, b: TaskAtCutoff): number {
  return compareDates(a.programmedDate, b.programmedDate);
}

export function getSnapshot(tasks: readonly Task[], date: PlainDate): Snapshot {
  return {
    date,
    summary: getProgressSummary(tasks, date),
    tasks: tasks.map((task) => getTaskAtCutoff(task, date)).sort(byProgrammedDate),
  };
}

/**
 * Which tasks a snapshot counts: all of them, or only those a report published (a task added
 * to the plan after a cut-off never enters that cut-off's report).
 */
type Members = ReadonlySet<Task> | undefined;

function toMembers(tasks: readonly Task[], members: Members): Task[] {
  return members ? tasks.filter((task) => members.has(task)) : [...tasks];
}

export function getActivitySnapshot(activity: Activity, date: PlainDate, members?: Members): ActivitySnapshot {
  return { ...getSnapshot(toMembers(activity.tasks, members), date), activity };
}

function getGroupSnapshot(group: { tasks: readonly Task[]; activities: readonly Activity[] }, date: PlainDate, members: Members): GroupSnapshot {
  return {
    ...getSnapshot(toMembers(group.tasks, members), date),
    activities: group.activities
      .map((activity) => getActivitySnapshot(activity, date, members))
      .filter((snapshot) => !members || snapshot.tasks.length > 0),
  };
}

export function getComponentSnapshot(component: Component, date: PlainDate, members?: Members): ComponentSnapshot {
  return { ...getGroupSnapshot(component, date, members), component };
}

/**
 * A unit's tasks and the activities they belong to. An activity may share its tasks between
 * units: its snapshot here counts only this unit's, so the unit's figures add up.
 */
export function getUnitSnapshot(unit: Unit, date: PlainDate): UnitSnapshot {
  return { ...getGroupSnapshot(unit, date, new Set(unit.tasks)), unit };
}

export function getPlanSnapshot(plan: Plan, date: PlainDate, members?: Members): PlanSnapshot {
  return {
    ...getSnapshot(toMembers(plan.tasks, members), date),
    plan,
    // A report leaves out what it did not count: components and activities added later.
    components: plan.components
      .map((component) => getComponentSnapshot(component, date, members))
      .filter((snapshot) => !members || snapshot.tasks.length > 0),
  };
}

/** A report as it stands: the products it published, at its cut-off. */
export function getPeriodView(period: ReportedPeriod): PeriodView {
  const snapshot = getPlanSnapshot(period.plan, period.corte, new Set(period.report.tasks));
  return {
    ...snapshot,
    period,
    programmedTasks: snapshot.tasks.filter((item) => isProgrammedBy(item.task, period.corte)),
    laterTasks: snapshot.tasks.filter((item) => !isProgrammedBy(item.task, period.corte)),
  };
}

/** The most recent period with a published report. */
export function getLatestReportedPeriod(plan: Plan): ReportedPeriod | undefined {
  return plan.reportedPeriods.at(-1);
}

/** The last day a plan covers: 31 December of its year. */
export function getPlanEnd(plan: Plan): PlainDate {
  return getYearEnd(plan.anio);
}

const latestDates = new WeakMap<Plan, PlainDate>();

// Every page of a plan asks; computed once per plan, or pages × evidence would grow as n².
function getLatestDate(plan: Plan): PlainDate {
  let date = latestDates.get(plan);
  if (date === undefined) {
    date = [
      `${plan.anio}-01-01`,
      ...plan.tasks.flatMap((task) => task.evidence.map((evidence) => evidence.fecha)),
      // A decision to reprogram is information too: the pages "as of" a date must already show it.
      ...plan.tasks.flatMap((task) => task.reprogramaciones.map((reprogramming) => reprogramming.decision)),
      ...plan.reportedPeriods.map((period) => period.corte),
    ].reduce((latest, candidate) => (compareDates(candidate, latest) > 0 ? candidate : latest));
    latestDates.set(plan, date);
  }
  return date;
}

/**
 * A plan is closed once its information reaches the end of its year: a report with its
 * cut-off on 31 December, or evidence recorded after the year (a product done late). Its
 * pages then show it as it ended, never "as of" a date after its year.
 */
export function isPlanClosed(plan: Plan): boolean {
  return compareDates(getLatestDate(plan), getPlanEnd(plan)) >= 0;
}

/**
 * The date of the plan's most recent information: its latest evidence, reprogramming decision
 * or published cut-off, whichever is later, and at most the end of its year; the first day of
 * the plan's year while it has neither. Pages that show "the state now" use it, so the site
 * says exactly when its figures were measured and never depends on the day it was built.
 */
export function getAsOfDate(plan: Plan): PlainDate {
  return isPlanClosed(plan) ? getPlanEnd(plan) : getLatestDate(plan);
}

/**
 * The plan the home page presents: the one with the most recent report, else the latest
 * year; between plans of one year, the first by id, as the list of plans shows them.
 */
export function getCurrentPlan(catalog: Catalog): Plan | undefined {
  const withReports = catalog.plans.filter((plan) => plan.reportedPeriods.length > 0);
  const candidates = withReports.length > 0 ? withReports : catalog.plans;
  return candidates.reduce<Plan | undefined>((best, plan) => {
    if (!best) return plan;
    const bestCutoff = getLatestReportedPeriod(best)?.corte ?? '';
    const cutoff = getLatestReportedPeriod(plan)?.corte ?? '';
    if (cutoff !== bestCutoff) return cutoff > bestCutoff ? plan : best;
    if (plan.anio !== best.anio) return plan.anio > best.anio ? plan : best;
    return plan.id.localeCompare(best.id) < 0 ? plan : best;
  }, undefined);
}

/** An activity is example data when every one of its products is. */
export function isExampleActivity(activity: Activity): boolean {
  return activity.tasks.every((task) => task.ejemplo);
}

/** The figures of every published period, oldest first, as each report published them: progress across periods. */
export function getPeriodHistory(plan: Plan): { period: ReportedPeriod; summary: ProgressSummary }[] {
  return plan.reportedPeriods.map((period) => ({ period, summary: getProgressSummary(period.report.tasks, period.corte) }));
}

/** One report in a list of reports: its figures as it stands, and the date of its latest correction, if any. */
export interface ReportSummary {
  period: ReportedPeriod;
  summary: ProgressSummary;
  correctedOn: PlainDate | undefined;
}

/** Every report of a plan, newest first: each one stays reachable after the next is published. */
export function getReportSummaries(plan: Plan): ReportSummary[] {
  return getPeriodHistory(plan)
    .map(({ period, summary }) => ({ period, summary, correctedOn: period.report.erratas.at(-1)?.fecha }))
    .reverse();
}

/** The reports published before and after this one in its plan: every report leads to the others. */
export function getAdjacentReports(period: ReportedPeriod): { previous: ReportedPeriod | undefined; next: ReportedPeriod | undefined } {
  const reported = period.plan.reportedPeriods;
  const index = reported.indexOf(period);
  return { previous: reported[index - 1], next: reported[index + 1] };
}

/** A plan published after this one, with no report yet: the home page announces it. */
export function getNewerPlans(catalog: Catalog, plan: Plan): Plan[] {
  return catalog.plans
    .filter((other) => other.anio > plan.anio && other.reportedPeriods.length === 0)
    .sort((a, b) => a.anio - b.anio || a.id.localeCompare(b.id));
}

export interface ScheduleMonth {
  /** First day of the month, e.g. 2021-06-01. */
  month: PlainDate;
  tasks: TaskAtCutoff[];
}

export interface Schedule {
  date: PlainDate;
  months: ScheduleMonth[];
  /** Programmed by the date and not done, postponed ones included. */
  overdue: TaskAtCutoff[];
}

/** The plan month by month: each task in the month of its date in force at the date, and how it stands then. */
export function getSchedule(plan: Plan, date: PlainDate): Schedule {
  const { tasks } = getSnapshot(plan.tasks, date);
  const months = new Map<PlainDate, TaskAtCutoff[]>();
  for (const item of tasks) {
    const month = getMonthStart(item.programmedDate);
    months.set(month, [...(months.get(month) ?? []), item]);
  }
  return {
    date,
    months: [...months].map(([month, monthTasks]) => ({ month, tasks: monthTasks })),
    overdue: tasks.filter((item) => item.state === 'vencida' || item.state === 'aplazada'),
  };
}

/** A piece of evidence with the state its task has at the date. */
export interface EvidenceAtDate {
  evidence: Evidence;
  taskState: TaskState;
  /** Dated after the date (late evidence of a closed plan): it does not count in the state shown. */
  late: boolean;
}

/** Every piece of evidence of the plan, newest first; on one day, in the plan's order of tasks. */
export function getEvidenceFeed(plan: Plan, date: PlainDate): EvidenceAtDate[] {
  return getTasksEvidenceFeed(plan.tasks, date);
}

/** The evidence of some tasks (a unit's), newest first; on one day, in the order of the tasks given. */
export function getTasksEvidenceFeed(tasks: readonly Task[], date: PlainDate): EvidenceAtDate[] {
  return tasks
    .flatMap((task) => {
      const taskState = getTaskState(task, date);
      return task.evidence.map((evidence) => ({ evidence, taskState, late: evidence.fecha > date }));
    })
    .sort((a, b) => compareDates(b.evidence.fecha, a.evidence.fecha));
}

export interface EvidenceFilter {
  componentId: string | undefined;
  state: TaskState | undefined;
}

export function filterEvidenceFeed(feed: readonly EvidenceAtDate[], filter: EvidenceFilter): EvidenceAtDate[] {
  return feed.filter(
    (item) =>
      (filter.componentId === undefined || item.evidence.task.activity.component.id === filter.componentId) &&
      (filter.state === undefined || item.taskState === filter.state),
  );
}

export interface EvidenceFilterOption<Value> {
  value: Value | undefined;
  /** How many pieces of evidence the option shows, with the other filter kept. */
  count: number;
  current: boolean;
}

/** The filter in words, e.g. "Diálogo, Cumplida"; empty for the whole list. */
export function getEvidenceFilterName(plan: Plan, filter: EvidenceFilter): string {
  const component = plan.components.find((candidate) => candidate.id === filter.componentId);
  // The state first: short, it stays when a long component name is cut from a page title.
  return [filter.state && t.ui.states[filter.state], component?.nombre].filter(Boolean).join(', ');
}

/** The choices of the evidence filters, each with the count it would show. */
export function getEvidenceFilterOptions(
  plan: Plan,
  feed: readonly EvidenceAtDate[],
  filter: EvidenceFilter,
  states: readonly TaskState[],
): { components: EvidenceFilterOption<Component>[]; states: EvidenceFilterOption<TaskState>[] } {
  const count = (candidate: EvidenceFilter) => filterEvidenceFeed(feed, candidate).length;
  return {
    components: [undefined, ...plan.components].map((component) => ({
      value: component,
      count: count({ ...filter, componentId: component?.id }),
      current: component?.id === filter.componentId,
    })),
    states: [undefined, ...states].map((state) => ({
      value: state,
      count: count({ ...filter, state }),
      current: state === filter.state,
    })),
  };
}

/** One plan in the list of plans: its figures as of its latest information. */
export interface PlanSummary {
  plan: Plan;
  date: PlainDate;
  summary: ProgressSummary;
  /** Every report of the plan, newest first. */
  reports: ReportSummary[];
  closed: boolean;
  /** The plan the home page presents. */
  isCurrent: boolean;
}

/** Every plan, newest year first, for the plan index. */
export function getPlanSummaries(catalog: Catalog): PlanSummary[] {
  const current = getCurrentPlan(catalog);
  return [...catalog.plans]
    .sort((a, b) => b.anio - a.anio || a.id.localeCompare(b.id))
    .map((plan) => {
      const date = getAsOfDate(plan);
      return {
        plan,
        date,
        summary: getProgressSummary(plan.tasks, date),
        reports: getReportSummaries(plan),
        closed: isPlanClosed(plan),
        isCurrent: plan === current,
      };
    });
}

/** How many pieces of evidence a list page shows: a phone downloads one page, not the whole plan. */
export const EVIDENCE_PAGE_SIZE = 50;

/** One page of a long list. */
export interface ListPage<Item> {
  items: Item[];
  /** 1 for the first page. */
  page: number;
  pages: number;
  /** Position of the first item in the whole list, from 1 (0 when the list is empty). */
  first: number;
  /** Position of the last item in the whole list. */
  last: number;
}

/** How many pages a list of `total` items takes; an empty list still has its first page. */
export function getPageCount(total: number, size: number = EVIDENCE_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function getListPage<Item>(items: readonly Item[], page: number, size: number = EVIDENCE_PAGE_SIZE): ListPage<Item> {
  const start = (page - 1) * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    page,
    pages: getPageCount(items.length, size),
    first: shown.length === 0 ? 0 : start + 1,
    last: start + shown.length,
  };
}

/** Every page number of a list, 1 to `pages`. */
export function getPageNumbers(pages: number): number[] {
  return Array.from({ length: pages }, (_, index) => index + 1);
}

/** What a pagination bar shows. `links`: first, last, current and neighbours; `null` for "…". */
export interface Pagination {
  previous: number | undefined;
  next: number | undefined;
  links: (number | null)[];
}

export function getPagination(page: number, pages: number): Pagination {
  const wanted = [...new Set([1, page - 1, page, page + 1, pages])].filter((candidate) => candidate >= 1 && candidate <= pages).sort((a, b) => a - b);
  return {
    previous: page > 1 ? page - 1 : undefined,
    next: page < pages ? page + 1 : undefined,
    links: wanted.flatMap((candidate, index) => (index > 0 && candidate - wanted[index - 1]! > 1 ? [null, candidate] : [candidate])),
  };
}
