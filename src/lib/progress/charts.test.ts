import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { toComponentsChart, toHistoryChart, toParticipationComponentsChart, toParticipationPeriodsChart, toPercentCell, toPeriodChart, toStatesChart } from './charts';
import { getPlanParticipation } from './participation';
import { getComparison } from './comparison';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from '../testing/test-fixtures';
import { getPeriodHistory, getPeriodView } from './views';

function getSampleView() {
  const { catalog } = toCatalog(
    toCatalogInput({
      activities: [
        toActivityEntry('a', { tareas: [toTask('foro', '2021-06-30'), toTask('acta', '2021-12-31')] }),
        toActivityEntry('b', { componente: 'seguimiento', tareas: [toTask('informe', '2021-12-31')] }),
      ],
      evidence: [toEvidenceEntry('1', { tarea: 'foro', fecha: '2021-05-01', avance: 100 })],
      reports: [toReportEntry('i-semestre')],
    }),
  );
  return getPeriodView(catalog.plans[0]!.reportedPeriods[0]!);
}

describe('chart data', () => {
  test('writes each percentage with its semáforo word, so colour is never the only sign', () => {
    expect(toPercentCell(85)).toMatchObject({ value: 85, semaphore: 'verde' });
    expect(toPercentCell(85).text).toMatch(/^85 ?% \(Alto\)$/);
    expect(toPercentCell(60).text).toMatch(/\(Medio\)$/);
    expect(toPercentCell(10).text).toMatch(/\(Bajo\)$/);
    expect(toPercentCell(null)).toEqual({ value: null, text: 'Sin productos programados', semaphore: undefined });
  });

  test('compares programmed, executed and all products of a period with the same numbers as the report', () => {
    const chart = toPeriodChart(getSampleView(), '30 de junio de 2021');
    expect(chart.rows.map((row) => [row.label, row.cells[0]?.value])).toEqual([
      ['Programados hasta el corte', 1],
      ['Ejecutados hasta el corte', 1],
      ['En todo el plan', 3],
    ]);
  });

  test('shows each component’s execution and global progress, each with its semáforo word, and links it to its products', () => {
    const chart = toComponentsChart(getSampleView(), '30 de junio de 2021');
    expect(chart.series).toEqual(['Ejecución', 'Avance global']);
    expect(chart.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text), row.href])).toEqual([
      ['Diálogo', '100% (Alto)', '50% (Bajo)', '/2021/componentes/dialogo/'],
      ['Seguimiento', 'Sin productos programados', '0% (Bajo)', '/2021/componentes/seguimiento/'],
    ]);
  });

  test('shows execution and global progress at every published cut-off', () => {
    const view = getSampleView();
    const chart = toHistoryChart(getPeriodHistory(view.plan));
    expect(chart.series).toEqual(['Ejecución', 'Avance global']);
    expect(chart.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.value)])).toEqual([['I semestre', 100, 33]]);
  });
});

describe('participation and comparison charts', () => {
  const { catalog } = toCatalog(
    toCatalogInput({
      plans: [
        toPlanEntry('2021', {
          periodos: [
            { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
            { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
          ],
        }),
      ],
      activities: [
        toActivityEntry('a', { grupos: ['Alcaldías'], tareas: [toTask('foro', '2021-06-30'), toTask('acta', '2021-12-31')] }),
        toActivityEntry('b', { componente: 'seguimiento', grupos: ['Alcaldías'], tareas: [toTask('informe', '2021-12-31')] }),
      ],
      evidence: [
        toEvidenceEntry('1', { tarea: 'foro', fecha: '2021-05-01', avance: 100, participacion: { personas: 30, grupos: [], aportes: 7, respondidos: 5 } }),
        toEvidenceEntry('2', { tarea: 'informe', fecha: '2021-08-01', avance: 50, participacion: { grupos: ['Alcaldías'] } }),
      ],
      reports: [toReportEntry('i-semestre'), toReportEntry('ii-semestre')],
    }),
  );
  const plan = catalog.plans[0]!;

  test('show contributions received and answered, with the share answered, and no zero for what nobody counted', () => {
    const chart = toParticipationComponentsChart(getPlanParticipation(plan));
    expect(chart.series).toEqual(['Aportes recibidos', 'Aportes respondidos']);
    expect(chart.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)])).toEqual([
      ['Diálogo', '7', '5 (71%)'],
      ['Seguimiento', 'Sin dato', 'Sin dato'],
    ]);
  });

  test('name each period by its cut-off', () => {
    const chart = toParticipationPeriodsChart(getPlanParticipation(plan));
    expect(chart.rows.map((row) => [row.label, row.cells[0]?.value])).toEqual([
      ['I semestre (corte al 30 de junio de 2021)', 7],
      ['II semestre (corte al 31 de diciembre de 2021)', null],
    ]);
  });

  test('count the products in each state, one series per published cut-off', () => {
    const chart = toStatesChart(getComparison(plan)!);
    expect(chart.series).toEqual(['I semestre', 'II semestre']);
    expect(chart.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.value)])).toEqual([
      ['Cumplida', 1, 1],
      ['En curso', 0, 0],
      ['Sin iniciar', 2, 0],
      ['Reprogramada', 0, 0],
      ['Aplazada', 0, 0],
      ['Vencida', 0, 2],
    ]);
  });
});
