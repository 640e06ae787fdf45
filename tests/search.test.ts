import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from './support/browser';
import { SUB_PATH } from './support/build-site';

const served = useServedSite(inject('sampleSite').outDir);
const subPath = useServedSite(inject('subPathSite').outDir, SUB_PATH.BASE_PATH);
const plansDir = inject('plansSite').outDir;
const plans = useServedSite(plansDir);

/** Presses Tab until the element with `id` has the focus, as a keyboard user would. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
  }
  throw new Error(`#${id} never got the focus`);
}

/** The addresses of the results listed, sorted. */
async function getResultHrefs(page: Page): Promise<string[]> {
  return (await page.locator('.search__results li h2 a').evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''))).sort();
}

describe('the site search', () => {
  test('finds a task by a word of its evidence, says how many results, and works by keyboard', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.url}/buscar/`);
    await expect.poll(() => page.locator('.search__status').textContent()).toBe('Escriba una o más palabras para buscar.');
    await tabTo(page, 'buscar-palabras');
    // "PIGD" is only in the evidence of the plan's publication. A product is found once, on its
    // activity's page: the report, component and schedule pages that list it are not results for it.
    await page.keyboard.type('PIGD');
    await page.keyboard.press('Enter');
    const status = page.locator('.search__status[role="status"]');
    await expect.poll(() => status.textContent()).toBe('Se encontró 1 resultado para «PIGD».');
    expect(await getResultHrefs(page)).toEqual(['/2021/actividades/divulgar-estrategia/']);
    expect(await page.locator('.search__results mark').first().textContent()).toBe('PIGD');
    const link = page.locator('.search__results li h2 a[href="/2021/actividades/divulgar-estrategia/"]');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/2021/actividades/divulgar-estrategia/');
    expect(await page.locator('main').textContent()).toContain('PIGD');
    await context.close();
  });

  test('narrows results with the plan, component, state and period filters, kept in the address', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    // Every activity of the sample speaks of the plan of citizen participation ("ciudadana").
    await page.goto(`${served.url}/buscar/?q=ciudadana`);
    const status = page.locator('.search__status');
    await expect.poll(() => status.textContent()).toMatch(/^Se encontraron \d+ resultados para «ciudadana»\.$/);
    const all = await page.locator('.search__results li').count();
    await page.selectOption('#buscar-estado', 'Aplazada');
    await expect.poll(() => page.url()).toContain('estado=Aplazada');
    await expect.poll(() => page.locator('.search__results li').count()).toBeLessThan(all);
    await page.fill('#buscar-palabras', 'zzzqqq');
    await expect.poll(() => status.textContent()).toBe('No se encontraron resultados para «zzzqqq». Pruebe con otras palabras o quite los filtros.');
    for (const name of ['plan', 'componente', 'estado', 'periodo']) {
      expect(await page.locator(`#buscar-${name} option`).count(), name).toBeGreaterThan(1);
    }
    await context.close();
  });

  test('links results under the sub-path the site is served from', async () => {
    const context = await subPath.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${subPath.url}/buscar/?q=PIGD`);
    const links = page.locator('.search__results li h2 a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain('/participacion/2021/actividades/divulgar-estrategia/');
    expect(hrefs.every((href) => href.startsWith('/participacion/'))).toBe(true);
    await context.close();
  });

  test('filters by a component whose name has a comma, and by plan, on a site with two plans', async () => {
    const context = await plans.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${plans.url}/buscar/`);
    await page.selectOption('#buscar-componente', 'Diálogo, control y rendición de cuentas');
    const links = page.locator('.search__results li h2 a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain('/2022/actividades/rendicion-cuentas/');
    expect(hrefs.every((href) => href.startsWith('/2022/'))).toBe(true);
    await page.selectOption('#buscar-componente', '');
    await page.selectOption('#buscar-plan', 'Plan de Participación Ciudadana 2021');
    await expect.poll(async () => (await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''))).every((href) => href.startsWith('/2021/'))).toBe(true);
    await context.close();
  });

  test('answers from the site\'s index and every plan\'s, and a filter with a query narrows them all', async () => {
    const context = await plans.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${plans.url}/buscar/?q=convocatoria`);
    await expect.poll(() => page.locator('.search__status').textContent()).toMatch(/^Se encontraron \d+ resultados para «convocatoria»\.$/);
    const hrefs = await getResultHrefs(page);
    // The home page is in the site's index, each plan's pages in the plan's.
    expect(hrefs).toContain('/');
    expect(hrefs).toContain('/2021/actividades/promocion-canales/');
    expect(hrefs).toContain('/2022/actividades/rendicion-cuentas/');
    // Pages without the filter (the home page) and tasks in other states drop out, in every index.
    await page.selectOption('#buscar-estado', 'Sin iniciar');
    await expect.poll(() => getResultHrefs(page)).toEqual(['/2022/actividades/rendicion-cuentas/']);
    await context.close();
  });

  test('publishes an index for each plan the search page merges, with its data only', () => {
    const form = /<form class="search"[^>]*>/.exec(readFileSync(join(plansDir, 'buscar/index.html'), 'utf8'))?.[0] ?? '';
    expect(/data-pagefind="([^"]*)"/.exec(form)?.[1]).toBe('/pagefind/pagefind.js');
    expect(/data-indices="([^"]*)"/.exec(form)?.[1]).toBe('/pagefind/planes/2021/ /pagefind/planes/2022/');
    expect(readdirSync(join(plansDir, 'pagefind/planes')).sort()).toEqual(['2021', '2022']);
    for (const plan of ['2021', '2022']) {
      const index = join(plansDir, 'pagefind/planes', plan);
      expect(existsSync(join(index, 'pagefind-entry.json')), plan).toBe(true);
      // Pagefind's script, worker and WebAssembly come from the site's index.
      expect(readdirSync(index).filter((name) => /\.(?:js|css)$|^wasm\./.test(name)), plan).toEqual([]);
    }
  });

  test('says search is unavailable, and throws nothing, when the site was built without its index', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
    });
    // What a preview built with SEARCH_INDEX=off serves: no pagefind/ folder.
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${served.url}/buscar/?q=PIGD`);
    await expect.poll(() => page.locator('.search__status').textContent()).toBe(
      'La búsqueda no está disponible en este momento. Puede recorrer todas las evidencias del plan o el cronograma.',
    );
    expect(await page.locator('.search__results li').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
