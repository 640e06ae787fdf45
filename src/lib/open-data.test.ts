import { describe, expect, test } from 'vitest';
import { toCatalog } from './catalog';
import {
  getDataFiles,
  parseCsv,
  productRowSchema,
  productsFileSchema,
  toCsv,
  toEvidenceRows,
  toProductRows,
} from './open-data';
import { toTruncatedMean, toTruncatedPercent } from './progress';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toReportEntry, toTask } from './test-fixtures';
import { getPeriodView } from './views';

function getSamplePlan() {
  const { catalog } = toCatalog(
    toCatalogInput({
      activities: [
        toActivityEntry('a', {
          nombre: 'Diálogo; con "comillas"',
          tareas: [toTask('foro', '2021-06-30'), toTask('acta', '2021-05-31'), toTask('informe', '2021-12-31')],
        }),
      ],
      evidence: [
        toEvidenceEntry('1', {
          tarea: 'foro',
          fecha: '2021-06-01',
          avance: 100,
          enlaces: [{ url: 'https://example.org/a', texto: 'A', tipo: 'web' }],
        }),
        toEvidenceEntry('2', { tarea: 'acta', fecha: '2021-06-15', avance: 40 }),
        toEvidenceEntry('3', { tarea: 'informe', fecha: '2021-07-15', avance: 70 }),
      ],
      reports: [toReportEntry('i-semestre')],
    }),
  );
  return catalog.plans[0]!;
}

describe('open data', () => {
  test('writes CSV that Excel in Spanish opens: BOM, semicolons, CRLF, quoted text, sí/no', () => {
    const plan = getSamplePlan();
    const csv = toCsv(productRowSchema, toProductRows(plan, plan.reportedPeriods[0]!));
    expect(csv.startsWith('\uFEFFplan;periodo;corte;')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv).toContain(';"Diálogo; con ""comillas""";');
    expect(csv).toContain(';sí;100;cumplida;no;1;https://example.org/a\r\n');
  });

  test('reads back every value it writes', () => {
    const plan = getSamplePlan();
    const rows = toProductRows(plan, plan.reportedPeriods[0]!);
    const parsed = parseCsv(toCsv(productRowSchema, rows));
    expect(parsed.map((row) => [row.actividad, row.tarea_id, row.ejecucion, row.programada_al_corte])).toEqual(
      rows.map((row) => [row.actividad, row.tarea_id, String(row.ejecucion), row.programada_al_corte ? 'sí' : 'no']),
    );
  });

  test('lets anyone recompute the period figures from the CSV alone', () => {
    const plan = getSamplePlan();
    const period = plan.reportedPeriods[0]!;
    const rows = parseCsv(toCsv(productRowSchema, toProductRows(plan, period)));
    const programmed = rows.filter((row) => row.programada_al_corte === 'sí');
    const executed = programmed.filter((row) => row.ejecucion === '100');
    const { summary } = getPeriodView(period);
    expect(toTruncatedPercent(executed.length, programmed.length)).toBe(summary.execution);
    expect(toTruncatedMean(rows.map((row) => Number(row.ejecucion)))).toBe(summary.progress);
    expect([summary.execution, summary.progress]).toEqual([50, 46]);
  });

  test('neutralises a cell that would start a spreadsheet formula, by the OWASP rule', () => {
    const plan = getSamplePlan();
    const [row] = toProductRows(plan, plan.reportedPeriods[0]!);
    const formulas = ['=HYPERLINK("http://x";"y")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\rx', ' =1', '"=1"', "'=1", '\uFF1D1'];
    const cells = parseCsv(toCsv(productRowSchema, formulas.map((text) => ({ ...row!, actividad: text, enlaces: [text] }))));
    expect(cells.map((cell) => cell.actividad)).toEqual(formulas.map((text) => `'${text}`));
    expect(cells.map((cell) => cell.enlaces)).toEqual(formulas.map((text) => `'${text}`));
  });

  test('leaves numbers, yes/no and ordinary text as they are, so the figures still add up', () => {
    const plan = getSamplePlan();
    const rows = toProductRows(plan, plan.reportedPeriods[0]!).map((row) => ({ ...row, producto: 'Acta: 2 = 2, con - y @' }));
    const cells = parseCsv(toCsv(productRowSchema, rows));
    expect(cells.map((cell) => [cell.producto, cell.ejecucion, cell.programada_al_corte])).toEqual(
      rows.map((row) => ['Acta: 2 = 2, con - y @', String(row.ejecucion), row.programada_al_corte ? 'sí' : 'no']),
    );
  });

  test('counts only evidence up to the cut-off in a period file', () => {
    const plan = getSamplePlan();
    const informe = toProductRows(plan, plan.reportedPeriods[0]!).find((row) => row.tarea_id === 'informe')!;
    expect(informe).toMatchObject({ ejecucion: 0, evidencias: 0, programada_al_corte: false, estado: 'sin-iniciar' });
    expect(toEvidenceRows(plan).map((row) => row.fecha)).toEqual(['2021-06-01', '2021-06-15', '2021-07-15']);
  });

  test('publishes JSON that its own JSON Schema describes, with the figures of the period', () => {
    const files = getDataFiles(getSamplePlan());
    expect(files.map((file) => file.name)).toEqual([
      'productos-i-semestre.csv',
      'productos-i-semestre.json',
      'evidencias.csv',
      'evidencias.json',
      'esquema-productos.json',
      'esquema-evidencias.json',
    ]);
    const json = productsFileSchema.parse(JSON.parse(files[1]!.content));
    expect(json.cifras).toEqual({ productos: 3, programados: 2, ejecutados: 1, ejecucion: 50, avance_global: 46 });
    const schema = JSON.parse(files[4]!.content);
    expect(schema.properties.productos.items.properties.ejecucion).toMatchObject({ type: 'integer', minimum: 0, maximum: 100 });
  });
});
