import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { t } from '../src/lib/i18n';
import { parseCsv } from '../src/lib/publishing/open-data';
import { TASK_STATES } from '../src/lib/progress/progress';
import { ROOT_SITE_URL } from './support/build-site';
import { getCrawlResult } from './support/crawl';
import { readPage, readPageText, toText } from './support/read-page';

const participationSite = inject('participationSite');
const sampleSite = inject('sampleSite');
const steps = inject('yearSteps');
const step = (name: string) => steps.find((candidate) => candidate.name === name)!;
const p = t.ui.participation;

/** The rows of a table printed by DataChart, by the chart's id: header cell, then each cell, as read. */
function readChartTable(html: string, chartId: string): string[][] {
  const table = new RegExp(`<table id="${chartId}-tabla"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => toText(cell!).trim()));
}

/** The sample with participation results recorded on four pieces of evidence (tests/fixtures/participacion). */
describe('participation results recorded on evidence', () => {
  test('build without changing the I-semester report: 80% and 26%', () => {
    expect(participationSite.status, participationSite.output).toBe(0);
    const text = readPageText(participationSite.outDir, '2021/informes/i-semestre');
    expect(text).toMatch(/80 ?% de ejecución del I semestre/);
    expect(text).toMatch(/26 ?% de avance global del plan/);
  });

  test('give an activity a section with its totals and each evidence that records them', () => {
    const text = readPageText(participationSite.outDir, '2021/actividades/promocion-canales');
    const section = text.slice(text.indexOf(p.activityTitle), text.indexOf(t.ui.activityTasks));
    expect(section).toContain('85 personas participaron.');
    expect(section).toMatch(/12 aportes recibidos; 9 respondidos \(75 ?%\)\./);
    expect(section).toContain('3 grupos de valor alcanzados: Alcaldías, Gobernaciones, Municipios PDET.');
    expect(section).toContain('Envío de invitaciones a convocatoria (correo electrónico, redes sociales), evidencia del 21 de junio de 2021');
    expect(section).toContain('Registros en Redes sociales del evento en vivo realizado, evidencia del 20 de agosto de 2021');
  });

  test('leave the section out of an activity whose evidence records none', () => {
    expect(readPageText(participationSite.outDir, '2021/actividades/lenguaje-claro')).not.toContain(p.activityTitle);
  });

  test('are summed on the plan\'s page per component and per period, with the share answered', () => {
    const html = readPage(participationSite.outDir, '2021/participacion');
    expect(toText(html)).toContain(p.title);
    expect(toText(html)).toMatch(/4 evidencias registran resultados de la participación\. 315 personas participaron\. 16 aportes recibidos; 13 respondidos \(81 ?%\)\./);
    expect(readChartTable(html, 'grafico-participacion-componentes')).toEqual([
      ['Ciclo de participación de la Gestión Pública', '0', '0'],
      ['Desarrollo de espacios de diálogo', '16', expect.stringMatching(/^13 \(81 ?%\)$/)],
      ['Seguimiento y evaluación', p.notCounted, p.notCounted],
    ]);
    expect(readChartTable(html, 'grafico-participacion-periodos')).toEqual([
      ['I semestre (corte al 30 de junio de 2021)', '0', '0'],
      ['Después del corte del 30 de junio de 2021', '16', expect.stringMatching(/^13 \(81 ?%\)$/)],
    ]);
  });

  test('are reached from the plan\'s page, and explained in the glossary', () => {
    expect(getCrawlResult(participationSite.outDir, '/', ROOT_SITE_URL).pages).toContain('/2021/participacion/');
    expect(readPageText(participationSite.outDir, '2021')).toContain(p.planLink);
    expect(readPageText(participationSite.outDir, 'glosario')).toMatch(/Aporte Lo que una persona o un grupo de valor/);
  });

  test('are published as evidence columns in the CSV and JSON files, empty or null where not recorded', () => {
    const rows = parseCsv(readFileSync(join(participationSite.outDir, '2021/datos/evidencias.csv'), 'utf8'));
    const live = rows.find((row) => row.tarea_id === 'facebook-live-registros' && row.fecha === '2021-08-20')!;
    expect(live).toMatchObject({ personas: '85', grupos_de_valor: 'Alcaldías | Gobernaciones', aportes: '12', aportes_respondidos: '9' });
    const plain = rows.find((row) => row.tarea_id === 'publicar-plan-registro')!;
    expect(plain).toMatchObject({ personas: '', grupos_de_valor: '', aportes: '', aportes_respondidos: '' });
    const json = JSON.parse(readFileSync(join(participationSite.outDir, '2021/datos/evidencias.json'), 'utf8')) as { evidencias: Record<string, unknown>[] };
    const observations = json.evidencias.find((row) => row.tarea_id === 'publicar-plan-observaciones')!;
    expect(observations).toMatchObject({ personas: null, grupos_de_valor: [], aportes: 0, aportes_respondidos: 0 });
    expect(readPageText(participationSite.outDir, '2021/datos')).toContain('aportes_respondidos');
  });
});

describe('the participation page of a plan with no recorded results (the sample)', () => {
  test('says so in plain words, and what will appear there', () => {
    const html = readPage(sampleSite.outDir, '2021/participacion');
    expect(toText(html)).toContain(p.empty);
    expect(toText(html)).toContain(p.emptyWhat);
    expect(html).not.toContain('<table');
  });
});

describe('the comparison between published cut-offs', () => {
  const closed = step('4-informe-ii').build.outDir;

  test('does not exist, nor its links, while a plan has a single report', () => {
    const first = step('1-informe-i').build.outDir;
    expect(existsSync(join(first, '2021/comparacion'))).toBe(false);
    expect(readPageText(first, '2021/informes')).not.toContain(t.ui.comparison.planLink);
    expect(existsSync(join(step('6-fe-de-erratas').build.outDir, '2022/comparacion'))).toBe(false);
  });

  test('is linked from the reports and the plan once a plan has two', () => {
    expect(readPageText(closed, '2021/informes')).toContain(t.ui.comparison.planLink);
    expect(readPageText(closed, '2021')).toContain(t.ui.comparison.planLink);
    expect(getCrawlResult(closed, '/', ROOT_SITE_URL).pages).toContain('/2021/comparacion/');
  });

  test('sets each product\'s state and execution side by side, and says which did not exist yet', () => {
    const html = readPage(closed, '2021/comparacion');
    expect(html).toMatch(/<section class="comparison-table[^"]*" aria-labelledby="tabla-seguimiento-titulo" tabindex="0"/);
    const table = /<table[^>]*>\s*<caption id="tabla-seguimiento-titulo"[^>]*>[\s\S]*?<\/table>/.exec(html)![0];
    expect(toText(table)).toMatch(/Producto I semestre II semestre/);
    expect(toText(table)).toMatch(/Informe de gestión 2020 publicado No existía Cumplida 100 ?%/);
  });

  test('counts the products in each state at each cut-off, in a table under its chart', () => {
    const rows = readChartTable(readPage(closed, '2021/comparacion'), 'grafico-estados');
    expect(rows.map((row) => row[0])).toEqual(TASK_STATES.map((state) => t.ui.states[state]));
    // Each report's states add up to the products it counts, as its open data lists them.
    const counted = ['i-semestre', 'ii-semestre'].map((period) => parseCsv(readFileSync(join(closed, `2021/datos/productos-${period}.csv`), 'utf8')).length);
    expect([1, 2].map((column) => rows.reduce((sum, row) => sum + Number(row[column]), 0))).toEqual(counted);
    expect(counted[1]).toBeGreaterThan(counted[0]!);
  });

  test('says what moved forward and what slipped from one report to the next', () => {
    const text = readPageText(closed, '2021/comparacion');
    const moved = text.slice(text.indexOf(t.ui.comparison.moved), text.indexOf(t.ui.comparison.slipped));
    expect(moved).toMatch(/Registros en Redes sociales del evento en vivo realizado: de «Aplazada, 0 ?%» a «Cumplida, 100 ?%»/);
  });
});
