/**
 * How the plan's figures are computed. Every rule is here, and only here, so that the site,
 * the open data and the tests agree. A progress report must not overstate: every percentage
 * is truncated, never rounded up.
 */
import type { PlainDate } from '../content/dates';

/** The states a task can have at a cut-off, in the order lists and filters show them. */
export const TASK_STATES = ['cumplida', 'en-curso', 'sin-iniciar', 'reprogramada', 'aplazada', 'vencida'] as const;

/** State of a task at a cut-off. */
export type TaskState = (typeof TASK_STATES)[number];

/** What the computation needs from a piece of evidence. */
export interface EvidenceFacts {
  fecha: PlainDate;
  avance: number;
  aplazada: boolean;
}

/** What the computation needs from a change of a task's programmed date. */
export interface ReprogrammingFacts {
  /** The new programmed date. */
  fecha: PlainDate;
  /** The day it was decided: the new date is in force from then on. */
  decision: PlainDate;
}

/** What the computation needs from a task: its original programmed date, its changes (oldest decision first) and its evidence. */
export interface TaskFacts<Evidence extends EvidenceFacts = EvidenceFacts, Reprogramming extends ReprogrammingFacts = ReprogrammingFacts> {
  programada: PlainDate;
  reprogramaciones: readonly Reprogramming[];
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

/**
 * The reprogramming in force at a date: the last one decided on or before it. Validation keeps
 * decisions in order (src/lib/content/schemas.ts), so it is the last of those decided by then.
 */
export function getReprogrammingInForce<Reprogramming extends ReprogrammingFacts>(
  task: TaskFacts<EvidenceFacts, Reprogramming>,
  date: PlainDate,
): Reprogramming | undefined {
  return task.reprogramaciones.findLast((reprogramming) => reprogramming.decision <= date);
}

/**
 * THE rule for which programmed date a cut-off reads: the date in force on the cut-off's day,
 * the one of the last reprogramming decided on or before it, else the original date. A
 * decision taken after a cut-off cannot take a task out of that cut-off's figures, nor put it in.
 */
export function getProgrammedDate(task: TaskFacts, date: PlainDate): PlainDate {
  return getReprogrammingInForce(task, date)?.fecha ?? task.programada;
}

/** A task is programmed by a cut-off when the date in force then (getProgrammedDate) is on or before it. */
export function isProgrammedBy(task: TaskFacts, cutoff: PlainDate): boolean {
  return getProgrammedDate(task, cutoff) <= cutoff;
}

/**
 * State of a task at a cut-off, first match wins: cumplida (100%), aplazada (its latest
 * evidence says so), vencida (programmed by the cut-off and not done: a task that misses its
 * new date too is overdue again), reprogramada (its date in force was changed and has not come
 * yet), en curso (some progress), sin iniciar.
 */
export function getTaskState(task: TaskFacts, cutoff: PlainDate): TaskState {
  const latest = getLatestEvidence(task, cutoff);
  const execution = latest?.avance ?? 0;
  if (execution === 100) return 'cumplida';
  if (latest?.aplazada) return 'aplazada';
  if (isProgrammedBy(task, cutoff)) return 'vencida';
  if (getReprogrammingInForce(task, cutoff)) return 'reprogramada';
  return execution > 0 ? 'en-curso' : 'sin-iniciar';
}

/** One case of the worked example: the day a reprogramming is decided, and what a cut-off then counts. */
export interface ReprogrammingExampleCase {
  decision: PlainDate;
  programmedDate: PlainDate;
  programmed: boolean;
  state: TaskState;
}

/** The worked example of /como-se-calcula/, computed with the rule itself so the page cannot drift from it. */
export interface ReprogrammingExample {
  original: PlainDate;
  newDate: PlainDate;
  cutoff: PlainDate;
  /** Decided before the cut-off, then after it. */
  cases: [ReprogrammingExampleCase, ReprogrammingExampleCase];
}

/** A product due on 30 June of `year`, without evidence, moved to 30 September: decided on 20 June, or on 5 July. */
export function getReprogrammingExample(year: number): ReprogrammingExample {
  const original = `${year}-06-30`;
  const newDate = `${year}-09-30`;
  const toCase = (decision: PlainDate): ReprogrammingExampleCase => {
    const task: TaskFacts = { programada: original, reprogramaciones: [{ fecha: newDate, decision }], evidence: [] };
    return { decision, programmedDate: getProgrammedDate(task, original), programmed: isProgrammedBy(task, original), state: getTaskState(task, original) };
  };
  return { original, newDate, cutoff: original, cases: [toCase(`${year}-06-20`), toCase(`${year}-07-05`)] };
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
