/**
 * Accountability rules that span files and dates: what a plan publishes must be possible
 * (every date inside the range its plan's year allows, no evidence from the future),
 * ordered (cut-offs in sequence), unambiguous (one piece of evidence per task and day),
 * explained (execution that goes down says why) and proven (a task reaches 100% only with
 * a link or document a citizen can open).
 */
import type { Catalog, Evidence, Plan, Task } from '../content/catalog';
import type { PlainDate } from '../content/dates';
import { getYearEnd, getYearStart, toSameDayInYear } from '../content/dates';
import { formatDate } from '../i18n/format';
import { formatFoundValue, type Problem } from './problems';
import { isMissingPublicFile } from './urls';
import { t } from '../i18n';

/**
 * Day and month of the year after a plan until which it still takes evidence, as late
 * evidence: products finished in December are often documented in the first weeks of the
 * next year (an acta signed, a video published), when the II semester's report is also
 * published. A later date is far more often a mistyped year (2201 or 2012 for 2021) than a
 * product recorded that late, so it is refused.
 */
export const LATE_EVIDENCE_UNTIL = '03-31';

/** The last day evidence of a plan of `year` may carry: LATE_EVIDENCE_UNTIL of the next year. */
export function getLateEvidenceDeadline(year: number): PlainDate {
  return `${year + 1}-${LATE_EVIDENCE_UNTIL}`;
}

/** A range of days, both included. */
interface DateRange {
  start: PlainDate;
  end: PlainDate;
}

/** The same day in the plan's year, when it lies in the range (and has come, given `today`): the fix to offer for a mistyped year. */
function getYearFix(date: PlainDate, year: number, range: DateRange, today?: PlainDate): PlainDate | undefined {
  const fixed = toSameDayInYear(date, year);
  if (!fixed || fixed < range.start || fixed > range.end || (today !== undefined && fixed > today)) return undefined;
  return fixed;
}

function checkPeriods(plan: Plan): Problem[] {
  const r = t.integrity.rules;
  const problems: Problem[] = [];
  const year = { start: getYearStart(plan.anio), end: getYearEnd(plan.anio) };
  // Positions are those of the plan file, so the editor finds the period that is wrong.
  plan.periodsAsWritten.forEach((period, index, written) => {
    const field = `periodos › elemento ${index + 1}`;
    const value = formatFoundValue(period.corte);
    if (period.corte < year.start || period.corte > year.end) {
      const detail = r.cutoffOutsideYear(value, plan.anio, formatDate(year.start), formatDate(year.end), getYearFix(period.corte, plan.anio, year));
      problems.push({ file: plan.file, field: `${field} › corte`, detail });
    }
    const previous = written[index - 1];
    if (previous && period.corte <= previous.corte) {
      problems.push({ file: plan.file, field: `${field} › corte`, detail: r.cutoffOutOfOrder(value, previous.corte) });
    }
    // A report is published once its cut-off has passed, and before the plan stops taking evidence.
    const publication = { start: period.corte, end: getLateEvidenceDeadline(plan.anio) };
    if (period.publicacion && (period.publicacion < publication.start || period.publicacion > publication.end)) {
      const fix = getYearFix(period.publicacion, plan.anio, publication);
      problems.push({
        file: plan.file,
        field: `${field} › publicacion`,
        detail: r.publicationOutsideRange(formatFoundValue(period.publicacion), formatDate(publication.start), formatDate(publication.end), fix),
      });
    }
  });
  return problems;
}

function checkProgrammedDate(plan: Plan, task: Task): Problem[] {
  const year = { start: getYearStart(plan.anio), end: getYearEnd(plan.anio) };
  if (task.programada >= year.start && task.programada <= year.end) return [];
  const detail = t.integrity.rules.programmedOutsideYear(
    formatFoundValue(task.programada),
    plan.anio,
    formatDate(year.start),
    formatDate(year.end),
    getYearFix(task.programada, plan.anio, year),
  );
  return [{ file: task.activity.file, field: `tareas › elemento ${task.activity.tasks.indexOf(task) + 1} › programada`, detail }];
}

/**
 * A new date stays in the plan's year: outside it the task would leave every cut-off of the
 * plan. A decision is recorded once taken, never ahead: "as of" pages date themselves by it.
 */
function checkReprogrammings(plan: Plan, task: Task, today: PlainDate): Problem[] {
  const r = t.integrity.rules;
  const year = { start: getYearStart(plan.anio), end: getYearEnd(plan.anio) };
  const field = `tareas › elemento ${task.activity.tasks.indexOf(task) + 1} › reprogramaciones`;
  return task.reprogramaciones.flatMap((reprogramming, index) => [
    ...(reprogramming.fecha < year.start || reprogramming.fecha > year.end
      ? [{ file: task.activity.file, field: `${field} › elemento ${index + 1} › fecha`, detail: r.reprogrammedOutsideYear(formatFoundValue(reprogramming.fecha), plan.anio, formatDate(year.start), formatDate(year.end)) }]
      : []),
    ...(reprogramming.decision > today
      ? [{ file: task.activity.file, field: `${field} › elemento ${index + 1} › decision`, detail: r.futureDecision(formatFoundValue(reprogramming.decision), today) }]
      : []),
  ]);
}

/**
 * Evidence is dated from 1 January of its plan's year to the late-evidence deadline, and
 * never after today. One date gives one problem: a mistyped year is out of range, not "future".
 */
function checkEvidenceDate(plan: Plan, evidence: Evidence, today: PlainDate): Problem[] {
  const r = t.integrity.rules;
  const range = { start: getYearStart(plan.anio), end: getLateEvidenceDeadline(plan.anio) };
  const { fecha } = evidence;
  const value = formatFoundValue(fecha);
  const problem = (detail: string, severity?: Problem['severity']): Problem[] => [
    { file: evidence.file, field: 'fecha', detail, ...(severity ? { severity } : {}) },
  ];
  if (fecha < range.start || fecha > range.end) {
    const toDetail = fecha < range.start ? r.evidenceBeforePlan : r.evidenceTooLate;
    return problem(toDetail(value, plan.anio, formatDate(range.start), formatDate(range.end), getYearFix(fecha, plan.anio, range, today)));
  }
  if (fecha > today) return problem(r.futureEvidence(value, today));
  // Late evidence is real (a product done after the year); it closes the plan, so it is pointed out.
  if (fecha > getYearEnd(plan.anio)) return problem(r.evidenceAfterPlan(value, plan.anio, formatDate(range.end)), 'warning');
  return [];
}

/**
 * Two pieces of evidence of one task on one day leave the task's state that day to the
 * order files happen to be read in. Neither file is more wrong than the other, and an
 * editor sees the problems of the files they changed: each one is told about the others.
 */
function checkSameDay(task: Task, evidence: Evidence, sameDay: ReadonlyMap<PlainDate, readonly Evidence[]>): Problem[] {
  const others = (sameDay.get(evidence.fecha) ?? []).filter((other) => other !== evidence);
  if (others.length === 0) return [];
  const detail = t.integrity.rules.sameDayEvidence(formatFoundValue(task.id), formatDate(evidence.fecha), others.map((other) => other.file));
  return [{ file: evidence.file, field: 'fecha', detail }];
}

/**
 * `publicFiles`, when given, holds the paths of the files in public/ (`/documentos/acta.pdf`):
 * a link to a file that is not there is an error, caught before citizens find it broken.
 */
export function checkIntegrity(catalog: Catalog, today: PlainDate, publicFiles?: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const r = t.integrity.rules;
  for (const plan of catalog.plans) {
    problems.push(...checkPeriods(plan));
    for (const { report, corte } of plan.reportedPeriods) {
      if (corte > today) problems.push({ file: report.file, field: 'periodo', detail: r.reportBeforeCutoff(formatFoundValue(report.period.id), formatDate(corte), formatDate(today)) });
    }
    for (const task of plan.tasks) {
      problems.push(...checkProgrammedDate(plan, task), ...checkReprogrammings(plan, task, today));
      // Grouped once and proven as it goes: a task with thousands of pieces of evidence stays linear.
      const sameDay = Map.groupBy(task.evidence, (evidence) => evidence.fecha);
      let proven = false;
      task.evidence.forEach((evidence, index) => {
        problems.push(...checkEvidenceDate(plan, evidence, today), ...checkSameDay(task, evidence, sameDay));
        if (task.ejemplo) {
          problems.push({ file: evidence.file, field: 'tarea', severity: 'warning', detail: r.evidenceOnExample(formatFoundValue(task.id), task.activity.file) });
        }
        evidence.enlaces.forEach((link, position) => {
          if (isMissingPublicFile(link.url, publicFiles)) {
            problems.push({
              file: evidence.file,
              field: `enlaces › elemento ${position + 1} › url`,
              detail: r.missingPublicFile(formatFoundValue(link.url)),
            });
          }
        });
        proven ||= evidence.enlaces.length > 0;
        if (evidence.avance === 100 && !proven) {
          problems.push({ file: evidence.file, field: 'avance', detail: r.completeWithoutProof });
        }
        const previous = task.evidence[index - 1];
        if (previous && evidence.avance < previous.avance && !evidence.nota) {
          problems.push({
            file: evidence.file,
            field: 'avance',
            detail: r.executionWentDown(evidence.avance, previous.avance, previous.file),
          });
        }
      });
    }
  }
  return problems;
}
