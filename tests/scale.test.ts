import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { ROOT_SITE_URL } from './support/build-site';
import { getCrawlResult } from './support/crawl';

const site = inject('syntheticSite');

describe('a site built from 120 synthetic activities (about 230 pieces of evidence)', () => {
  test('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  test('splits the evidence list in pages of 50, each with its own address and links between them', () => {
    const plan = readFileSync(join(site.outDir, 'sitemap.xml'), 'utf8').match(/\/(\d{4})\/evidencias\//)![1];
    const first = readFileSync(join(site.outDir, plan!, 'evidencias/index.html'), 'utf8');
    expect(first.match(/<li[^>]*><article class="evidence-item/g)).toHaveLength(50);
    expect(first).toContain(`href="/${plan}/evidencias/pagina/2/" rel="next"`);
    expect(first).toMatch(/Se muestran de la 1 a la 50 de \d+\./);
    const second = readFileSync(join(site.outDir, plan!, 'evidencias/pagina/2/index.html'), 'utf8');
    expect(second).toContain(`href="/${plan}/evidencias/" rel="prev"`);
    expect(second).toContain('<ol class="evidence__list" start="51"');
    expect(existsSync(join(site.outDir, plan!, 'evidencias/pagina/9/index.html'))).toBe(false);
  });

  test('has no broken internal link, across every page of every list', () => {
    const { pages, broken } = getCrawlResult(site.outDir, '/', ROOT_SITE_URL);
    expect(broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(150);
  });
});
