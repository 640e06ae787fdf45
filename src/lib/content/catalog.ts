/**
 * Turns validated content entries into linked domain objects (plan → components → activities
 * → tasks → evidence; plan → periods → reports) and checks what no single file can check on
 * its own: references between files, unique ids and folders. Every problem is collected, so
 * the editor sees all of them at once.
 */
import { compareDates } from './dates';
import { compareEvidence } from '../progress/progress';
import type {
  ActivityData,
  ComponentData,
  EvidenceData,
  PeriodData,
  PlanData,
  PublishedFiguresData,
  ReportData,
  SiteData,
  TaskData,
  UnitData,
} from './schemas';
import { getCorrectedRecord, type PublishedRecord } from '../progress/published';
import { formatFoundValue, type Problem } from '../validation/problems';
import { getClosest, getSuggestion } from '../validation/suggest';
import { t } from '../i18n';

/** One content file after schema validation. */
export interface SourceEntry<Data> {
  /** The entry's id: its path inside the collection folder, without extension, e.g. 2021/divulgar-estrategia. */
  id: string;
  /** Path of the file from the project root, for messages. */
  file: string;
  data: Data;
  /** The Markdown body, for files that have one. */
  body?: string;
}

export interface CatalogInput {
  site: SiteData;
  plans: readonly SourceEntry<PlanData>[];
  activities: readonly SourceEntry<ActivityData>[];
  evidence: readonly SourceEntry<EvidenceData>[];
  reports: readonly SourceEntry<ReportData>[];
  /** Files left out because they could not be read or do not fit their schema. */
  broken?: BrokenSources;
}

/**
 * Files other files refer to that were left out of the catalog with problems of their own.
 * A reference to what they declare cannot be checked until they are fixed: reporting it
 * would repeat one mistake once per file that depends on it.
 */
export interface BrokenSources {
  /** Plan files, by the plan id their name gives. */
  plans: ReadonlyMap<string, string>;
  activities: readonly BrokenActivity[];
}

export interface BrokenActivity {
  file: string;
  /** Id of the plan its evidence names. */
  plan: string;
  /** Ids of the tasks it declares; undefined when it cannot be read. */
  tasks: ReadonlySet<string> | undefined;
}

export interface Catalog {
  site: SiteData;
  /** Oldest year first; plans of one year by id. */
  plans: Plan[];
}

export interface Plan extends Omit<PlanData, 'componentes' | 'periodos' | 'dependencias'> {
  id: string;
  file: string;
  components: Component[];
  /** The units (dependencias) responsible for activities and tasks, as the plan file lists them. */
  units: Unit[];
  /** Oldest cut-off first. */
  periods: Period[];
  /** Periods in the order the plan file lists them, for the rule that they be in order. */
  periodsAsWritten: Period[];
  /** In the plan's order (`orden`, then name, then entry id). */
  activities: Activity[];
  /** In the plan's order: by activity, then as listed in the activity. */
  tasks: Task[];
  /** Periods that have a published report, oldest first. */
  reportedPeriods: ReportedPeriod[];
}

export interface Component extends ComponentData {
  plan: Plan;
  activities: Activity[];
  tasks: Task[];
}

/** A responsible unit (dependencia) and what it is responsible for. */
export interface Unit extends UnitData {
  plan: Plan;
  /** Activities with at least one of the unit's tasks, in the plan's order. */
  activities: Activity[];
  /** Tasks whose unit it is, in the plan's order. */
  tasks: Task[];
}

export interface Period extends PeriodData {
  plan: Plan;
  report: Report | undefined;
}

/** A period whose report has been published. */
export interface ReportedPeriod extends Period {
  report: Report;
}

function isReported(period: Period): period is ReportedPeriod {
  return period.report !== undefined;
}

export interface Report extends Omit<ReportData, 'plan' | 'periodo' | 'cifras' | 'productos'> {
  id: string;
  file: string;
  period: Period;
  /** What the file records as published; undefined while it lacks `cifras` or `productos`. */
  published: { figures: PublishedFiguresData; products: PublishedRecord } | undefined;
  /**
   * The plan's tasks the report counts, in the plan's order: those it published, as its
   * corrections leave them. A task added to the plan later is not among them. Every task of
   * the plan while the file records nothing (validation then asks for the record).
   */
  tasks: Task[];
}

export interface Activity extends Omit<ActivityData, 'tareas' | 'componente' | 'plan' | 'dependencia'> {
  /** Entry id, used to render the body. */
  entryId: string;
  /** Last part of the entry id: the activity's address inside its plan. */
  slug: string;
  file: string;
  plan: Plan;
  component: Component;
  /** The unit the activity names, if any. */
  unit: Unit | undefined;
  tasks: Task[];
}

export interface Task extends Omit<TaskData, 'dependencia'> {
  activity: Activity;
  /** The unit responsible for the task: its own, else its activity's; undefined when neither names one. */
  unit: Unit | undefined;
  /** Oldest first, as the figures read them (compareEvidence), then by file. */
  evidence: Evidence[];
}

export interface Evidence extends Omit<EvidenceData, 'tarea' | 'plan'> {
  entryId: string;
  file: string;
  /** The evidence text as written (Markdown), for open data. */
  texto: string;
  task: Task;
}

/** The files an activity's page shows: its own and those of its evidence. A change to either changes the page and its history. */
export function getActivityFiles(activity: Activity): string[] {
  return [activity.file, ...activity.tasks.flatMap((task) => task.evidence.map((item) => item.file))];
}

/** The folder a content file sits in, e.g. "2021" for content/actividades/2021/x.mdx. */
export function getParentFolder(file: string): string {
  return file.split('/').slice(-2, -1)[0] ?? '';
}

function getLastSegment(id: string): string {
  return id.split('/').at(-1) ?? id;
}

/**
 * Puts each note right after the last problem of its file, where it reads as part of that
 * file's problems; a note on a file with no other problem goes last.
 */
export function toProblemsWithNotes(problems: readonly Problem[], notes: readonly Problem[]): Problem[] {
  const result = [...problems];
  for (const note of notes) {
    const last = result.findLastIndex((problem) => problem.file === note.file);
    result.splice(last < 0 ? result.length : last + 1, 0, note);
  }
  return result;
}

function formatUnknownReference(value: string, what: string, valid: readonly string[]): string {
  const { closest, shown, more } = getSuggestion(value, valid);
  return t.integrity.unknownReference(formatFoundValue(value), what, shown, closest, more);
}

/**
 * A grupo de valor reached must be one the activity is meant for, written as the activity
 * writes it: otherwise the sums by grupo would count one group under two names.
 */
function checkReachedGroups(file: string, groups: readonly string[], activity: Activity): Problem[] {
  return groups.flatMap((group, index) =>
    activity.grupos.includes(group)
      ? []
      : [{
          file,
          field: `participacion › grupos › elemento ${index + 1}`,
          detail: t.integrity.unknownGroup(formatFoundValue(group), activity.file, activity.grupos, getClosest(group, activity.grupos)),
        }],
  );
}

/** Plain text order by code units: unlike localeCompare, it never ties two different texts. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Entries come in whatever order the disk or Astro's content store gives them. Read by path,
 * every choice that follows (which file keeps a repeated id, the order of problems and of
 * ties) is the same on every machine and every build.
 */
function toSortedByFile<Entry extends { file: string }>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => compareText(a.file, b.file));
}

// Equal position and equal name still need an order that does not come from reading: the id.
function compareActivities(a: Activity, b: Activity): number {
  const orderA = a.orden ?? Number.POSITIVE_INFINITY;
  const orderB = b.orden ?? Number.POSITIVE_INFINITY;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  return a.nombre.localeCompare(b.nombre, t.locale) || compareText(a.entryId, b.entryId);
}

function comparePlans(a: Plan, b: Plan): number {
  return a.anio - b.anio || compareText(a.id, b.id);
}

export function toCatalog(input: CatalogInput): { catalog: Catalog; problems: Problem[] } {
  const problems: Problem[] = [];
  const nouns = t.integrity.nouns;

  const plans = new Map<string, Plan>();
  for (const entry of toSortedByFile(input.plans)) {
    const { componentes, periodos, dependencias, ...rest } = entry.data;
    const plan: Plan = {
      ...rest,
      id: entry.id,
      file: entry.file,
      components: [],
      units: [],
      periods: [],
      periodsAsWritten: [],
      activities: [],
      tasks: [],
      reportedPeriods: [],
    };
    plan.components = componentes.map((component) => ({ ...component, plan, activities: [], tasks: [] }));
    plan.units = dependencias.map((unit) => ({ ...unit, plan, activities: [], tasks: [] }));
    plan.periodsAsWritten = periodos.map((period) => ({ ...period, plan, report: undefined }));
    plan.periods = [...plan.periodsAsWritten].sort((a, b) => compareDates(a.corte, b.corte));
    plans.set(plan.id, plan);
  }
  const planIds = [...plans.keys()];

  const brokenPlans = input.broken?.plans ?? new Map<string, string>();
  const brokenActivities = [...(input.broken?.activities ?? [])];
  /** For each broken file, how many references to it were left unchecked, and how to say so. */
  const unchecked = new Map<string, { count: number; note: (count: number) => string }>();
  function skipReference(file: string, note: (count: number) => string): void {
    unchecked.set(file, { count: (unchecked.get(file)?.count ?? 0) + 1, note });
  }
  function getBrokenActivity(plan: string, task: string): BrokenActivity | undefined {
    const inPlan = brokenActivities.filter((activity) => activity.plan === plan);
    return inPlan.find((activity) => activity.tasks?.has(task)) ?? inPlan.find((activity) => !activity.tasks);
  }

  /** Resolves the `plan` field of a file and checks the file sits in that plan's folder. */
  function resolvePlan(entry: SourceEntry<{ plan: string }>): Plan | undefined {
    const plan = plans.get(entry.data.plan);
    if (!plan) {
      const brokenPlan = brokenPlans.get(entry.data.plan);
      if (brokenPlan) skipReference(brokenPlan, t.integrity.uncheckedByPlan);
      else problems.push({ file: entry.file, field: 'plan', detail: formatUnknownReference(entry.data.plan, nouns.plan, planIds) });
      return undefined;
    }
    const folder = getParentFolder(entry.file);
    if (folder !== plan.id) {
      problems.push({
        file: entry.file,
        field: 'plan',
        detail: t.integrity.folderMismatch(formatFoundValue(entry.data.plan), folder),
      });
    }
    return plan;
  }

  const tasksByPlan = new Map<Plan, Map<string, Task>>();
  for (const entry of toSortedByFile(input.activities)) {
    const plan = resolvePlan(entry);
    // An activity left out takes its tasks with it: their evidence waits for it to be fixed.
    const taskIds = new Set(entry.data.tareas.map((task) => task.id));
    if (!plan) {
      brokenActivities.push({ file: entry.file, plan: getParentFolder(entry.file), tasks: taskIds });
      continue;
    }
    const { tareas, componente, dependencia, plan: _plan, ...rest } = entry.data;
    const component = plan.components.find((candidate) => candidate.id === componente);
    if (!component) {
      problems.push({
        file: entry.file,
        field: 'componente',
        detail: formatUnknownReference(componente, nouns.component, plan.components.map((c) => c.id)),
      });
      brokenActivities.push({ file: entry.file, plan: plan.id, tasks: taskIds });
      continue;
    }
    // An unknown unit leaves the task without one: the problem stops the build all the same,
    // and the activity's tasks stay, so their evidence is checked too.
    const resolveUnit = (id: string | undefined, field: string): Unit | undefined => {
      if (id === undefined) return undefined;
      const unit = plan.units.find((candidate) => candidate.id === id);
      if (!unit) problems.push({ file: entry.file, field, detail: formatUnknownReference(id, nouns.unit, plan.units.map((u) => u.id)) });
      return unit;
    };
    const activity: Activity = {
      ...rest,
      entryId: entry.id,
      slug: getLastSegment(entry.id),
      file: entry.file,
      plan,
      component,
      unit: resolveUnit(dependencia, 'dependencia'),
      tasks: [],
    };
    const planTasks = tasksByPlan.get(plan) ?? new Map<string, Task>();
    tasksByPlan.set(plan, planTasks);
    tareas.forEach((data, index) => {
      const existing = planTasks.get(data.id);
      if (existing) {
        problems.push({
          file: entry.file,
          field: `tareas › elemento ${index + 1} › id`,
          detail: t.integrity.duplicateId(formatFoundValue(data.id), 'id de tarea', existing.activity.file),
        });
        return;
      }
      const { dependencia: taskUnit, ...taskData } = data;
      const unit = taskUnit === undefined ? activity.unit : resolveUnit(taskUnit, `tareas › elemento ${index + 1} › dependencia`);
      const task: Task = { ...taskData, activity, unit, evidence: [] };
      planTasks.set(task.id, task);
      activity.tasks.push(task);
    });
    component.activities.push(activity);
    plan.activities.push(activity);
  }

  for (const plan of plans.values()) {
    plan.activities.sort(compareActivities);
    plan.tasks = plan.activities.flatMap((activity) => activity.tasks);
    for (const component of plan.components) {
      component.activities.sort(compareActivities);
      component.tasks = component.activities.flatMap((activity) => activity.tasks);
    }
    for (const unit of plan.units) {
      unit.tasks = plan.tasks.filter((task) => task.unit === unit);
      unit.activities = plan.activities.filter((activity) => activity.tasks.some((task) => task.unit === unit));
    }
  }

  for (const entry of toSortedByFile(input.evidence)) {
    const plan = resolvePlan(entry);
    if (!plan) continue;
    const { tarea, plan: _plan, ...rest } = entry.data;
    const planTasks = tasksByPlan.get(plan) ?? new Map<string, Task>();
    const task = planTasks.get(tarea);
    if (!task) {
      const brokenActivity = getBrokenActivity(plan.id, tarea);
      if (brokenActivity) {
        skipReference(brokenActivity.file, brokenActivity.tasks ? t.integrity.uncheckedByActivity : t.integrity.uncheckedByUnreadableActivity);
      } else {
        problems.push({ file: entry.file, field: 'tarea', detail: formatUnknownReference(tarea, nouns.task, [...planTasks.keys()]) });
      }
      continue;
    }
    task.evidence.push({ ...rest, entryId: entry.id, file: entry.file, texto: entry.body?.trim() ?? '', task });
    problems.push(...checkReachedGroups(entry.file, rest.participacion?.grupos ?? [], task.activity));
  }
  for (const tasks of tasksByPlan.values()) {
    for (const task of tasks.values()) task.evidence.sort((a, b) => compareEvidence(a, b) || compareText(a.file, b.file));
  }

  const unknownPeriods: { entry: SourceEntry<ReportData>; plan: Plan }[] = [];
  for (const entry of toSortedByFile(input.reports)) {
    const plan = resolvePlan(entry);
    if (!plan) continue;
    const period = plan.periods.find((candidate) => candidate.id === entry.data.periodo);
    if (!period) {
      unknownPeriods.push({ entry, plan });
      continue;
    }
    if (period.report) {
      problems.push({
        file: entry.file,
        field: 'periodo',
        detail: t.integrity.duplicateId(formatFoundValue(period.id), 'periodo de informe', period.report.file),
      });
      continue;
    }
    const { plan: _plan, periodo: _periodo, cifras, productos, ...rest } = entry.data;
    const published = cifras && productos ? { figures: cifras, products: new Map(Object.entries(productos)) } : undefined;
    period.report = { ...rest, id: entry.id, file: entry.file, period, published, tasks: plan.tasks };
  }
  // A report is how a period gets closed: the message says where the period must be added,
  // and offers only the periods still waiting for their report.
  for (const { entry, plan } of unknownPeriods) {
    const open = plan.periods.filter((period) => !period.report).map((period) => period.id);
    problems.push({
      file: entry.file,
      field: 'periodo',
      detail: t.integrity.unknownPeriod(formatFoundValue(entry.data.periodo), plan.file, open, getClosest(entry.data.periodo, open)),
    });
  }
  for (const plan of plans.values()) {
    plan.reportedPeriods = plan.periods.filter(isReported);
    for (const { report } of plan.reportedPeriods) {
      const record = getCorrectedRecord(report);
      if (record) report.tasks = plan.tasks.filter((task) => record.has(task.id));
    }
  }

  const notes = [...unchecked].map(([file, { count, note }]) => ({ file, field: '', detail: note(count) }));
  return { catalog: { site: input.site, plans: [...plans.values()].sort(comparePlans) }, problems: toProblemsWithNotes(problems, notes) };
}
