import { readdirSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { ROOT_SITE_URL, SUB_PATH } from './support/build-site';
import { getCrawlResult } from './support/crawl';

describe('following every link of the built site', () => {
  test('finds no broken internal link, asset or fragment at the root of a domain, and reaches every page', () => {
    const site = inject('site');
    const { pages, checked, broken } = getCrawlResult(site.outDir, '/', ROOT_SITE_URL);
    expect(broken).toEqual([]);
    const htmlFiles = readdirSync(site.outDir, { recursive: true }).filter((name) => String(name).endsWith('.html'));
    expect(pages).toHaveLength(htmlFiles.length);
    expect(checked).toBeGreaterThan(1000);
  });

  test('finds none either under a sub-path, and reaches the same pages', () => {
    const site = inject('subPathSite');
    const root = getCrawlResult(inject('site').outDir, '/', ROOT_SITE_URL);
    const { pages, broken } = getCrawlResult(site.outDir, SUB_PATH.BASE_PATH, SUB_PATH.SITE_URL);
    expect(broken).toEqual([]);
    expect(pages.map((page) => page.replace(SUB_PATH.BASE_PATH, '/')).sort()).toEqual([...root.pages].sort());
  });
});
