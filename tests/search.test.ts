import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from './support/browser';
import { SUB_PATH } from './support/build-site';

const served = useServedSite(inject('sampleSite').outDir);
const subPath = useServedSite(inject('subPathSite').outDir, SUB_PATH.BASE_PATH);
const plans = useServedSite(inject('plansSite').outDir);

/** Presses Tab until the element with `id` has the focus, as a keyboard user would. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
  }
  throw new Error(`#${id} never got the focus`);
}

describe('the site search', () => {
  test('finds a task by a word of its evidence, says how many results, and works by keyboard', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.url}/buscar/`);
    await expect.poll(() => page.locator('.search__status').textContent()).toBe('Escriba una o más palabras para buscar.');
    await tabTo(page, 'buscar-palabras');
    // "PIGD" is only in the evidence of the plan's publication: its activity page and the pages that list it.
    await page.keyboard.type('PIGD');
    await page.keyboard.press('Enter');
    const status = page.locator('.search__status[role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^Se encontraron \d+ resultados para «PIGD»\.$/);
    const count = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
    expect(await page.locator('.search__results li').count()).toBe(count);
    const links = page.locator('.search__results li h2 a');
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toContain('/2021/actividades/divulgar-estrategia/');
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
    await page.goto(`${served.url}/buscar/?q=Facebook`);
    const status = page.locator('.search__status');
    await expect.poll(() => status.textContent()).toMatch(/^Se encontraron \d+ resultados para «Facebook»\.$/);
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
});
