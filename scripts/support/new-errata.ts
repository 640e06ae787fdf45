/**
 * `npm run nuevo -- errata`: corrects a published report whose figures the content no longer
 * gives (an evidence dated before its cut-off, a product moved or removed). It shows what the
 * correction changes, asks why, and adds the dated correction (fe de erratas) to the report file.
 */
import { toCheckWith, toDateCheck, toFieldCheck } from '../../src/lib/authoring/answers';
import type { ReportedPeriod } from '../../src/lib/content/catalog';
import { toReportTextWithErrata } from '../../src/lib/progress/closing';
import { formatDate } from '../../src/lib/i18n/format';
import { t } from '../../src/lib/i18n';
import {
  applyErrata,
  formatFigureChange,
  formatProductCorrection,
  getCorrectedRecord,
  getPendingCorrections,
  getRecordSummary,
} from '../../src/lib/progress/published';
import type { ContentState, NewFile } from '../../src/lib/authoring/scaffold';
import { errataSchema } from '../../src/lib/content/schemas';
import { choosePlan } from './choose-plan';
import { DialogStop, type Dialog } from './dialog';

const s = t.scaffold;

/** What the correction will say, in the words of the report page's fe de erratas. */
function formatChanges(period: ReportedPeriod, errata: Parameters<typeof applyErrata>[1]): string[] {
  const before = getCorrectedRecord(period.report)!;
  const after = applyErrata(before, errata);
  const [old, now] = [getRecordSummary(before), getRecordSummary(after)];
  const tasks = new Map(period.plan.tasks.map((task) => [task.id, task]));
  return [
    ...[
      { figure: 'ejecucion' as const, before: old.execution, after: now.execution },
      { figure: 'avance' as const, before: old.progress, after: now.progress },
    ]
      .filter((change) => change.before !== change.after)
      .map(formatFigureChange),
    ...Object.keys(errata.productos).flatMap((id) =>
      formatProductCorrection({ id, task: tasks.get(id), before: before.get(id), after: after.get(id) }, period.plan),
    ),
  ];
}

export async function getErrataFiles(content: ContentState, dialog: Dialog): Promise<NewFile[]> {
  const plan = await choosePlan(content, dialog);
  const pending = plan.reportedPeriods.filter((period) => getPendingCorrections(period).size > 0);
  if (pending.length === 0) throw new DialogStop(s.nothingToCorrect(plan.titulo));
  const period = await dialog.choose(s.chooseReport, pending, {
    flag: 'periodo',
    getId: (option) => option.id,
    getLabel: (option) => s.periodOption(option.report.titulo, option.id, formatDate(option.corte)),
  });
  const productos = Object.fromEntries(getPendingCorrections(period));
  dialog.say([s.errataChanges(period.report.titulo), ...formatChanges(period, { fecha: content.today, motivo: '', productos }).map((line) => `  - ${line}`)].join('\n'));
  const motivo = await dialog.ask(s.askErrataReason, { flag: 'motivo', validate: toFieldCheck(errataSchema.shape.motivo), example: s.exampleErrataReason });
  const fecha = await dialog.ask(s.askErrataDate(content.today), {
    flag: 'fecha',
    validate: toCheckWith(toDateCheck(errataSchema.shape.fecha), (date) =>
      date < period.corte ? s.errataBeforeCutoff(formatDate(period.corte)) : date > content.today ? s.errataInFuture(formatDate(content.today)) : undefined,
    ),
    defaultValue: content.today,
  });
  const text = content.files.find((file) => file.path === period.report.file)?.text ?? '';
  const updated = toReportTextWithErrata(text, { fecha, motivo, productos });
  if (updated === undefined) throw new DialogStop(s.errataByHand(period.report.file));
  return [{ path: period.report.file.slice(content.contentDir.length + 1), text: updated }];
}
