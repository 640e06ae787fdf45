/**
 * What citizens said and what the entity answered: the participation results recorded on
 * evidence (`participacion`), added up per activity, per component and per period. Unlike the
 * execution figures, these sums are not frozen in a report's record: they read the evidence
 * as the content has it today, each piece in the period its date falls in.
 */
import type { Activity, Component, Evidence, Plan, ReportedPeriod } from '../content/catalog';
import { compareDates, type PlainDate } from '../content/dates';
import type { ParticipationData } from '../content/schemas';
import { formatNumber, formatPercent } from '../i18n/format';
import { t } from '../i18n';
import { toTruncatedPercent } from './progress';

/** What the sums need from a piece of evidence. */
export interface ParticipationFacts {
  fecha: PlainDate;
  participacion?: ParticipationData | undefined;
}

/** The participation results of a set of evidence. */
export interface ParticipationTotals {
  /** Pieces of evidence that record any result. */
  records: number;
  /** People who took part, over the evidence that counted them; null when none did. */
  people: number | null;
  /** Grupos de valor reached, each once, in the order they were first recorded. */
  groups: string[];
  /** Aportes (contributions) received, over the evidence that counted them; null when none did. */
  received: number | null;
  /** Aportes answered, null with `received`: a record that counts those received without `respondidos` answered none. */
  answered: number | null;
  /** answered ÷ received as a whole percentage, truncated; null when nothing was received. */
  answeredShare: number | null;
}

/** An empty `participacion` (as a form may leave it) records nothing. */
export function hasParticipation(participation: ParticipationData | undefined): participation is ParticipationData {
  return participation !== undefined && (participation.personas !== undefined || participation.aportes !== undefined || participation.grupos.length > 0);
}

/** Contributions a record answered: none when it gives those received without `respondidos`; null when it gives none received. */
export function getAnswered(participation: ParticipationData | undefined): number | null {
  return participation?.aportes === undefined ? null : (participation.respondidos ?? 0);
}

/** The sum of the counts given; null when none is: an uncounted figure is not a zero. */
function toSum(counts: readonly (number | null | undefined)[]): number | null {
  const given = counts.filter((count): count is number => typeof count === 'number');
  return given.length === 0 ? null : given.reduce((sum, count) => sum + count, 0);
}

/** The one place where participation results are added up. */
export function toParticipationTotals(evidence: readonly ParticipationFacts[]): ParticipationTotals {
  const recorded = evidence.map((item) => item.participacion).filter(hasParticipation);
  const received = toSum(recorded.map((item) => item.aportes));
  const answered = received === null ? null : (toSum(recorded.map(getAnswered)) ?? 0);
  return {
    records: recorded.length,
    people: toSum(recorded.map((item) => item.personas)),
    groups: [...new Set(recorded.flatMap((item) => item.grupos))],
    received,
    answered,
    answeredShare: received === null ? null : toTruncatedPercent(answered ?? 0, received),
  };
}

/** Totals in sentences, figure first: people (when counted), contributions received and answered, grupos de valor reached. */
export function formatParticipation(totals: ParticipationTotals): string[] {
  const p = t.ui.participation;
  const { people, received, answered, answeredShare, groups } = totals;
  return [
    ...(people === null ? [] : [p.people(people, formatNumber(people))]),
    ...(received === null ? [] : [p.contributions(received, formatNumber(received), answered ?? 0, formatNumber(answered ?? 0), formatPercent(answeredShare ?? 0))]),
    ...(groups.length === 0 ? [] : [p.groups(groups, formatNumber(groups.length))]),
  ];
}

function getRecordedEvidence(tasks: readonly { evidence: readonly Evidence[] }[]): Evidence[] {
  return tasks.flatMap((task) => task.evidence).filter((evidence) => hasParticipation(evidence.participacion));
}

/** One piece of evidence with the results it records. */
export interface ParticipationRecord {
  evidence: Evidence;
  totals: ParticipationTotals;
}

export interface ActivityParticipation {
  totals: ParticipationTotals;
  /** The evidence that records results, oldest first. */
  records: ParticipationRecord[];
}

/** The results of an activity, undefined when none of its evidence records any: its page then says nothing of them. */
export function getActivityParticipation(activity: Activity): ActivityParticipation | undefined {
  const evidence = getRecordedEvidence(activity.tasks).sort((a, b) => compareDates(a.fecha, b.fecha));
  if (evidence.length === 0) return undefined;
  return { totals: toParticipationTotals(evidence), records: evidence.map((item) => ({ evidence: item, totals: toParticipationTotals([item]) })) };
}

/**
 * The evidence dated in one period: after the previous published cut-off and on or before
 * this one. `period` is undefined for the evidence after the last published cut-off (all of
 * it while the plan has no report); `after` is then that cut-off.
 */
export interface ParticipationPeriod {
  period: ReportedPeriod | undefined;
  after: PlainDate | undefined;
  totals: ParticipationTotals;
}

export interface PlanParticipation {
  totals: ParticipationTotals;
  /** Every component of the plan, in its order. */
  components: { component: Component; totals: ParticipationTotals }[];
  /** Every reported period, oldest first, then the evidence after the last cut-off when there is any. */
  periods: ParticipationPeriod[];
}

/** The results of a plan, per component and per period. */
export function getPlanParticipation(plan: Plan): PlanParticipation {
  const evidence = getRecordedEvidence(plan.tasks);
  const inRange = (after: PlainDate | undefined, until: PlainDate | undefined) =>
    evidence.filter((item) => (after === undefined || item.fecha > after) && (until === undefined || item.fecha <= until));
  const periods: ParticipationPeriod[] = plan.reportedPeriods.map((period, index) => {
    const after = plan.reportedPeriods[index - 1]?.corte;
    return { period, after, totals: toParticipationTotals(inRange(after, period.corte)) };
  });
  const last = plan.reportedPeriods.at(-1)?.corte;
  const later = inRange(last, undefined);
  return {
    totals: toParticipationTotals(evidence),
    components: plan.components.map((component) => ({ component, totals: toParticipationTotals(getRecordedEvidence(component.tasks)) })),
    periods: later.length > 0 ? [...periods, { period: undefined, after: last, totals: toParticipationTotals(later) }] : periods,
  };
}
