import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import {
  evidenceFileSchema,
  evidenceRowSchema,
  getColumns,
  getDataFiles,
  getDataSets,
  parseCsv,
  productJsonRowSchema,
  productRowSchema,
  productsFileSchema,
  toCsv,
  toEvidenceRows,
  toProductRows,
} from './open-data';
import { toTruncatedMean, toTruncatedPercent } from '../progress/progress';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from '../testing/test-fixtures';
import { getPeriodView } from '../progress/views';

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

const SITE = 'https://participacion.example.gov.co';

function getSamplePlanWithSiteLink() {
  const { catalog } = toCatalog(
    toCatalogInput({
      activities: [toActivityEntry('a', { tareas: [toTask('acta', '2021-05-31')] })],
      evidence: [toEvidenceEntry('1', { tarea: 'acta', fecha: '2021-05-20', avance: 100, enlaces: [{ url: '/documentos/acta.pdf', texto: 'Acta', tipo: 'documento' }] })],
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

  test('validates each JSON file against its own published JSON Schema, compiled in strict mode, with or without a site address', () => {
    for (const site of [SITE, undefined]) {
      const files = new Map(getDataFiles(getSamplePlan(), site).filter((file) => file.format === 'JSON').map((file) => [file.name, JSON.parse(file.content)]));
      const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
      const products = ajv.compile(files.get('esquema-productos.json'));
      const evidence = ajv.compile(files.get('esquema-evidencias.json'));
      expect(products(files.get('productos-i-semestre.json')), JSON.stringify(products.errors)).toBe(true);
      expect(evidence(files.get('evidencias.json')), JSON.stringify(evidence.errors)).toBe(true);
      expect(products({ ...files.get('productos-i-semestre.json'), corte: '2021-02-30' })).toBe(false);
    }
  });

  test("names each JSON file's schema in $schema, the schema's own $id when the site has an address", () => {
    const files = new Map(getDataFiles(getSamplePlan(), SITE).filter((file) => file.format === 'JSON').map((file) => [file.name, JSON.parse(file.content)]));
    expect(files.get('productos-i-semestre.json').$schema).toBe(`${SITE}/2021/datos/esquema-productos.json`);
    expect(files.get('evidencias.json').$schema).toBe(`${SITE}/2021/datos/esquema-evidencias.json`);
    expect(files.get('esquema-productos.json').$id).toBe(`${SITE}/2021/datos/esquema-productos.json`);
    expect(files.get('esquema-evidencias.json').$id).toBe(`${SITE}/2021/datos/esquema-evidencias.json`);
  });

  test('points to the schema by its path, and publishes no $id, when the site has no address: an identifier must be absolute', () => {
    const files = new Map(getDataFiles(getSamplePlan(), undefined).filter((file) => file.format === 'JSON').map((file) => [file.name, JSON.parse(file.content)]));
    expect(files.get('productos-i-semestre.json').$schema).toBe('/2021/datos/esquema-productos.json');
    expect(files.get('esquema-productos.json')).not.toHaveProperty('$id');
    expect(Object.keys(files.get('esquema-productos.json')).slice(0, 3)).toEqual(['$schema', 'title', 'description']);
  });

  test('gives each product its original date, the date in force at the cut-off and the reason of the reprogramming in force', () => {
    const reprogramaciones = [
      { fecha: '2021-09-30', decision: '2021-06-20', motivo: 'Las alcaldías pidieron otra fecha.' },
      { fecha: '2021-11-30', decision: '2021-07-10', motivo: 'Se cruzó con el cierre fiscal.' },
    ];
    const { catalog } = toCatalog(
      toCatalogInput({
        activities: [toActivityEntry('a', { tareas: [toTask('foro', '2021-06-30', { reprogramaciones }), toTask('acta', '2021-05-31')] })],
        reports: [toReportEntry('i-semestre')],
      }),
    );
    const plan = catalog.plans[0]!;
    const rows = toProductRows(plan, plan.reportedPeriods[0]!, SITE);
    expect(rows.map((row) => [row.tarea_id, row.fecha_programada, row.fecha_vigente, row.motivo_reprogramacion, row.programada_al_corte, row.estado])).toEqual([
      ['acta', '2021-05-31', '2021-05-31', '', true, 'vencida'],
      ['foro', '2021-06-30', '2021-09-30', 'Las alcaldías pidieron otra fecha.', false, 'reprogramada'],
    ]);
    const json = JSON.parse(getDataFiles(plan, SITE).at(-2)!.content).properties.productos.items.properties;
    expect(json.fecha_vigente).toMatchObject({ format: 'date', description: expect.stringContaining('vigente al corte') });
    expect(json.motivo_reprogramacion.description).toContain('texto vacío');
    expect(json.estado.enum).toContain('reprogramada');
  });

  test('names the unit responsible for each product and each piece of evidence, the task\'s own before its activity\'s, empty when there is none', () => {
    const { catalog } = toCatalog(
      toCatalogInput({
        plans: [toPlanEntry('2021', { dependencias: [{ id: 'comunicaciones', nombre: 'Grupo de Comunicaciones' }, { id: 'planeacion', nombre: 'Planeación' }] })],
        activities: [
          toActivityEntry('a', { dependencia: 'comunicaciones', tareas: [toTask('foro', '2021-06-30'), toTask('acta', '2021-05-31', { dependencia: 'planeacion' })] }),
          toActivityEntry('b', { tareas: [toTask('informe', '2021-06-30')] }),
        ],
        evidence: [toEvidenceEntry('1', { tarea: 'acta', fecha: '2021-05-31', avance: 40 })],
        reports: [toReportEntry('i-semestre')],
      }),
    );
    const plan = catalog.plans[0]!;
    const rows = toProductRows(plan, plan.reportedPeriods[0]!, SITE);
    expect(rows.map((row) => [row.tarea_id, row.dependencia])).toEqual([['acta', 'Planeación'], ['foro', 'Grupo de Comunicaciones'], ['informe', '']]);
    expect(toEvidenceRows(plan, SITE).map((row) => row.dependencia)).toEqual(['Planeación']);
    expect(parseCsv(toCsv(evidenceRowSchema, toEvidenceRows(plan, SITE)))[0]).toMatchObject({ dependencia: 'Planeación' });
    const json = JSON.parse(getDataFiles(plan, SITE).at(-2)!.content).properties.productos.items.properties;
    expect(json.dependencia.description).toContain('texto vacío');
    expect(getColumns(productRowSchema).find((column) => column.name === 'dependencia')?.description).toContain('Vacío si el plan no la nombra');
  });

  test('writes dates as format date, addresses as URI references and counts from 0 in the JSON Schemas', () => {
    const [products, evidence] = getDataFiles(getSamplePlan(), SITE).slice(-2).map((file) => JSON.parse(file.content));
    const product = products.properties.productos.items.properties;
    expect([products.properties.corte.format, product.corte.format, product.fecha_programada.format]).toEqual(['date', 'date', 'date']);
    expect(evidence.properties.evidencias.items.properties.fecha.format).toBe('date');
    expect(product.enlaces).toMatchObject({ type: 'array', items: { type: 'string', format: 'uri-reference' } });
    expect(products.properties.$schema.format).toBe('uri-reference');
    for (const name of ['productos', 'programados', 'ejecutados']) expect(products.properties.cifras.properties[name]).toMatchObject({ type: 'integer', minimum: 0 });
    expect(product.evidencias).toMatchObject({ type: 'integer', minimum: 0 });
    expect(products).toMatchObject({ title: expect.any(String), description: expect.stringContaining('productos-<periodo>.json') });
    expect(evidence).toMatchObject({ title: expect.any(String), description: expect.stringContaining('evidencias.json') });
  });

  test('describes the JSON fields for JSON readers: true/false and lists, where the CSV says sí/no and " | "', () => {
    const json = Object.fromEntries(getColumns(productJsonRowSchema).map((column) => [column.name, column.description]));
    const csv = Object.fromEntries(getColumns(productRowSchema).map((column) => [column.name, column.description]));
    expect(json.programada_al_corte).toMatch(/^true .*false\.$/);
    expect(csv.programada_al_corte).toMatch(/^sí /);
    expect(json.enlaces).toMatch(/^Lista /);
    expect(csv.enlaces).toContain('" | "');
    const evidence = JSON.parse(getDataFiles(getSamplePlan(), SITE).at(-1)!.content).properties.evidencias.items.properties;
    expect(evidence.aplazada.description).toMatch(/^true /);
    expect(evidence.enlaces.description).toContain('de la evidencia');
    expect(Object.keys(evidenceFileSchema.shape)).toEqual(['$schema', 'plan', 'evidencias']);
  });

  test("shows each file's own dictionary on the data page: the JSON files' fields say true/false", () => {
    const files = getDataFiles(getSamplePlan());
    const meaning = (name: string, column: string) => files.find((file) => file.name === name)!.columns.find((item) => item.name === column)!.description;
    expect(meaning('productos-i-semestre.csv', 'ejemplo')).toMatch(/^sí /);
    expect(meaning('productos-i-semestre.json', 'ejemplo')).toMatch(/^true /);
    expect(meaning('evidencias.csv', 'enlaces')).toBe(getColumns(evidenceRowSchema).find((column) => column.name === 'enlaces')!.description);
  });

  test('groups the files a catalogue lists as one dataset: a period\'s products, then the evidence, each as CSV and JSON', () => {
    const sets = getDataSets(getSamplePlan(), SITE);
    expect(sets.map((set) => [set.period?.id, set.files.map((file) => file.name)])).toEqual([
      ['i-semestre', ['productos-i-semestre.csv', 'productos-i-semestre.json']],
      [undefined, ['evidencias.csv', 'evidencias.json']],
    ]);
  });

  test('makes the links of the downloaded files absolute only when the site has an address', () => {
    const plan = getSamplePlanWithSiteLink();
    expect(toEvidenceRows(plan, SITE).flatMap((row) => row.enlaces)).toEqual([`${SITE}/documentos/acta.pdf`]);
    expect(toEvidenceRows(plan, undefined).flatMap((row) => row.enlaces)).toEqual(['/documentos/acta.pdf']);
  });
});
