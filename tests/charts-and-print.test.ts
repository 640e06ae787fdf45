import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from './support/browser';
import { ROOT, ROOT_SITE_URL, SUB_PATH } from './support/build-site';

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
    // JSON-LD blocks are data, not code: every page has one.
    const scripts = async () => page.locator('script:not([type="application/ld+json"])').count();
    expect(await scripts()).toBeGreaterThan(0);
    for (const path of ['/', '/2021/cronograma/', '/2021/actividades/espacio-virtual/', '/glosario/']) {
      await page.goto(`${served.url}${path}`);
      expect(await scripts(), path).toBe(0);
    }
    await page.context().close();
  });
});

/** Text as a reader sees it, whatever the line breaks and columns: one space between words. */
function toFlat(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** A pattern for text that print may wrap anywhere, as it does long addresses. */
function toWrappedPattern(text: string): RegExp {
  return new RegExp([...text].map((character) => character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
}

interface PrintedReport {
  /** The text of each sheet, as pdftotext lays it out. */
  pages: string[];
  /** What must not be cut by a sheet's end, by its first and last line on screen. */
  blocks: { kind: string; first: string; last: string }[];
  headings: string[];
}

let printed: Promise<PrintedReport> | undefined;

/** The report printed once, as Chromium's "Save as PDF" does, kept in tests/.output to look at. */
function getPrintedReport(): Promise<PrintedReport> {
  printed ??= (async () => {
    const page = await openReport({ javaScriptEnabled: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'print' });
    const blocks = await page.locator('.figure-card, figure.data-chart, .pp-card-list > li').evaluateAll((elements) =>
      elements.map((element) => {
        const lines = (element as HTMLElement).innerText.split('\n').filter((line) => line.trim() !== '');
        const kind = element.matches('li') ? 'card' : element.matches('figure') ? 'chart' : 'figure';
        return { kind, first: lines[0]!, last: lines.at(-1)! };
      }),
    );
    const headings = await page.locator('main :is(h2, h3, h4, h5)').allInnerTexts();
    await page.context().close();
    const file = join(ROOT, 'tests/.output/informe-i-semestre.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // pdftotext ends every sheet with a form feed.
    const pages = text.split('\f').slice(0, -1);
    return {
      pages,
      blocks: blocks.map(({ kind, first, last }) => ({ kind, first: toFlat(first), last: toFlat(last) })),
      headings: headings.map(toFlat),
    };
  })();
  return printed;
}

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

  test('fits a few A4 sheets, each headed with the entity, the report and its cut-off, and numbered', async () => {
    const { pages } = await getPrintedReport();
    // Measured at 9 sheets (17 when every product started its own).
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(11);
    pages.forEach((text, index) => {
      expect(text, `sheet ${index + 1}`).toContain('ENTerritorio · Informe de avance I semestre · Corte: 30 de junio de 2021');
      expect(text, `sheet ${index + 1}`).toContain(`Página ${index + 1} de ${pages.length}`);
      expect(text, `sheet ${index + 1}`).toContain(`${ROOT_SITE_URL}${REPORT}`);
    });
  });

  test('keeps each figure beside its label, each chart with its caption and each product card whole on one sheet', async () => {
    const { pages, blocks } = await getPrintedReport();
    const lines = pages.flatMap((text, page) => text.split('\n').map((line) => ({ page, line })));
    for (const [value, label] of [[/\b80\s?%/, 'de ejecución del I semestre'], [/\b26\s?%/, 'de avance global del plan']] as const) {
      const at = lines.findIndex(({ line }) => value.test(line));
      expect(at, `${value}`).toBeGreaterThanOrEqual(0);
      const column = lines[at]!.line.search(value);
      // Right below the figure, in its column, on its sheet.
      expect(lines[at + 1]?.page).toBe(lines[at]!.page);
      expect(lines[at + 1]?.line.slice(column)).toMatch(new RegExp(`^${label}`));
    }

    expect(blocks.filter(({ kind }) => kind === 'card')).toHaveLength(15);
    let from = 0;
    for (const { kind, first, last } of blocks) {
      const page = pages.findIndex((text, index) => index >= from && toFlat(text).includes(first));
      expect(page, `${kind} «${first}» printed`).toBeGreaterThanOrEqual(0);
      const text = toFlat(pages[page]!);
      expect(text.indexOf(last, text.indexOf(first)), `${kind} «${first}» ends on its sheet with «${last}»`).toBeGreaterThan(text.indexOf(first));
      from = page;
    }
  });

  test('leaves no heading at the bottom of a sheet', async () => {
    const { pages, headings } = await getPrintedReport();
    pages.forEach((text, index) => {
      const content = text.split('\n').filter((line) => line.trim() !== '');
      // The last line is the margin's: the report's address and the page number.
      const lastLine = toFlat(content.at(-2) ?? '');
      expect(headings.filter((heading) => heading.endsWith(lastLine)), `sheet ${index + 1} ends with «${lastLine}»`).toEqual([]);
    });
  });

  test("prints the full address of the site's own links, and no address after in-page links or a pasted address", async () => {
    const { pages } = await getPrintedReport();
    const text = pages.join('\n');
    expect(text).toMatch(toWrappedPattern(`(${ROOT_SITE_URL}/2021/componentes/ciclo-gestion/)`));
    expect(text).toMatch(toWrappedPattern(`(${ROOT_SITE_URL}/documentos/2021/informe-avance-2021-i-semestre.txt)`));
    expect(text).toMatch(/Ver los 5 productos que cuenta\s+Ver los 15 productos que cuenta\s*\n/);
    const youtube = 'https://www.youtube.com/watch?v=hUYCEN1ylVY';
    expect(text).not.toMatch(toWrappedPattern(`${youtube} (${youtube})`));
    expect(text.match(new RegExp(toWrappedPattern(`(${youtube})`).source, 'g'))).toHaveLength(1);
  });

  test('prints addresses under the sub-path the site is published at', () => {
    const subPath = inject('subPathSite');
    const css = readFileSync(join(subPath.outDir, 'impresion.css'), 'utf8');
    expect(css).toContain(`content: " (${SUB_PATH.SITE_URL}" attr(href) ")";`);
    const html = readFileSync(join(subPath.outDir, '2021/informes/i-semestre/index.html'), 'utf8');
    expect(html).toContain(`<a href="${SUB_PATH.BASE_PATH}2021/componentes/ciclo-gestion/"`);
    expect(html).toContain(`<link rel="stylesheet" href="${SUB_PATH.BASE_PATH}2021/informes/i-semestre/impresion.css" media="print">`);
    expect(readFileSync(join(subPath.outDir, '2021/informes/i-semestre/impresion.css'), 'utf8')).toContain(
      `"${SUB_PATH.SITE_URL}${SUB_PATH.BASE_PATH}2021/informes/i-semestre/"`,
    );
  });
});
