import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listPages, useServedSite } from './support/browser';
import { getCheckedSites } from './support/checked-sites';

describe.each(getCheckedSites())('the pages of the $name site', ({ build }) => {
  const pages = listPages(build.outDir);
  const served = useServedSite(build.outDir);

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

  // The home page and the first page of each kind with the widest content: a report, an evidence list, an activity.
  const zoomed = ['/', ...[/\/informes\/[^/]+\/$/, /\/evidencias\/$/, /\/actividades\/[^/]+\/$/].flatMap((kind) => pages.find((path) => kind.test(path)) ?? [])];

  test.each(zoomed)('%s still fits without horizontal scrolling at 200% zoom', async (path) => {
    // A 1280 px window at 200% zoom lays the page out in 640 CSS pixels.
    const context = await served.browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${served.url}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await context.close();
    expect(overflow).toBe(0);
  });
});
