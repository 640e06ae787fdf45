import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { listPages, useServedSite } from './support/browser';

const site = inject('site');
const pages = listPages(site.outDir);

const served = useServedSite(site.outDir);

describe.each([375, 1280])('at %i px wide', (width) => {
  // One tab per width, reused page after page: opening a context per page doubles the run time.
  let page: Page;

  beforeAll(async () => {
    page = await (await served.browser.newContext({ viewport: { width, height: 800 } })).newPage();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  test.each(pages)('%s fits the screen, has one h1 and starts with the skip link', async (path) => {
    await page.goto(`${served.url}${path}`);
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      h1: document.querySelectorAll('h1').length,
    }));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(layout).toEqual({ overflow: 0, h1: 1 });
    expect(focused).toBe('#contenido');
  });
});

describe('at 200% zoom', () => {
  test.each(['/', '/2021/informes/i-semestre/', '/2021/evidencias/'])('%s still fits without horizontal scrolling', async (path) => {
    // A 1280 px window at 200% zoom lays the page out in 640 CSS pixels.
    const context = await served.browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${served.url}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await context.close();
    expect(overflow).toBe(0);
  });
});
