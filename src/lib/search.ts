/**
 * The filters of the site search (Pagefind): each page says which plan, component, task
 * states and periods it is about, so a citizen can narrow results, e.g. to what is overdue
 * in one component. Values are the words citizens read on the pages.
 */
import type { Plan, Task } from './catalog';
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

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}

/**
 * The filters of a page about some tasks of a plan (an activity, a component, a report), with
 * the states the tasks have at `date`. `periods` overrides the periods found from the tasks'
 * dates, for a report, which is about one period.
 */
export function getSearchFilters(plan: Plan, tasks: readonly Task[], date: PlainDate, periods?: readonly string[]): SearchFilters {
  return {
    plan: [plan.titulo],
    componente: unique(tasks.map((task) => task.activity.component.nombre)),
    estado: unique(tasks.map((task) => t.ui.states[getTaskState(task, date)])),
    periodo: periods ? [...periods] : unique(tasks.map((task) => getPeriodName(plan, task))),
  };
}

/** The filters of a page about a whole plan without its tasks (schedule, open data). */
export function getPlanSearchFilters(plan: Plan): SearchFilters {
  return { plan: [plan.titulo] };
}
