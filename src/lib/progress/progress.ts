/**
 * How the plan's figures are computed. Every rule is here, and only here, so that the site,
 * the open data and the tests agree. A progress report must not overstate: every percentage
 * is truncated, never rounded up.
 */
import type { PlainDate } from '../content/dates';

/** State of a task at a cut-off. */
export type TaskState = 'sin-iniciar' | 'en-curso' | 'cumplida' | 'aplazada' | 'vencida';

export const TASK_STATES: readonly TaskState[] = ['cumplida', 'en-curso', 'sin-iniciar', 'aplazada', 'vencida'];

/** What the computation needs from a piece of evidence. */
export interface EvidenceFacts {
  fecha: PlainDate;
  avance: number;
  aplazada: boolean;
}

/** What the computation needs from a task: its programmed date and its evidence. */
export interface TaskFacts<Evidence extends EvidenceFacts = EvidenceFacts> {
  programada: PlainDate;
  evidence: readonly Evidence[];
}

/** `part` of `whole` as a whole percentage, truncated; null when there is nothing to measure. */
export function toTruncatedPercent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((part * 100) / whole);
}

/** Mean of whole percentages, truncated; null for an empty list. */
export function toTruncatedMean(percentages: readonly number[]): number | null {
  if (percentages.length === 0) return null;
  const sum = percentages.reduce((total, value) => total + value, 0);
  return Math.floor(sum / percentages.length);
}

/** Evidence of a task dated on or before the cut-off, oldest first. */
export function getEvidenceUntil<Evidence extends EvidenceFacts>(
  task: TaskFacts<Evidence>,
  cutoff: PlainDate,
): Evidence[] {
  return task.evidence.filter((evidence) => evidence.fecha <= cutoff).sort(compareEvidence);
}

/**
 * Oldest first. Validation refuses two pieces of evidence of one task on one day, so the
 * latest one is never in doubt in published content; the order is still total over what
 * the figures read, so that no computation depends on the order files were read in. On one
 * day the higher execution is taken as the later record and, at equal execution, the one
 * not postponed: a postponement must not soften a task that is overdue.
 */
export function compareEvidence(a: EvidenceFacts, b: EvidenceFacts): number {
  if (a.fecha !== b.fecha) return a.fecha < b.fecha ? -1 : 1;
  if (a.avance !== b.avance) return a.avance - b.avance;
  return Number(b.aplazada) - Number(a.aplazada);
}

/** The latest evidence on or before the cut-off, if any. */
export function getLatestEvidence<Evidence extends EvidenceFacts>(
  task: TaskFacts<Evidence>,
  cutoff: PlainDate,
): Evidence | undefined {
  return getEvidenceUntil(task, cutoff).at(-1);
}

/** Execution of a task at a cut-off: the percentage of its latest evidence by then, 0 without any. */
export function getTaskExecution(task: TaskFacts, cutoff: PlainDate): number {
  return getLatestEvidence(task, cutoff)?.avance ?? 0;
}

/** A task is programmed by a cut-off when its programmed date is on or before it. */
export function isProgrammedBy(task: TaskFacts, cutoff: PlainDate): boolean {
  return task.programada <= cutoff;
}

/**
 * State of a task at a cut-off, first match wins: cumplida (100%), aplazada (its latest
 * evidence says so), vencida (programmed by the cut-off and not done), en curso (some
 * progress), sin iniciar.
 */
export function getTaskState(task: TaskFacts, cutoff: PlainDate): TaskState {
  const latest = getLatestEvidence(task, cutoff);
  const execution = latest?.avance ?? 0;
  if (execution === 100) return 'cumplida';
  if (latest?.aplazada) return 'aplazada';
  if (isProgrammedBy(task, cutoff)) return 'vencida';
  return execution > 0 ? 'en-curso' : 'sin-iniciar';
}

/** The figures of a set of tasks (a plan, a component, an activity) at a cut-off. */
export interface ProgressSummary {
  /** All tasks in the set, whatever their date. */
  total: number;
  /** Tasks programmed on or before the cut-off. */
  programmed: number;
  /** Programmed tasks at 100% by the cut-off. */
  executed: number;
  /** executed / programmed, truncated; null when nothing was programmed. */
  execution: number | null;
  /** Sum of the execution of all tasks at the cut-off: global progress is this over total. */
  executionSum: number;
  /** Mean execution of all tasks at the cut-off, truncated; null for an empty set. */
  progress: number | null;
}

/** How one task stands at a cut-off, all the figures need of it. */
export interface TaskStanding {
  programmed: boolean;
  execution: number;
}

/** The figures of a set of task standings: the one place where they are added up. */
export function toProgressSummary(standings: readonly TaskStanding[]): ProgressSummary {
  const programmed = standings.filter((standing) => standing.programmed);
  const executed = programmed.filter((standing) => standing.execution === 100).length;
  const executions = standings.map((standing) => standing.execution);
  return {
    total: standings.length,
    programmed: programmed.length,
    executed,
    execution: toTruncatedPercent(executed, programmed.length),
    executionSum: executions.reduce((sum, value) => sum + value, 0),
    progress: toTruncatedMean(executions),
  };
}

export function getTaskStanding(task: TaskFacts, cutoff: PlainDate): TaskStanding {
  return { programmed: isProgrammedBy(task, cutoff), execution: getTaskExecution(task, cutoff) };
}

export function getProgressSummary(tasks: readonly TaskFacts[], cutoff: PlainDate): ProgressSummary {
  return toProgressSummary(tasks.map((task) => getTaskStanding(task, cutoff)));
}

/** Traffic-light band of a percentage: rojo 0–59, amarillo 60–79, verde 80–100. */
export type Semaphore = 'rojo' | 'amarillo' | 'verde';

export function getSemaphore(percent: number): Semaphore {
  if (percent >= 80) return 'verde';
  if (percent >= 60) return 'amarillo';
  return 'rojo';
}
