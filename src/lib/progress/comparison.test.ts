import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from '../testing/test-fixtures';
import { formatChange, formatReprogrammed, getComparison, hasComparison } from './comparison';
import { formatPercent } from '../i18n/format';

const periods = {
  periodos: [
    { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
    { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-10-31' },
  ],
};

/** The I-semester report as published: the products of the first activity only. */
const firstReport = toReportEntry('i-semestre', {
  cifras: { programados: 2, ejecutados: 1, productos: 4 },
  productos: {
    foro: { componente: 'dialogo', programado: true, ejecucion: 100 },
    acta: { componente: 'dialogo', programado: false, ejecucion: 50 },
    video: { componente: 'dialogo', programado: true, ejecucion: 0 },
    informe: { componente: 'dialogo', programado: false, ejecucion: 0 },
  },
});

function getPlan(reports = [firstReport, toReportEntry('ii-semestre')]) {
  const { catalog, problems } = toCatalog(
    toCatalogInput({
      plans: [toPlanEntry('2021', periods)],
      activities: [
        toActivityEntry('a', {
          orden: 1,
          tareas: [
            toTask('foro', '2021-03-31'),
            toTask('acta', '2021-09-30'),
            toTask('video', '2021-06-30'),
            toTask('informe', '2021-09-30', { reprogramaciones: [{ fecha: '2021-12-15', decision: '2021-09-15', motivo: 'La entidad movió la fecha.' }] }),
          ],
        }),
        // Added after the first cut-off: the I-semester report never counted its products.
        toActivityEntry('b', { orden: 2, componente: 'seguimiento', tareas: [toTask('nuevo-hecho', '2021-10-15'), toTask('nuevo-vencido', '2021-10-15')] }),
      ],
      evidence: [
        toEvidenceEntry('1', { tarea: 'foro', fecha: '2021-03-31', avance: 100 }),
        toEvidenceEntry('2', { tarea: 'acta', fecha: '2021-06-15', avance: 50 }),
        toEvidenceEntry('3', { tarea: 'video', fecha: '2021-06-30', avance: 0, aplazada: true, nota: 'Se aplazó.' }),
        toEvidenceEntry('4', { tarea: 'video', fecha: '2021-08-01', avance: 100 }),
        toEvidenceEntry('5', { tarea: 'nuevo-hecho', fecha: '2021-10-10', avance: 100 }),
      ],
      reports,
    }),
  );
  expect(problems).toEqual([]);
  return catalog.plans[0]!;
}

describe('comparison between cut-offs', () => {
  test('exists only from the second published report on', () => {
    expect(hasComparison(getPlan([firstReport]))).toBe(false);
    expect(getComparison(getPlan([firstReport]))).toBeUndefined();
    expect(hasComparison(getPlan())).toBe(true);
  });

  test('shows each product\'s state and execution at every cut-off, and none where a report did not count it', () => {
    const comparison = getComparison(getPlan())!;
    expect(comparison.periods.map((period) => period.id)).toEqual(['i-semestre', 'ii-semestre']);
    const rows = comparison.components.map(({ component, products }) => [
      component.id,
      products.map(({ task, cutoffs }) => [task.id, ...cutoffs.map((item) => item && `${item.state} ${item.execution}`)]),
    ]);
    expect(rows).toEqual([
      [
        'dialogo',
        [
          ['foro', 'cumplida 100', 'cumplida 100'],
          ['acta', 'en-curso 50', 'vencida 50'],
          ['video', 'aplazada 0', 'cumplida 100'],
          ['informe', 'sin-iniciar 0', 'reprogramada 0'],
        ],
      ],
      [
        'seguimiento',
        [
          ['nuevo-hecho', undefined, 'cumplida 100'],
          ['nuevo-vencido', undefined, 'vencida 0'],
        ],
      ],
    ]);
  });

  test('counts the products of each report in each state', () => {
    const { stateCounts } = getComparison(getPlan())!;
    expect(stateCounts).toEqual([
      { cumplida: 1, 'en-curso': 1, 'sin-iniciar': 1, reprogramada: 0, aplazada: 1, vencida: 0 },
      { cumplida: 3, 'en-curso': 0, 'sin-iniciar': 0, reprogramada: 1, aplazada: 0, vencida: 2 },
    ]);
  });

  test('says what moved forward, what slipped and what was reprogrammed from one report to the next', () => {
    const [step] = getComparison(getPlan())!.steps;
    const ids = (changes: readonly { task: { id: string } }[]) => changes.map((change) => change.task.id);
    expect([step!.from.id, step!.to.id]).toEqual(['i-semestre', 'ii-semestre']);
    expect(ids(step!.moved)).toEqual(['video', 'nuevo-hecho']);
    expect(ids(step!.slipped)).toEqual(['acta', 'nuevo-vencido']);
    expect(step!.reprogrammed.map((change) => [change.task.id, change.reprogrammings.map((item) => item.fecha)])).toEqual([['informe', ['2021-12-15']]]);
  });

  test('counts a product whose execution went down as slipped, even while it is not due', () => {
    const plan = getPlan();
    const acta = plan.tasks.find((task) => task.id === 'acta')!;
    acta.evidence.push({ ...acta.evidence[0]!, fecha: '2021-07-01', avance: 20, nota: 'Se rehízo el acta.' });
    const { steps } = getComparison(plan)!;
    expect(steps[0]!.slipped.find((change) => change.task === acta)?.after.execution).toBe(20);
  });
});

describe('changes between cut-offs in words', () => {
  test('name the product and its state and execution before and after, or that it did not exist', () => {
    const [step] = getComparison(getPlan())!.steps;
    expect(step!.slipped.map(formatChange)).toEqual([
      `Tarea acta: de «En curso, ${formatPercent(50)}» a «Vencida, ${formatPercent(50)}».`,
      `Tarea nuevo-vencido: de «No existía» a «Vencida, ${formatPercent(0)}».`,
    ]);
    expect(step!.reprogrammed.map(formatReprogrammed)).toEqual(['Tarea informe: nueva fecha, 15 de diciembre de 2021. Motivo: La entidad movió la fecha.']);
  });
});
