import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from './support/browser';

const site = inject('sampleSite');
const REPORT = '/2021/informes/i-semestre/';
const served = useServedSite(site.outDir);

async function openReport(options: { javaScriptEnabled: boolean }): Promise<Page> {
  const context = await served.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${served.url}${REPORT}`);
  return page;
}

describe('charts', () => {
  test('leave their tables visible, with the same numbers, when JavaScript is off', async () => {
    const page = await openReport({ javaScriptEnabled: false });
    const tables = page.locator('figure.data-chart table');
    await expect(tables.count()).resolves.toBe(2);
    for (const table of await tables.all()) expect(await table.isVisible()).toBe(true);
    await expect(page.locator('figure.data-chart canvas').first().isVisible()).resolves.toBe(false);
    const row = page.locator('figure.data-chart tr', { hasText: 'Ejecutados hasta el corte' });
    await expect(row.locator('td').textContent()).resolves.toBe('4');
    await page.context().close();
  });

  test('are drawn over their tables with JavaScript, named and tied to the table', async () => {
    const page = await openReport({ javaScriptEnabled: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const canvas = page.locator('figure.data-chart canvas').first();
    await canvas.waitFor({ state: 'visible' });
    await expect(canvas.getAttribute('role')).resolves.toBe('img');
    await expect(canvas.getAttribute('aria-label')).resolves.toMatch(/^Gráfico de barras/);
    const tableId = await canvas.getAttribute('aria-describedby');
    await expect(page.locator(`table#${tableId}`).isVisible()).resolves.toBe(true);
    expect((await canvas.boundingBox())?.height).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('are loaded only on pages that show one', async () => {
    const page = await openReport({ javaScriptEnabled: true });
    const scripts = async () => page.locator('script').count();
    expect(await scripts()).toBeGreaterThan(0);
    for (const path of ['/', '/2021/cronograma/', '/2021/actividades/espacio-virtual/', '/glosario/']) {
      await page.goto(`${served.url}${path}`);
      expect(await scripts(), path).toBe(0);
    }
    await page.context().close();
  });
});

describe('printing a period report', () => {
  test('hides navigation and drawings, and prints the address of every outside link', async () => {
    const page = await openReport({ javaScriptEnabled: true });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.data-chart__drawing').first().isVisible()).resolves.toBe(false);
    const after = await page
      .getByRole('link', { name: 'Video de ENTerritorio en YouTube' })
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://www.youtube.com/watch?v=hUYCEN1ylVY');
    await page.context().close();
  });

  test('fits A4 with each product card starting on its own page', async () => {
    const page = await openReport({ javaScriptEnabled: true });
    const cards = await page.locator('.pp-card-list > li').count();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(cards).toBe(15);
    expect(pages).toBeGreaterThanOrEqual(cards);
    await page.context().close();
  });
});
