/**
 * The filters of the site search (Pagefind): each page says which plan, component,
 * responsible unit, task states and periods it is about, so a citizen can narrow results, e.g. to what is overdue
 * in one component. Values are the words citizens read on the pages.
 */
import type { Plan, ReportedPeriod, Task } from '../content/catalog';
import type { PlainDate } from '../content/dates';
import { t } from '../i18n';
import { getTaskState, isProgrammedBy } from '../progress/progress';

export const SEARCH_FILTERS = ['plan', 'componente', 'dependencia', 'estado', 'periodo'] as const;

export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

/** Filter values of one page, by filter; a page may have several values of one filter. */
export type SearchFilters = Partial<Record<SearchFilterName, string[]>>;

/** The period a task is reported in: the first cut-off that counts it as programmed (with the date in force then). */
function getPeriodName(plan: Plan, task: Task): string | undefined {
  const period = plan.periods.find((candidate) => isProgrammedBy(task, candidate.corte));
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
  const units = toUnique(tasks.map((task) => task.unit?.nombre));
  return {
    plan: [plan.titulo],
    componente: toUnique(tasks.map((task) => task.activity.component.nombre)),
    // Only plans that name units speak of them.
    ...(units.length > 0 ? { dependencia: units } : {}),
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

/**
 * A filter value as Pagefind stores it: it collapses runs of spaces, tabs and line breaks and
 * trims the ends. The search form sends the value of the option chosen, so options and pages
 * must carry the same string.
 */
function toFilterValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every value each filter can take, in the order citizens expect: plans and periods by date. */
export function getSearchFilterOptions(plans: readonly Plan[]): Record<SearchFilterName, string[]> {
  const toOptions = (values: readonly string[]) => toUnique(values.map(toFilterValue));
  return {
    plan: toOptions(plans.map((plan) => plan.titulo)),
    componente: toOptions(plans.flatMap((plan) => plan.components.map((component) => component.nombre))),
    dependencia: toOptions(plans.flatMap((plan) => plan.units.map((unit) => unit.nombre))),
    estado: toOptions(Object.values(t.ui.states)),
    periodo: toOptions(plans.flatMap((plan) => plan.periods.map((period) => t.search.periodValue(period.nombre, plan.anio)))),
  };
}

/**
 * The values of data-pagefind-filter, one element each: "name:value". Pagefind takes all that
 * follows the first colon as the value, commas and colons included, and then decodes character
 * references once more than HTML does: "&amp;" written by an editor would reach the index as
 * "&" and no option would match it. So every "&" is written as "&amp;" here, which that extra
 * decoding turns back into the editor's text.
 */
export function toSearchFilterPairs(filters: SearchFilters): string[] {
  return Object.entries(filters).flatMap(([name, values]) =>
    (values ?? []).map((value) => `${name}:${toFilterValue(value).replaceAll('&', '&amp;')}`),
  );
}

/**
 * The plan whose search index holds a built page, from the page's file in the site
 * ("2021/actividades/foro/index.html"): a page about a plan (one with the plan filter) lives
 * under /<plan id>/, so it is the first folder; the site's own pages (home, glossary, the list
 * of plans) have no plan filter and go to the site's index (undefined).
 */
export function getSearchIndexPlanId(file: string, hasPlanFilter: boolean): string | undefined {
  const [first, ...rest] = file.replace(/^\/+/, '').split('/');
  return hasPlanFilter && rest.length > 0 ? first : undefined;
}
