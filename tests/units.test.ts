import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseCsv } from '../src/lib/publishing/open-data';
import { launchBrowser } from './support/browser';
import { ROOT_SITE_URL } from './support/build-site';
import { getCrawlResult } from './support/crawl';
import { readPage, readPageText } from './support/read-page';

/** The sample with two responsible units (tests/fixtures/dependencias). */
const site = inject('unitsSite');
const sample = inject('sampleSite');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** The values of one Pagefind filter on a page, in page order. */
function getFilterValues(html: string, name: string): string[] {
  return [...html.matchAll(/data-pagefind-filter="([^"]*)"/g)].map((match) => match[1]!).filter((pair) => pair.startsWith(`${name}:`)).map((pair) => pair.slice(name.length + 1));
}

describe('a plan with responsible units (dependencias)', () => {
  test('builds, with a page for its units, one per unit and one for each unit\'s evidence, all reachable by links', () => {
    expect(site.status, site.output).toBe(0);
    for (const path of ['2021/dependencias', '2021/dependencias/comunicaciones', '2021/dependencias/planeacion', '2021/dependencias/comunicaciones/evidencias']) {
      expect(existsSync(join(site.outDir, path, 'index.html')), path).toBe(true);
    }
    const { pages, broken } = getCrawlResult(site.outDir, '/', ROOT_SITE_URL);
    expect(broken).toEqual([]);
    expect(pages).toEqual(expect.arrayContaining(['/2021/dependencias/', '/2021/dependencias/planeacion/', '/2021/dependencias/planeacion/evidencias/']));
  });

  test('shows on a unit\'s page the execution of what it had programmed and its global progress, counting only its products', () => {
    // Comunicaciones: the registro (programmed by 30 June, done) and three example products
    // programmed later, at 0: 1 of 1 executed, (100 + 0 + 0 + 0) / 4 = 25 % progress.
    const text = readPageText(site.outDir, '2021/dependencias/comunicaciones');
    expect(text).toMatch(/100 ?% de ejecución de lo programado/);
    expect(text).toMatch(/25 ?% de avance de la dependencia/);
    expect(text).toContain('Promedio de ejecución de los 4 productos al 30 de junio de 2021');
    // The observaciones product of the same activity belongs to the other unit.
    expect(text).not.toContain('Informe de seguimiento a las observaciones ciudadanas');
    expect(readPageText(site.outDir, '2021/dependencias/planeacion')).toContain('Informe de seguimiento a las observaciones ciudadanas');
  });

  test('lists the units with their progress on a page linked from the plan page, and nothing about units in a plan without them', () => {
    expect(readPageText(site.outDir, '2021/dependencias')).toMatch(/Grupo de Comunicaciones 25 ?% .*de avance · 4 productos a cargo/);
    expect(readPage(site.outDir, '2021')).toContain('href="/2021/dependencias/"');
    expect(existsSync(join(sample.outDir, '2021/dependencias'))).toBe(false);
    for (const page of ['2021', '2021/actividades/divulgar-estrategia', '2021/componentes/ciclo-gestion']) {
      expect(readPageText(sample.outDir, page), page).not.toContain('Dependencias responsables');
      expect(readPage(sample.outDir, page), page).not.toContain('/dependencias/');
      expect(getFilterValues(readPage(sample.outDir, page), 'dependencia'), page).toEqual([]);
    }
  });

  test('names on an activity page its unit, linked, and on each task card the task\'s own unit when it overrides it', () => {
    const html = readPage(site.outDir, '2021/actividades/divulgar-estrategia');
    const facts = readPageText(site.outDir, '2021/actividades/divulgar-estrategia');
    expect(facts).toContain('Dependencia responsable Grupo de Comunicaciones Grupos de valor');
    expect(html).toMatch(/<a href="\/2021\/dependencias\/comunicaciones\/"[^>]*>Grupo de Comunicaciones<\/a>/);
    expect(html).toMatch(/<a href="\/2021\/dependencias\/planeacion\/"[^>]*>Oficina Asesora de Planeación<\/a>/);
    // An activity without a unit says so as before, and its cards name none.
    expect(readPageText(site.outDir, '2021/actividades/espacio-virtual')).toContain('Dependencia responsable Sin dato');
    expect(readPage(site.outDir, '2021/actividades/espacio-virtual')).not.toContain('/2021/dependencias/');
  });

  test('lists each unit\'s evidence, newest first, on its own page', () => {
    const text = readPageText(site.outDir, '2021/dependencias/comunicaciones/evidencias');
    expect(text).toContain('Se encontró 1 evidencia.');
    expect(text).toContain('Evidencia del 21 de enero de 2021');
    expect(readPage(site.outDir, '2021/dependencias/comunicaciones')).toContain('href="/2021/dependencias/comunicaciones/evidencias/"');
  });

  test('lets the site search filter pages by unit: each page carries the units of its tasks, and the form offers them', () => {
    expect(getFilterValues(readPage(site.outDir, '2021/actividades/divulgar-estrategia'), 'dependencia')).toEqual(['Grupo de Comunicaciones', 'Oficina Asesora de Planeación']);
    expect(getFilterValues(readPage(site.outDir, '2021/dependencias/planeacion'), 'dependencia')).toEqual(['Oficina Asesora de Planeación']);
    expect(getFilterValues(readPage(site.outDir, '2021/actividades/espacio-virtual'), 'dependencia')).toEqual([]);
    const form = readPage(site.outDir, 'buscar');
    expect(form).toMatch(/<select id="buscar-dependencia" name="dependencia"/);
    expect(form).toMatch(/<option value="Oficina Asesora de Planeación"/);
    expect(readPage(sample.outDir, 'buscar')).not.toContain('buscar-dependencia');
  });

  test('publishes the unit of each product and each piece of evidence in the open data', () => {
    const products = parseCsv(readFileSync(join(site.outDir, '2021/datos/productos-i-semestre.csv'), 'utf8'));
    const unitOf = (rows: Record<string, string>[], task: string) => rows.find((row) => row.tarea_id === task)?.dependencia;
    expect([unitOf(products, 'publicar-plan-registro'), unitOf(products, 'publicar-plan-observaciones'), unitOf(products, 'elaborar-video')]).toEqual([
      'Grupo de Comunicaciones',
      'Oficina Asesora de Planeación',
      '',
    ]);
    const evidence = JSON.parse(readFileSync(join(site.outDir, '2021/datos/evidencias.json'), 'utf8'));
    expect(evidence.evidencias.find((row: { tarea_id: string }) => row.tarea_id === 'publicar-plan-observaciones').dependencia).toBe('Oficina Asesora de Planeación');
    expect(readPageText(site.outDir, '2021/datos')).toContain('dependencia');
  });

  test('keeps the published figures of the I-semester report: 80 % execution, 26 % global progress', () => {
    const text = readPageText(site.outDir, '2021/informes/i-semestre');
    expect(text).toMatch(/80 ?% de ejecución del I semestre/);
    expect(text).toMatch(/26 ?% de avance global del plan/);
  });
});

describe('a component\'s evidence feed', () => {
  /** Parses XML with Chromium's own parser: what a feed reader would get. */
  async function parseFeed(file: string) {
    const page = await browser.newPage();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        self: doc.getElementsByTagName('atom:link')[0]?.getAttribute('href') ?? null,
        itemLinks: [...doc.querySelectorAll('item > link')].map((element) => element.textContent ?? ''),
      };
    }, readFileSync(join(site.outDir, file), 'utf8'));
    await page.close();
    return parsed;
  }

  test('is well-formed RSS holding only the component\'s evidence, with absolute links', async () => {
    const feed = await parseFeed('2021/componentes/ciclo-gestion/evidencias.xml');
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.self).toBe(`${ROOT_SITE_URL}/2021/componentes/ciclo-gestion/evidencias.xml`);
    expect(feed.itemLinks.sort()).toEqual([
      `${ROOT_SITE_URL}/2021/actividades/divulgar-estrategia/#evidencia-2021-2021-01-21-observaciones-plan`,
      `${ROOT_SITE_URL}/2021/actividades/divulgar-estrategia/#evidencia-2021-2021-01-21-publicacion-plan`,
    ]);
  });

  test('is announced by its component page, visibly and as an alternate link, beside the site\'s feed, and left out of the sitemap', () => {
    const html = readPage(site.outDir, '2021/componentes/ciclo-gestion');
    expect(html).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Nuevas evidencias del componente «Ciclo de participación de la Gestión Pública» (RSS)" href="${ROOT_SITE_URL}/2021/componentes/ciclo-gestion/evidencias.xml">`,
    );
    expect(html).toContain(`href="${ROOT_SITE_URL}/evidencias.xml"`);
    expect(readPageText(site.outDir, '2021/componentes/ciclo-gestion')).toContain('Seguir este componente (RSS)');
    expect(html).toMatch(/<a href="\/2021\/componentes\/ciclo-gestion\/evidencias.xml"[^>]*>Seguir este componente \(RSS\)<\/a>/);
    expect(readFileSync(join(site.outDir, 'sitemap.xml'), 'utf8')).not.toContain('.xml</loc>');
  });
});
