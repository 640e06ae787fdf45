/**
 * `npm run nuevo -- evidencia`: what was done in a task, on which date, how far the task
 * got, and the links that prove it. Questions follow the rules validation applies to the
 * file, so that the file is valid when the last answer is given: a date neither future nor
 * before the plan, a note when the task is postponed or its execution goes down, a link
 * when it reaches 100.
 */
import { toCheckWith, toDateCheck, toFieldCheck, toFlagGroups, toNumberInput, toTextAnswer, type AnswerCheck } from '../../src/lib/authoring/answers';
import { formatDate } from '../../src/lib/i18n/format';
import { t } from '../../src/lib/i18n';
import { getLinkKind } from '../../src/lib/content/link-kind';
import {
  formatTaskOption,
  getFieldErrors,
  getFreePath,
  getPreviousEvidence,
  getReportedPeriodOf,
  getSuggestedDate,
  isProofMissing,
  toEvidenceFile,
  type ContentState,
  type EvidenceDraft,
  type NewFile,
} from '../../src/lib/authoring/scaffold';
import { evidenceSchema, linkSchema, type LinkData } from '../../src/lib/content/schemas';
import type { Dialog } from './dialog';
import { choosePlan } from './choose-plan';

const s = t.scaffold;
const fields = evidenceSchema.shape;

/** The first error validation finds in `field` of the evidence file `draft` would make. */
function getDraftError(content: ContentState, draft: EvidenceDraft, field: string): string | undefined {
  const file = toEvidenceFile(draft);
  return getFieldErrors(content, { ...file, path: getFreePath(content, file.path) }, field)[0];
}

async function askLinks(content: ContentState, dialog: Dialog, draft: EvidenceDraft, proofNeeded: boolean): Promise<LinkData[]> {
  const links: LinkData[] = [];
  const checkUrl = (position: number): AnswerCheck<string> =>
    toCheckWith(toFieldCheck(linkSchema.shape.url), (url) =>
      getDraftError(content, { ...draft, enlaces: [...links, { url, texto: '-', tipo: 'web' }] }, `enlaces › elemento ${position} › url`),
    );
  const checkKind = toFieldCheck(linkSchema.shape.tipo);
  // Links given as options are the whole list; without them, the editor adds links until Enter.
  const grouping = toFlagGroups(dialog.flags, 'enlace', ['texto-enlace', 'tipo']);
  if ('error' in grouping) {
    dialog.refuse(grouping.error);
    return links;
  }
  const fromFlags = grouping.groups.length > 0;
  for (let index = 0; !fromFlags || index < grouping.groups.length; index += 1) {
    const linkDialog = fromFlags ? dialog.withFlags([...grouping.groups[index]!].map(([name, value]) => ({ name, value }))) : dialog;
    const required = proofNeeded && links.length === 0;
    const url = await linkDialog.ask(required ? s.askProofUrl : links.length === 0 ? s.askLinkUrl : s.askAnotherLink, {
      flag: 'enlace',
      validate: checkUrl(links.length + 1),
      required,
      requiredReason: s.proofRequired,
      example: s.exampleUrl,
    });
    if (url === undefined) {
      if (fromFlags) continue;
      return links;
    }
    const texto = await linkDialog.ask(s.askLinkText, { flag: 'texto-enlace', validate: toFieldCheck(linkSchema.shape.texto), example: s.exampleLinkText });
    const inferred = getLinkKind(url);
    const tipo = fromFlags
      ? (linkDialog.getFlagValue('tipo', checkKind) ?? inferred)
      : await linkDialog.ask(s.askLinkKind(inferred), { flag: 'tipo', validate: checkKind, defaultValue: inferred });
    links.push({ url, texto, tipo });
  }
  return links;
}

export async function getEvidenceFiles(content: ContentState, dialog: Dialog): Promise<NewFile[]> {
  const plan = await choosePlan(content, dialog);
  const task = await dialog.choose(s.chooseTask, plan.tasks, { flag: 'tarea', getId: (task) => task.id, getLabel: (task) => formatTaskOption(task, content.today) });
  const draft: EvidenceDraft = { plan: plan.id, tarea: task.id, fecha: content.today, avance: 0, enlaces: [], texto: '-' };

  const suggested = getSuggestedDate(plan, content.today);
  draft.fecha = await dialog.ask(
    suggested.reason === 'cutoff'
      ? s.askDateAtCutoff(suggested.date, suggested.period.nombre)
      : suggested.reason === 'planEnd'
        ? s.askDatePlanEnd(suggested.date, plan.anio)
        : s.askDateToday(suggested.date),
    {
      flag: 'fecha',
      validate: toCheckWith(toDateCheck(fields.fecha), (fecha) => getDraftError(content, { ...draft, fecha }, 'fecha')),
      defaultValue: suggested.date,
    },
  );
  const reported = getReportedPeriodOf(plan, draft.fecha);
  if (reported) dialog.say(s.reportedPeriod(reported.nombre, formatDate(reported.corte)));

  const previous = getPreviousEvidence(task, draft.fecha);
  draft.avance = await dialog.ask(previous ? s.askPercentAfter(formatDate(previous.fecha), previous.avance) : s.askPercent, {
    flag: 'avance',
    validate: toFieldCheck(fields.avance, toNumberInput),
    example: '100',
  });

  const checkNote = toFieldCheck(fields.nota);
  // A task at 100 is rarely postponed: the question is skipped, but the option is honoured.
  draft.aplazada = (draft.avance < 100 || dialog.hasFlag('aplazada')) && (await dialog.confirm(s.askPostponed, { flag: 'aplazada' }));
  const wentDown = previous !== undefined && draft.avance < previous.avance;
  draft.nota =
    draft.aplazada || wentDown
      ? await dialog.ask(draft.aplazada ? s.askPostponedNote : s.askLowerNote(draft.avance, previous!.avance), {
          flag: 'nota',
          validate: checkNote,
          requiredReason: draft.aplazada ? s.notePostponed : s.noteLower,
          example: draft.aplazada ? s.exampleNote : s.exampleLowerNote,
        })
      : dialog.getFlagValue('nota', checkNote);

  draft.enlaces = await askLinks(content, dialog, draft, draft.avance === 100 && isProofMissing(task, draft.fecha));
  draft.texto = await dialog.ask(s.askEvidenceText, {
    flag: 'descripcion',
    validate: toTextAnswer,
    example: s.exampleEvidenceText,
  });
  const file = toEvidenceFile(draft);
  return [{ ...file, path: getFreePath(content, file.path) }];
}
