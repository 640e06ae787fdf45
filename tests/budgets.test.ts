import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { getPageWeight } from '../scripts/support/page-weight';

const site = inject('site');
const pages = readdirSync(site.outDir, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.html'))
  .sort();

describe('what each page makes a phone download (gzip)', () => {
  test.each(pages)('%s: JavaScript only with a chart or the search, at most 60 KiB; CSS at most 15 KiB', (name) => {
    const html = readFileSync(join(site.outDir, name), 'utf8');
    const { js, css } = getPageWeight(site.outDir, html);
    const needsScript = html.includes('class="data-chart') || name === 'buscar/index.html';
    if (needsScript) expect(js).toBeGreaterThan(0);
    else expect(js).toBe(0);
    expect(js).toBeLessThanOrEqual(60 * 1024);
    expect(css).toBeLessThanOrEqual(15 * 1024);
  });

  test('no web font is downloaded: the site uses the system fonts', () => {
    const files = readdirSync(site.outDir, { recursive: true }).map(String);
    expect(files.filter((name) => /\.(woff2?|ttf|otf|eot)$/.test(name))).toEqual([]);
    const css = files.filter((name) => name.endsWith('.css')).map((name) => readFileSync(join(site.outDir, name), 'utf8'));
    expect(css.join('\n')).not.toContain('@font-face');
  });
});
