import { readdirSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { ROOT_SITE_URL, SUB_PATH } from './support/build-site';
import { isNoindex } from './support/browser';
import { getCrawlResult } from './support/crawl';

/**
 * Every page of a build a visitor must be able to reach, as the crawl names them: "/",
 * "/2021/", "/404.html". The staff's editor page (or its notice) is for those who know it.
 */
function listHtmlPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'))
    .filter((name) => name === '404.html' || !isNoindex(outDir, `/${name}`))
    .map((name) => `/${name.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

describe('following every link of the built site', () => {
  test('finds no broken internal link, asset or fragment at the root of a domain, and reaches every page', () => {
    const site = inject('site');
    const { pages, broken } = getCrawlResult(site.outDir, '/', ROOT_SITE_URL);
    expect(broken).toEqual([]);
    expect([...pages].sort()).toEqual(listHtmlPages(site.outDir));
  });

  test('finds none either under a sub-path, and reaches the same pages as at the root', () => {
    const root = getCrawlResult(inject('sampleSite').outDir, '/', ROOT_SITE_URL);
    const { pages, broken, checked } = getCrawlResult(inject('subPathSite').outDir, SUB_PATH.BASE_PATH, SUB_PATH.SITE_URL);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    expect(pages.map((page) => page.replace(SUB_PATH.BASE_PATH, '/')).sort()).toEqual([...root.pages].sort());
  });
});
