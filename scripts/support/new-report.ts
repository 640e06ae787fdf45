/**
 * `npm run nuevo -- informe`: closes a period. The period is chosen among those of the plan
 * still without a report, or described when it is new (then it is added to the plan file);
 * the report file records the figures it publishes, and the editor reads what the report
 * will say before anything is written.
 */
import { toCheckWith, toDateCheck, toFieldCheck, toTextAnswer } from '../../src/lib/authoring/answers';
import type { Period, Plan } from '../../src/lib/content/catalog';
import { formatReportPreview, toPlanTextWithPeriod, toReportFile } from '../../src/lib/progress/closing';
import { toMdxText } from '../../src/lib/publishing/escape';
import { getBodyText, readFileData } from '../../src/lib/content/frontmatter';
import { formatDate } from '../../src/lib/i18n/format';
import { t } from '../../src/lib/i18n';
import { toSlug } from '../../src/lib/validation/file-names';
import type { ContentState, NewFile } from '../../src/lib/authoring/scaffold';
import { periodSchema, reportSchema, type PeriodData } from '../../src/lib/content/schemas';
import { choosePlan } from './choose-plan';
import { DialogStop, type Dialog } from './dialog';

const s = t.scaffold;
const NEW_PERIOD = 'nuevo';

/** The cut-off of a new period: a passed day of the plan's year, after its latest cut-off. */
function getCutoffError(plan: Plan, today: string) {
  return (date: string): string | undefined => {
    if (date > today) return s.cutoffInFuture(formatDate(date), formatDate(today));
    if (!date.startsWith(`${plan.anio}-`)) return s.cutoffOutsideYear(plan.anio);
    const last = plan.periods.at(-1);
    return last && date <= last.corte ? s.cutoffNotAfter(last.nombre, formatDate(last.corte)) : undefined;
  };
}

async function askNewPeriod(plan: Plan, content: ContentState, dialog: Dialog, id: string | undefined): Promise<PeriodData> {
  const nombre = await dialog.ask(s.askPeriodName, { flag: 'nombre', validate: toFieldCheck(periodSchema.shape.nombre), example: s.examplePeriodName });
  const periodId =
    id ??
    (await dialog.ask(s.askPeriodId(toSlug(nombre)), {
      flag: 'periodo',
      validate: toCheckWith(toFieldCheck(periodSchema.shape.id), (value) => (plan.periods.some((period) => period.id === value) ? s.periodTaken(value) : undefined)),
      defaultValue: toSlug(nombre),
    }));
  const corte = await dialog.ask(s.askCutoff, {
    flag: 'corte',
    validate: toCheckWith(toDateCheck(periodSchema.shape.corte), getCutoffError(plan, content.today)),
    example: content.today < `${plan.anio}-12-31` ? content.today : `${plan.anio}-12-31`,
  });
  return { id: periodId, nombre, corte };
}

/** A period of the plan without a report and whose cut-off has passed, or a new one. */
async function choosePeriod(plan: Plan, content: ContentState, dialog: Dialog): Promise<{ period: PeriodData; isNew: boolean }> {
  const open = plan.periods.filter((period) => !period.report && period.corte <= content.today);
  const given = dialog.getFlagValue('periodo', toFieldCheck(periodSchema.shape.id));
  if (given !== undefined) {
    const existing = plan.periods.find((period) => period.id === given);
    if (existing?.report) throw new DialogStop(s.periodReported(existing.id, existing.report.file));
    if (existing && existing.corte > content.today) throw new DialogStop(s.periodNotOver(existing.nombre, formatDate(existing.corte)));
    if (existing) return { period: existing, isNew: false };
    return { period: await askNewPeriod(plan, content, dialog, given), isNew: true };
  }
  if (open.length === 0) return { period: await askNewPeriod(plan, content, dialog, undefined), isNew: true };
  const choice = await dialog.choose<Period | typeof NEW_PERIOD>(s.choosePeriod, [...open, NEW_PERIOD], {
    getId: (option) => (option === NEW_PERIOD ? NEW_PERIOD : option.id),
    getLabel: (option) => (option === NEW_PERIOD ? s.newPeriodOption : s.periodOption(option.nombre, option.id, formatDate(option.corte))),
  });
  if (choice !== NEW_PERIOD) return { period: choice, isNew: false };
  return { period: await askNewPeriod(plan, content, dialog, undefined), isNew: true };
}

/**
 * A report file the editor already wrote for this period (validation then asked for its
 * figures, or for its period in the plan file): its title, objective and text are kept.
 */
function getWrittenReport(content: ContentState, path: string): { titulo?: string; objetivo?: string; body: string } | undefined {
  const file = content.files.find((candidate) => candidate.path === `${content.contentDir}/${path}`);
  if (!file) return undefined;
  const data = readFileData(file.path, file.text);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  return { titulo: text(data.titulo), objetivo: text(data.objetivo), body: getBodyText(file.text) };
}

export async function getReportFiles(content: ContentState, dialog: Dialog): Promise<NewFile[]> {
  const plan = await choosePlan(content, dialog);
  const { period, isNew } = await choosePeriod(plan, content, dialog);
  const written = getWrittenReport(content, `informes/${plan.id}/${period.id}.mdx`);
  if (written) dialog.say(s.reportFileKept(`${content.contentDir}/informes/${plan.id}/${period.id}.mdx`));
  const suggestedTitle = written?.titulo ?? s.defaultReportTitle(period.nombre);
  const titulo = await dialog.ask(s.askReportTitle(suggestedTitle), {
    flag: 'titulo',
    validate: toFieldCheck(reportSchema.shape.titulo),
    defaultValue: suggestedTitle,
  });
  const previous = written?.objetivo ?? plan.reportedPeriods.at(-1)?.report.objetivo;
  const objetivo = await dialog.ask(previous ? s.askReportObjectiveAgain : s.askReportObjective, {
    flag: 'objetivo',
    validate: toFieldCheck(reportSchema.shape.objetivo),
    ...(previous ? { defaultValue: previous } : { example: s.exampleReportObjective }),
  });
  const body = written ? written.body : toMdxText((await dialog.ask(s.askReportText, { flag: 'descripcion', validate: toTextAnswer, required: false })) ?? '');
  const files: NewFile[] = [];
  if (isNew) {
    const planPath = `${content.contentDir}/planes/${plan.id}.yaml`;
    const planText = content.files.find((file) => file.path === planPath)?.text ?? '';
    const updated = toPlanTextWithPeriod(planText, period);
    if (updated === undefined) throw new DialogStop(s.periodByHand(planPath, period.id, period.nombre, period.corte));
    files.push({ path: `planes/${plan.id}.yaml`, text: updated });
  }
  const draft = { plan, period, titulo, objetivo, body };
  const report = toReportFile(draft);
  files.push({ path: report.path, text: report.text });
  if (!dialog.getShortfall()) dialog.say(formatReportPreview(draft, report.record).join('\n'));
  return files;
}
