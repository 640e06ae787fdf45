import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { formatDate } from '../i18n/format';
import { t } from '../i18n';
import { checkIntegrity, getLateEvidenceDeadline } from './integrity';
import { formatProblem, type Problem } from './problems';
import type { EvidenceData, PeriodData, ReprogrammingData } from '../content/schemas';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toTask } from '../testing/test-fixtures';

const TODAY = '2021-07-15';
const LINK = [{ url: 'https://www.example.gov.co/acta', texto: 'Acta', tipo: 'documento' as const }];

function getProblems(
  evidence: ReturnType<typeof toEvidenceEntry>[],
  today = TODAY,
  options: { programada?: string; periodos?: PeriodData[]; reprogramaciones?: ReprogrammingData[] } = {},
): Problem[] {
  const { catalog, problems } = toCatalog(
    toCatalogInput({
      plans: [toPlanEntry('2021', options.periodos ? { periodos: options.periodos } : {})],
      activities: [toActivityEntry('video', { tareas: [toTask('video', options.programada ?? '2021-06-30', { reprogramaciones: options.reprogramaciones ?? [] }), toTask('acta', '2021-09-30')] })],
      evidence,
    }),
  );
  expect(problems).toEqual([]);
  return checkIntegrity(catalog, today);
}

function getLines(...args: Parameters<typeof getProblems>): string[] {
  return getProblems(...args).map((problem) => `${problem.severity ?? 'error'}: ${formatProblem(problem)}`);
}

const piece = (name: string, data: Partial<EvidenceData> & Pick<EvidenceData, 'fecha'>) =>
  toEvidenceEntry(name, { tarea: 'video', avance: 50, ...data });

describe('the dates a plan allows', () => {
  test('gives evidence until 31 March of the year after the plan', () => {
    expect(getLateEvidenceDeadline(2021)).toBe('2022-03-31');
  });

  test('refuses evidence dated 2201 in a 2021 plan, naming the range allowed and the date probably meant', () => {
    expect(getLines([piece('typo', { fecha: '2201-06-30' })])).toEqual([
      'error: content/evidencias/2021/typo.mdx, campo `fecha`: "2201-06-30" no es válido: la fecha debe estar entre el 1 de enero de 2021 y el 31 de marzo de 2022. Un plan cubre su año, 2021, y recibe evidencia tardía solo hasta el 31 de marzo de 2022; una fecha posterior casi siempre es un error al escribir el año. ¿Quiso escribir 2021-06-30? Si la evidencia es de otro plan, muévala a la carpeta de ese plan.',
    ]);
  });

  test('refuses evidence dated after the grace period even once that day has passed', () => {
    const lines = getLines([piece('tarde', { fecha: '2022-04-01' })], '2023-01-10');
    expect(lines).toEqual([expect.stringContaining('"2022-04-01" no es válido: la fecha debe estar entre el 1 de enero de 2021 y el 31 de marzo de 2022.')]);
    expect(lines[0]).toContain('¿Quiso escribir 2021-04-01?');
  });

  test('accepts evidence until the last day of the grace period, warning that it counts as late evidence', () => {
    expect(getLines([piece('tardia', { fecha: '2022-03-31' })], '2022-04-15')).toEqual([
      'warning: content/evidencias/2021/tardia.mdx, campo `fecha`: "2022-03-31" es posterior al año del plan (2021). Se publica como evidencia tardía (el plan la recibe hasta el 31 de marzo de 2022): no cambia las cifras del plan, que queda cerrado el 31 de diciembre de 2021. Si la fecha está mal, corríjala; si la evidencia es de otro plan, muévala a la carpeta de ese plan.',
    ]);
  });

  test('refuses evidence before the plan year, naming the range and suggesting the plan year only when that day has come', () => {
    expect(getLines([piece('antes', { fecha: '2011-06-30' })])).toEqual([
      'error: content/evidencias/2021/antes.mdx, campo `fecha`: "2011-06-30" no es válido: la evidencia no puede ser anterior al año del plan, 2021. La fecha debe estar entre el 1 de enero de 2021 y el 31 de marzo de 2022. ¿Quiso escribir 2021-06-30? Si la evidencia es de otro plan, muévala a la carpeta de ese plan.',
    ]);
    expect(getLines([piece('antes', { fecha: '2020-12-29' })])[0]).not.toContain('¿Quiso escribir');
  });

  test('says a date in the plan range that has not come yet is in the future, once', () => {
    expect(getLines([piece('futura', { fecha: '2021-12-01' })])).toEqual([
      'error: content/evidencias/2021/futura.mdx, campo `fecha`: "2021-12-01" no es válido: la evidencia no puede tener una fecha futura (hoy es 2021-07-15).',
    ]);
    expect(getLines([piece('futura', { fecha: '2022-01-20' })], '2022-01-10')).toEqual([expect.stringContaining('no puede tener una fecha futura')]);
  });

  test('refuses a task programmed outside the plan year, naming the range and what to do with a postponed task', () => {
    expect(getLines([], TODAY, { programada: '2201-06-30' })).toEqual([
      'error: content/actividades/2021/video.mdx, campo `tareas › elemento 1 › programada`: "2201-06-30" no es válido: la fecha programada de una tarea debe caer en el año del plan, 2021; es decir, entre el 1 de enero de 2021 y el 31 de diciembre de 2021. ¿Quiso escribir 2021-06-30? Si la entidad decidió otra fecha, deje la fecha programada como estaba y agregue la nueva en reprogramaciones; si la tarea se aplazó sin nueva fecha, registre una evidencia con aplazada: true y una nota que diga por qué.',
    ]);
    expect(getLines([], TODAY, { programada: '2021-12-31' })).toEqual([]);
  });

  test('refuses a reprogramming to a date outside the plan year, which would take the task out of every cut-off', () => {
    const reprogramaciones = [{ fecha: '2022-02-28', decision: '2021-07-01', motivo: 'Falta presupuesto.' }];
    expect(getLines([], TODAY, { reprogramaciones })).toEqual([
      'error: content/actividades/2021/video.mdx, campo `tareas › elemento 1 › reprogramaciones › elemento 1 › fecha`: "2022-02-28" no es válido: la nueva fecha de una tarea también debe caer en el año del plan, 2021; es decir, entre el 1 de enero de 2021 y el 31 de diciembre de 2021. Una fecha fuera del año sacaría la tarea de todos los cortes del plan. Si la tarea no se hará este año, borre esta reprogramación y registre una evidencia con aplazada: true y una nota que diga por qué.',
    ]);
  });

  test('refuses a reprogramming decided in the future', () => {
    const reprogramaciones = [{ fecha: '2021-09-30', decision: '2021-07-20', motivo: 'Se decidirá en el comité.' }];
    expect(getLines([], TODAY, { reprogramaciones })).toEqual([
      'error: content/actividades/2021/video.mdx, campo `tareas › elemento 1 › reprogramaciones › elemento 1 › decision`: "2021-07-20" no es válido: la decisión de reprogramar no puede tener una fecha futura (hoy es 2021-07-15). Registre la reprogramación el día en que se decida.',
    ]);
    expect(getLines([], '2021-07-20', { reprogramaciones })).toEqual([]);
  });

  test('refuses a cut-off outside the plan year, naming the range', () => {
    const periodos = [{ id: 'i-semestre', nombre: 'I semestre', corte: '2201-06-30' }];
    expect(getLines([], TODAY, { periodos })).toEqual([
      'error: content/planes/2021.yaml, campo `periodos › elemento 1 › corte`: "2201-06-30" no es válido: el corte debe caer en el año del plan, 2021; es decir, la fecha debe estar entre el 1 de enero de 2021 y el 31 de diciembre de 2021. ¿Quiso escribir 2021-06-30?',
    ]);
  });

  test('refuses a publication date before its cut-off or after the grace period, naming the range', () => {
    const period = (publicacion: string) => [{ id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30', publicacion }];
    expect(getLines([], TODAY, { periodos: period('2021-06-29') })).toEqual([
      'error: content/planes/2021.yaml, campo `periodos › elemento 1 › publicacion`: "2021-06-29" no es válido: el informe de un periodo se publica en su corte o después, y a más tardar el 31 de marzo de 2022, cuando el plan deja de recibir evidencia tardía. La fecha de publicación debe estar entre el 30 de junio de 2021 y el 31 de marzo de 2022.',
    ]);
    expect(getLines([], TODAY, { periodos: period('2201-07-15') })).toEqual([expect.stringMatching(/"2201-07-15" no es válido: .* ¿Quiso escribir 2021-07-15\?$/)]);
    expect(getLines([], TODAY, { periodos: period('2021-06-30') })).toEqual([]);
    expect(getLines([], TODAY, { periodos: period('2022-03-31') })).toEqual([]);
  });

  test('is the grace period the method page explains to citizens', () => {
    const deadline = formatDate(getLateEvidenceDeadline(2021)).replace(/ de 2022$/, '');
    expect(t.ui.method.closedRule('31 de diciembre de 2021')).toContain(`hasta el ${deadline} del año siguiente`);
  });
});

describe('one piece of evidence per task and day', () => {
  test('refuses two pieces of evidence of a task on the same day, on each file, naming the other and asking to join them', () => {
    const lines = getLines([
      piece('2021-06-30-video', { fecha: '2021-06-30', enlaces: LINK }),
      piece('2021-06-30-video-2', { fecha: '2021-06-30', aplazada: true, nota: 'Se aplazó.' }),
    ]);
    const message = (other: string) =>
      `la tarea "video" tiene otra evidencia del mismo día, el 30 de junio de 2021, en ${other}. Cada tarea lleva una sola evidencia por día: con dos, no se sabría cuál dice cómo quedó la tarea ese día. Junte las dos en un solo archivo (el avance que se alcanzó ese día, todos los enlaces y el texto de las dos) y borre el otro; si una de ellas es de otro día, corrija su fecha.`;
    expect(lines).toEqual([
      `error: content/evidencias/2021/2021-06-30-video-2.mdx, campo \`fecha\`: ${message('content/evidencias/2021/2021-06-30-video.mdx')}`,
      `error: content/evidencias/2021/2021-06-30-video.mdx, campo \`fecha\`: ${message('content/evidencias/2021/2021-06-30-video-2.mdx')}`,
    ]);
  });

  test('names every other file when a task has more than two pieces of evidence on one day', () => {
    const lines = getLines(['a', 'b', 'c'].map((name) => piece(name, { fecha: '2021-06-30' })));
    expect(lines[0]).toContain('tiene otras 2 evidencias del mismo día, el 30 de junio de 2021, en content/evidencias/2021/b.mdx y content/evidencias/2021/c.mdx.');
    expect(lines[0]).toContain('Júntelas en un solo archivo');
  });

  test('accepts evidence of two tasks on the same day, and of one task on two days', () => {
    expect(
      getLines([
        piece('a', { fecha: '2021-06-30' }),
        piece('b', { fecha: '2021-06-30', tarea: 'acta' }),
        piece('c', { fecha: '2021-07-01', avance: 60 }),
      ]),
    ).toEqual([]);
  });
});

describe('a task with thousands of pieces of evidence', () => {
  test('is checked in bounded time, and a message names at most five other files', () => {
    const evidence = Array.from({ length: 6000 }, (_, index) =>
      toEvidenceEntry(`dia-${index}`, { tarea: 'video', fecha: `2021-0${1 + (index % 6)}-1${index % 9}`, avance: 10, enlaces: LINK }),
    );
    const started = performance.now();
    const problems = getProblems(evidence);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(problems[0]?.detail).toMatch(/ y \d+ más\. Cada tarea lleva una sola evidencia por día/);
  });
});
