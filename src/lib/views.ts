/**
 * What each page shows, computed from the catalog: pages render these objects and do no
 * arithmetic of their own.
 */
import type { Activity, Catalog, Component, Evidence, Period, Plan, ReportedPeriod, Task } from './catalog';
import { compareDates, type PlainDate } from './dates';
import {
  getEvidenceUntil,
  getProgressSummary,
  getTaskExecution,
  getTaskState,
  isProgrammedBy,
  type ProgressSummary,
  type TaskState,
} from './progress';

/** A task as it stood at a cut-off. */
export interface TaskAtCutoff {
  task: Task;
  execution: number;
  state: TaskState;
  /** Evidence dated on or before the cut-off, oldest first. */
  evidence: Evidence[];
  /** Evidence dated after the cut-off: shown for context, never counted. */
  laterEvidence: Evidence[];
}

export interface ComponentProgress {
  component: Component;
  summary: ProgressSummary;
}

export interface PeriodView {
  period: Period;
  cutoff: PlainDate;
  summary: ProgressSummary;
  components: ComponentProgress[];
  /** Tasks programmed by the cut-off, in calendar order (ties keep the plan's order). */
  programmedTasks: TaskAtCutoff[];
  /** Tasks programmed after the cut-off, in calendar order. */
  laterTasks: TaskAtCutoff[];
}

export interface ActivityView {
  activity: Activity;
  /** Figures at the cut-off of the plan's latest report; undefined while the plan has none. */
  progress: { period: Period; summary: ProgressSummary; tasks: TaskAtCutoff[] } | undefined;
}

export function getTaskAtCutoff(task: Task, cutoff: PlainDate): TaskAtCutoff {
  const evidence = getEvidenceUntil(task, cutoff);
  return {
    task,
    execution: getTaskExecution(task, cutoff),
    state: getTaskState(task, cutoff),
    evidence,
    laterEvidence: task.evidence.filter((item) => !evidence.includes(item)),
  };
}

function byProgrammedDate(a: TaskAtCutoff, b: TaskAtCutoff): number {
  return compareDates(a.task.programada, b.task.programada);
}

export function getPeriodView(period: Period): PeriodView {
  const cutoff = period.corte;
  const tasks = period.plan.tasks.map((task) => getTaskAtCutoff(task, cutoff)).sort(byProgrammedDate);
  return {
    period,
    cutoff,
    summary: getProgressSummary(period.plan.tasks, cutoff),
    components: period.plan.components.map((component) => ({
      component,
      summary: getProgressSummary(component.tasks, cutoff),
    })),
    programmedTasks: tasks.filter((item) => isProgrammedBy(item.task, cutoff)),
    laterTasks: tasks.filter((item) => !isProgrammedBy(item.task, cutoff)),
  };
}

/** The most recent period with a published report. */
export function getLatestReportedPeriod(plan: Plan): ReportedPeriod | undefined {
  return plan.reportedPeriods.at(-1);
}

/** The plan the home page presents: the one with the most recent report, else the latest year. */
export function getCurrentPlan(catalog: Catalog): Plan | undefined {
  const withReports = catalog.plans.filter((plan) => plan.reportedPeriods.length > 0);
  const candidates = withReports.length > 0 ? withReports : catalog.plans;
  return candidates.reduce<Plan | undefined>((best, plan) => {
    if (!best) return plan;
    const bestCutoff = getLatestReportedPeriod(best)?.corte ?? '';
    const cutoff = getLatestReportedPeriod(plan)?.corte ?? '';
    if (cutoff !== bestCutoff) return cutoff > bestCutoff ? plan : best;
    return plan.anio > best.anio ? plan : best;
  }, undefined);
}

/** An activity with its tasks at the cut-off of the plan's latest report. */
export function getActivityView(activity: Activity): ActivityView {
  const period = getLatestReportedPeriod(activity.plan);
  if (!period) return { activity, progress: undefined };
  return {
    activity,
    progress: {
      period,
      summary: getProgressSummary(activity.tasks, period.corte),
      tasks: activity.tasks.map((task) => getTaskAtCutoff(task, period.corte)),
    },
  };
}

/** An activity is example data when every one of its products is. */
export function isExampleActivity(activity: Activity): boolean {
  return activity.tasks.every((task) => task.ejemplo);
}
