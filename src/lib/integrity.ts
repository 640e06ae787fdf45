/**
 * Accountability rules that span files and dates: what a plan publishes must be possible
 * (no evidence from the future, none from before the plan's year), ordered (cut-offs in
 * sequence, inside the plan's year), and explained (execution that goes down says why).
 */
import type { Catalog } from './catalog';
import type { PlainDate } from './dates';
import { getYear } from './dates';
import { formatFoundValue, type Problem } from './problems';
import { t } from './i18n';

export function checkIntegrity(catalog: Catalog, today: PlainDate): Problem[] {
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
    for (const task of plan.tasks) {
      task.evidence.forEach((evidence, index) => {
        if (evidence.fecha > today) {
          problems.push({ file: evidence.file, field: 'fecha', detail: r.futureEvidence(formatFoundValue(evidence.fecha), today) });
        }
        if (getYear(evidence.fecha) < plan.anio) {
          problems.push({ file: evidence.file, field: 'fecha', detail: r.evidenceBeforePlan(formatFoundValue(evidence.fecha), plan.anio) });
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
