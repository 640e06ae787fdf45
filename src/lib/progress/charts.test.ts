import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { toComponentsChart, toHistoryChart, toPercentCell, toPeriodChart } from './charts';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toReportEntry, toTask } from '../testing/test-fixtures';
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
