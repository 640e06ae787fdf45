import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { evidenceSchema } from '../content/schemas';
import { formatPercent } from '../i18n/format';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from '../testing/test-fixtures';
import { formatParticipation, getActivityParticipation, getPlanParticipation, hasParticipation, toParticipationTotals } from './participation';

const twoPeriods = {
  periodos: [
    { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
    { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
  ],
};

const GROUPS = ['Alcaldías', 'Gobernaciones', 'Ciudadanía'];

function getPlan(reports = [toReportEntry('i-semestre')]) {
  const { catalog, problems } = toCatalog(
    toCatalogInput({
      plans: [toPlanEntry('2021', twoPeriods)],
      activities: [
        toActivityEntry('foros', { orden: 1, grupos: GROUPS, tareas: [toTask('foro-1', '2021-05-31'), toTask('foro-2', '2021-09-30')] }),
        toActivityEntry('encuesta', { orden: 2, componente: 'seguimiento', grupos: ['Ciudadanía'], tareas: [toTask('encuesta', '2021-11-30')] }),
      ],
      evidence: [
        toEvidenceEntry('1', { tarea: 'foro-1', fecha: '2021-05-20', avance: 100, participacion: { personas: 40, grupos: ['Alcaldías'], aportes: 10, respondidos: 10 } }),
        toEvidenceEntry('2', { tarea: 'foro-2', fecha: '2021-09-15', avance: 100, participacion: { personas: 25, grupos: ['Gobernaciones', 'Alcaldías'], aportes: 6, respondidos: 2 } }),
        toEvidenceEntry('3', { tarea: 'encuesta', fecha: '2021-11-10', avance: 50, participacion: { personas: 120, grupos: ['Ciudadanía'], aportes: 14 } }),
        toEvidenceEntry('4', { tarea: 'encuesta', fecha: '2021-11-30', avance: 100 }),
      ],
      reports,
    }),
  );
  expect(problems).toEqual([]);
  return catalog.plans[0]!;
}

describe('participation totals', () => {
  test('add up people, contributions received and answered, and list each grupo de valor once', () => {
    const totals = toParticipationTotals([
      { fecha: '2021-05-20', participacion: { personas: 40, grupos: ['Alcaldías'], aportes: 10, respondidos: 7 } },
      { fecha: '2021-06-20', participacion: { grupos: ['Gobernaciones', 'Alcaldías'], aportes: 5, respondidos: 1 } },
    ]);
    expect(totals).toEqual({ records: 2, people: 40, groups: ['Alcaldías', 'Gobernaciones'], received: 15, answered: 8, answeredShare: 53 });
  });

  test('count a record without respondidos as answering none, and give no share when nothing was received', () => {
    expect(toParticipationTotals([{ fecha: '2021-05-20', participacion: { grupos: [], aportes: 3 } }]).answeredShare).toBe(0);
    expect(toParticipationTotals([{ fecha: '2021-05-20', participacion: { personas: 12, grupos: [] } }]).answeredShare).toBeNull();
  });

  test('give no number of people or of contributions when no evidence counted them, rather than zero', () => {
    expect(toParticipationTotals([{ fecha: '2021-05-20', participacion: { grupos: ['Alcaldías'], aportes: 3 } }]).people).toBeNull();
    expect(toParticipationTotals([{ fecha: '2021-05-20', participacion: { grupos: ['Alcaldías'], personas: 3 } }])).toMatchObject({ received: null, answered: null, answeredShare: null });
  });

  test('ignore evidence without results, and an empty group as a form may leave it', () => {
    expect(hasParticipation({ grupos: [] })).toBe(false);
    expect(toParticipationTotals([{ fecha: '2021-05-20' }, { fecha: '2021-05-21', participacion: { grupos: [] } }]).records).toBe(0);
  });
});

describe('participation in words', () => {
  test('says each figure first, and leaves out people and groups nobody recorded', () => {
    const totals = toParticipationTotals([{ fecha: '2021-05-20', participacion: { personas: 1500, grupos: ['Alcaldías'], aportes: 3, respondidos: 2 } }]);
    expect(formatParticipation(totals)).toEqual([
      '1.500 personas participaron.',
      `3 aportes recibidos; 2 respondidos (${formatPercent(66)}).`,
      '1 grupo de valor alcanzado: Alcaldías.',
    ]);
    expect(formatParticipation(toParticipationTotals([{ fecha: '2021-05-20', participacion: { grupos: [], aportes: 0 } }]))).toEqual(['No se recibieron aportes.']);
    expect(formatParticipation(toParticipationTotals([{ fecha: '2021-05-20', participacion: { grupos: ['Alcaldías'] } }]))).toEqual(['1 grupo de valor alcanzado: Alcaldías.']);
  });
});

describe('an activity\'s participation', () => {
  test('gives its totals and each evidence that records results, oldest first', () => {
    const plan = getPlan();
    const participation = getActivityParticipation(plan.activities[0]!)!;
    expect(participation.totals).toMatchObject({ records: 2, people: 65, received: 16, answered: 12, answeredShare: 75 });
    expect(participation.records.map((record) => [record.evidence.fecha, record.totals.received])).toEqual([
      ['2021-05-20', 10],
      ['2021-09-15', 6],
    ]);
  });

  test('is absent when no evidence of the activity records results', () => {
    const { catalog } = toCatalog(toCatalogInput({ activities: [toActivityEntry('a', { tareas: [toTask('t', '2021-06-30')] })] }));
    expect(getActivityParticipation(catalog.plans[0]!.activities[0]!)).toBeUndefined();
  });
});

describe('a plan\'s participation', () => {
  test('sums every component, including those with nothing recorded', () => {
    const { components, totals } = getPlanParticipation(getPlan());
    expect(components.map(({ component, totals: sums }) => [component.id, sums.received, sums.answered])).toEqual([
      ['dialogo', 16, 12],
      ['seguimiento', 14, 0],
    ]);
    expect(totals).toMatchObject({ records: 3, people: 185, received: 30, answered: 12, answeredShare: 40, groups: ['Alcaldías', 'Gobernaciones', 'Ciudadanía'] });
  });

  test('sums each reported period by its cut-off, then what came after the last cut-off', () => {
    const { periods } = getPlanParticipation(getPlan());
    expect(periods.map(({ period, after, totals }) => [period?.id, after, totals.received])).toEqual([
      ['i-semestre', undefined, 10],
      [undefined, '2021-06-30', 20],
    ]);
  });

  test('leaves out the part after the last cut-off when nothing was recorded after it', () => {
    const { periods } = getPlanParticipation(getPlan([toReportEntry('i-semestre'), toReportEntry('ii-semestre')]));
    expect(periods.map(({ period, after, totals }) => [period?.id, after, totals.received])).toEqual([
      ['i-semestre', undefined, 10],
      ['ii-semestre', '2021-06-30', 20],
    ]);
  });

  test('puts everything after the start while the plan has no report', () => {
    const { periods } = getPlanParticipation(getPlan([]));
    expect(periods.map(({ period, after, totals }) => [period, after, totals.received])).toEqual([[undefined, undefined, 30]]);
  });
});

describe('the participation fields of an evidence file', () => {
  const base = { plan: 2021, tarea: 'foro', fecha: '2021-05-20', avance: 100 };
  const messages = (participacion: unknown) => evidenceSchema.safeParse({ ...base, participacion }).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

  test('accept counts and grupos de valor, each optional', () => {
    expect(messages({ personas: 40, grupos: ['Alcaldías'], aportes: 10, respondidos: 10 })).toBeUndefined();
    expect(messages({ personas: 0 })).toBeUndefined();
  });

  test('refuse more answered contributions than received, saying which field to fix', () => {
    expect(messages({ aportes: 3, respondidos: 5 })).toEqual([['participacion.respondidos', expect.stringContaining('aportes: 3')]]);
  });

  test('refuse answered contributions without the number received', () => {
    expect(messages({ respondidos: 2 })).toEqual([['participacion.respondidos', expect.stringContaining('aportes')]]);
  });

  test('refuse negative or fractional counts', () => {
    expect(messages({ personas: -1, aportes: 2.5 })?.map(([path]) => path)).toEqual(['participacion.personas', 'participacion.aportes']);
  });
});

describe('the grupos de valor an evidence reached', () => {
  test('must be among the activity\'s grupos, written as there, or the file is pointed at with the list to choose from', () => {
    const { problems } = toCatalog(
      toCatalogInput({
        activities: [toActivityEntry('foros', { grupos: GROUPS, tareas: [toTask('foro', '2021-05-31')] })],
        evidence: [toEvidenceEntry('1', { tarea: 'foro', fecha: '2021-05-20', avance: 50, participacion: { grupos: ['Alcaldías', 'Alcaldias'] } })],
      }),
    );
    expect(problems).toEqual([
      {
        file: 'content/evidencias/2021/1.mdx',
        field: 'participacion › grupos › elemento 2',
        detail: expect.stringMatching(/¿Quiso decir Alcaldías\?.*content\/actividades\/2021\/foros\.mdx.*agréguelo/),
      },
    ]);
  });
});
