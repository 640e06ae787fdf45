/**
 * Accountability rules that span files and dates: what a plan publishes must be possible
 * (no evidence from the future, none from before the plan's year), ordered (cut-offs in
 * sequence, inside the plan's year), explained (execution that goes down says why) and
 * proven (a task reaches 100% only with a link or document a citizen can open).
 */
import type { Catalog } from './catalog';
import type { PlainDate } from './dates';
import { getYear } from './dates';
import { formatFoundValue, type Problem } from './problems';
import { isMissingPublicFile } from './urls';
import { t } from './i18n';

/**
 * `publicFiles`, when given, holds the paths of the files in public/ (`/documentos/acta.pdf`):
 * a link to a file that is not there is an error, caught before citizens find it broken.
 */
export function checkIntegrity(catalog: Catalog, today: PlainDate, publicFiles?: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const r = t.integrity.rules;
  for (const plan of catalog.plans) {
    // Positions are those of the plan file, so the editor finds the period that is wrong.
    plan.periodsAsWritten.forEach((period, index, written) => {
      const field = `periodos › elemento ${index + 1} › corte`;
      const value = formatFoundValue(period.corte);
      if (getYear(period.corte) !== plan.anio) {
        problems.push({ file: plan.file, field, detail: r.cutoffOutsideYear(value, plan.anio) });
      }
      const previous = written[index - 1];
      if (previous && period.corte <= previous.corte) {
        problems.push({ file: plan.file, field, detail: r.cutoffOutOfOrder(value, previous.corte) });
      }
    });
    for (const { report, corte } of plan.reportedPeriods) {
      if (corte > today) problems.push({ file: report.file, field: 'periodo', detail: r.reportBeforeCutoff(formatFoundValue(report.period.id), corte, today) });
    }
    for (const task of plan.tasks) {
      task.evidence.forEach((evidence, index) => {
        if (evidence.fecha > today) {
          problems.push({ file: evidence.file, field: 'fecha', detail: r.futureEvidence(formatFoundValue(evidence.fecha), today) });
        }
        if (getYear(evidence.fecha) < plan.anio) {
          problems.push({ file: evidence.file, field: 'fecha', detail: r.evidenceBeforePlan(formatFoundValue(evidence.fecha), plan.anio) });
        }
        // Late evidence is real (a product done after the year); it closes the plan, so it is pointed out.
        if (getYear(evidence.fecha) > plan.anio) {
          problems.push({ file: evidence.file, field: 'fecha', severity: 'warning', detail: r.evidenceAfterPlan(formatFoundValue(evidence.fecha), plan.anio) });
        }
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
        const proven = task.evidence.slice(0, index + 1).some((earlier) => earlier.enlaces.length > 0);
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
