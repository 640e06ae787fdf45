import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getPageWeight } from '../scripts/support/page-weight';
import { getCheckedSites } from './support/checked-sites';

describe.each(getCheckedSites())('what each page of the $name site makes a phone download (gzip)', ({ build }) => {
  const files = readdirSync(build.outDir, { recursive: true }).map(String);
  const pages = files.filter((name) => name.endsWith('.html')).sort();

  test.each(pages)('%s: JavaScript only with a chart or the search, at most 60 KiB; CSS at most 15 KiB', (name) => {
    const html = readFileSync(join(build.outDir, name), 'utf8');
    const { js, css } = getPageWeight(build.outDir, html);
    const needsScript = html.includes('class="data-chart') || name === 'buscar/index.html';
    if (needsScript) expect(js).toBeGreaterThan(0);
    else expect(js).toBe(0);
    expect(js).toBeLessThanOrEqual(60 * 1024);
    expect(css).toBeLessThanOrEqual(15 * 1024);
  });

  test('no web font is downloaded: the site uses the system fonts', () => {
    expect(files.filter((name) => /\.(woff2?|ttf|otf|eot)$/.test(name))).toEqual([]);
    const css = files.filter((name) => name.endsWith('.css')).map((name) => readFileSync(join(build.outDir, name), 'utf8'));
    expect(css.join('\n')).not.toContain('@font-face');
  });
});
