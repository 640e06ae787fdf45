import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { FEED_SIZE } from '../src/lib/publishing/discovery';
import { isNoindex, launchBrowser, listPages } from './support/browser';
import { ROOT_SITE_URL } from './support/build-site';

const site = inject('site');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Parses XML with Chromium's own parser: what a feed reader or a crawler would get. */
async function parseXml(outDir: string, file: string) {
  const page = await browser.newPage();
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const texts = (tag: string) => [...doc.getElementsByTagName(tag)].map((element) => element.textContent ?? '');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      locs: texts('loc'),
      itemTitles: [...doc.querySelectorAll('item > title')].map((element) => element.textContent ?? ''),
      itemLinks: [...doc.querySelectorAll('item > link')].map((element) => element.textContent ?? ''),
      pubDates: texts('pubDate'),
      language: texts('language')[0],
    };
  }, readFileSync(join(outDir, file), 'utf8'));
  await page.close();
  return parsed;
}

describe('search engines and feed readers', () => {
  test('read a well-formed sitemap.xml with every page but those search engines must skip (not-found, editor)', async () => {
    const sitemap = await parseXml(site.outDir, 'sitemap.xml');
    expect(sitemap.error).toBeNull();
    expect(sitemap.root).toBe('urlset');
    const pages = listPages(site.outDir).filter((page) => !isNoindex(site.outDir, page));
    expect(sitemap.locs).toEqual(pages.map((page) => `${ROOT_SITE_URL}${page}`));
  });

  test('are pointed to the sitemap by robots.txt', () => {
    expect(readFileSync(join(site.outDir, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ROOT_SITE_URL}/sitemap.xml\n`);
  });

  test('read a well-formed RSS feed of the newest evidence, in Spanish, each item linking to its evidence', async () => {
    const feed = await parseXml(site.outDir, 'evidencias.xml');
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.language).toBe('es-co');
    // Counted as validation reads the folder: hidden files are not content.
    const evidenceFiles = readdirSync(join(site.contentDir, 'evidencias'), { recursive: true }).filter((name) => String(name).endsWith('.mdx') && !String(name).split('/').some((part) => part.startsWith('.')));
    expect(feed.itemTitles).toHaveLength(Math.min(evidenceFiles.length, FEED_SIZE));
    expect(feed.itemLinks.every((link) => link.startsWith(`${ROOT_SITE_URL}/`))).toBe(true);
    expect(feed.pubDates.every((date) => !Number.isNaN(Date.parse(date)))).toBe(true);
  });

  test('find each piece of evidence of the sample in the feed, titled with its date and product', async () => {
    const feed = await parseXml(inject('sampleSite').outDir, 'evidencias.xml');
    expect(feed.itemTitles).toContain('30 de junio de 2021: Elaborar un (1) video');
    expect(feed.itemLinks).toContain(`${ROOT_SITE_URL}/2021/actividades/espacio-virtual/#evidencia-2021-2021-06-30-video-youtube`);
  });

  test('find on every page its canonical address, a description and Open Graph data', () => {
    for (const page of listPages(site.outDir)) {
      const html = readFileSync(join(site.outDir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      if (!isNoindex(site.outDir, page)) expect(html, page).toContain(`<link rel="canonical" href="${ROOT_SITE_URL}${page}">`);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{20,}">/);
      expect(html, page).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, page).toContain('<meta property="og:locale" content="es_CO">');
      expect(html, page).toContain(`<link rel="alternate" type="application/rss+xml" title="Nuevas evidencias (RSS)" href="${ROOT_SITE_URL}/evidencias.xml">`);
    }
  });
});

describe.each([
  { name: 'sample', build: () => inject('sampleSite') },
  { name: 'year', build: () => inject('yearSteps').at(-1)!.build },
])('the titles and descriptions of the $name site', ({ build }) => {
  /** What a search result or a shared link shows of each page. */
  function readSnippets(outDir: string) {
    return listPages(outDir).map((page) => {
      const html = readFileSync(join(outDir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      return { page, title: /<title>([^<]*)<\/title>/.exec(html)?.[1], description: /<meta name="description" content="([^"]*)">/.exec(html)?.[1] };
    });
  }

  function getRepeated(values: readonly { page: string; value: string | undefined }[]): string[] {
    const pages = new Map<string | undefined, string[]>();
    for (const { page, value } of values) pages.set(value, [...(pages.get(value) ?? []), page]);
    return [...pages].filter(([, shared]) => shared.length > 1).map(([value, shared]) => `${value}: ${shared.join(', ')}`);
  }

  test('give every page a title of its own', () => {
    const snippets = readSnippets(build().outDir);
    expect(snippets.length).toBeGreaterThan(30);
    expect(getRepeated(snippets.map(({ page, title }) => ({ page, value: title })))).toEqual([]);
  });

  test('give every page a description of its own', () => {
    const snippets = readSnippets(build().outDir);
    expect(getRepeated(snippets.map(({ page, description }) => ({ page, value: description })))).toEqual([]);
  });
});
