/**
 * Axe on every page of a built site in Chromium. Each checked site gets its own test file
 * (tests/accessibility-*.test.ts), so that test workers share the slowest check.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { listPages, useServedSite } from './browser';
import type { CheckedSite } from './checked-sites';

// WCAG A and AA, plus axe's best practices: they check what the issue asks beyond WCAG's
// letter (ordered headings, one h1, all content inside landmarks).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export function describeAccessibility({ name, build }: CheckedSite): void {
  describe(`accessibility of the ${name} site (WCAG 2.0, 2.1 and 2.2 A and AA, and best practices, checked by axe in Chromium)`, () => {
    const pages = listPages(build.outDir);
    const served = useServedSite(build.outDir);

    test('covers every built page, the home and not-found pages included', () => {
      expect(pages).toEqual(expect.arrayContaining(['/', '/404.html']));
    });

    test.each(pages)('finds no violation on %s', async (path) => {
      const context = await served.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${served.url}${path}`, { waitUntil: 'load' });
      // Once, under load, axe analysed an empty document: wait until the page has rendered its heading.
      await page.locator('main h1').waitFor();
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      await context.close();
      const report = violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
      );
      expect(report, `axe violations on ${path}`).toEqual([]);
    });
  });
}
