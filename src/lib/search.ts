/**
 * The filters of the site search (Pagefind): each page says which plan, component, task
 * states and periods it is about, so a citizen can narrow results, e.g. to what is overdue
 * in one component. Values are the words citizens read on the pages.
 */
import type { Plan, ReportedPeriod, Task } from './catalog';
import { compareDates, type PlainDate } from './dates';
import { t } from './i18n';
import { getTaskState } from './progress';

export const SEARCH_FILTERS = ['plan', 'componente', 'estado', 'periodo'] as const;

export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

/** Filter values of one page, by filter; a page may have several values of one filter. */
export type SearchFilters = Partial<Record<SearchFilterName, string[]>>;

/** The period a task is reported in: the first cut-off on or after its programmed date. */
function getPeriodName(plan: Plan, task: Task): string | undefined {
  const period = plan.periods.find((candidate) => compareDates(task.programada, candidate.corte) <= 0);
  return period && t.search.periodValue(period.nombre, plan.anio);
}

function toUnique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}

/**
 * The filters of a page about some tasks of a plan (an activity, a component), with the
 * states the tasks have at `date` and the periods they are reported in.
 */
export function getTasksSearchFilters(plan: Plan, tasks: readonly Task[], date: PlainDate): SearchFilters {
  return {
    plan: [plan.titulo],
    componente: toUnique(tasks.map((task) => task.activity.component.nombre)),
    estado: toUnique(tasks.map((task) => t.ui.states[getTaskState(task, date)])),
    periodo: toUnique(tasks.map((task) => getPeriodName(plan, task))),
  };
}

/** The filters of a period report: its period, and its products as they stood at the cut-off. */
export function getReportSearchFilters(period: ReportedPeriod): SearchFilters {
  const { plan } = period;
  return {
    ...getTasksSearchFilters(plan, period.report.tasks, period.corte),
    periodo: [t.search.periodValue(period.nombre, plan.anio)],
  };
}

/** The filters of a page about a whole plan without its tasks (schedule, open data). */
export function getPlanSearchFilters(plan: Plan): SearchFilters {
  return { plan: [plan.titulo] };
}

/** Every value each filter can take, in the order citizens expect: plans and periods by date. */
export function getSearchFilterOptions(plans: readonly Plan[]): Record<SearchFilterName, string[]> {
  return {
    plan: plans.map((plan) => plan.titulo),
    componente: toUnique(plans.flatMap((plan) => plan.components.map((component) => component.nombre))),
    estado: Object.values(t.ui.states),
    periodo: toUnique(plans.flatMap((plan) => plan.periods.map((period) => t.search.periodValue(period.nombre, plan.anio)))),
  };
}

/**
 * The values of data-pagefind-filter, one element each: "name:value". Pagefind splits an
 * attribute on commas only between pairs it can read, and keeps any escape in the value, so
 * a value is written as it is, commas included, one pair per element.
 */
export function toSearchFilterPairs(filters: SearchFilters): string[] {
  return Object.entries(filters).flatMap(([name, values]) => (values ?? []).map((value) => `${name}:${value}`));
}
