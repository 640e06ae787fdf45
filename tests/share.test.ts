import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SEMAPHORE_COLORS } from '../src/lib/site/color';
import { launchBrowser, listPages } from './support/browser';
import { ROOT_SITE_URL, SUB_PATH, type BuildResult } from './support/build-site';
import { getCheckedSites } from './support/checked-sites';
import { readPage, readPageText } from './support/read-page';

const sample = inject('sampleSite');

/** The value of a <meta> (by name or property) or the href of a <link rel>, as a page declares it. */
function getHead(html: string) {
  const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const meta = (key: string) => {
    const match = html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`));
    return match ? decode(match[1]!) : undefined;
  };
  const link = (rel: string) => html.match(new RegExp(`<link rel="${rel}" href="([^"]*)"`))?.[1];
  return { meta, link };
}

/** Width and height from a PNG's header, and whether it is a PNG at all. */
function getPngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file a published address stands for in the build, given the site's address and base. */
function toBuiltFile(build: BuildResult, url: string, origin: string, base = '/'): string {
  const path = url.replace(origin, '');
  expect(path.startsWith(base), url).toBe(true);
  return join(build.outDir, path.slice(base.length));
}

const sites = [
  ...getCheckedSites().map((site) => ({ ...site, origin: ROOT_SITE_URL, base: '/' })),
  { name: 'muestra bajo una subruta', build: inject('subPathSite'), origin: SUB_PATH.SITE_URL, base: SUB_PATH.BASE_PATH },
];

describe.each(sites)('every page of the $name site, shared on a network or a messaging app', ({ build, origin, base }) => {
  const pages = listPages(build.outDir);

  test.each(pages)('%s: shows a 1200×630 PNG card that exists, with its text alternative, and says what it is in one description', (page) => {
    const { meta } = getHead(readPage(build.outDir, page));
    const image = meta('og:image');
    expect(image).toMatch(new RegExp(`^${origin}${base}tarjetas/.+\\.png$`));
    expect(getPngSize(toBuiltFile(build, image!, origin, base))).toEqual({ width: 1200, height: 630 });
    expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:type')]).toEqual(['1200', '630', 'image/png']);
    expect(meta('og:image:alt')?.length).toBeGreaterThan(20);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:description')).toBe(meta('description'));
  });

  test('names its PNG icons for phones in the page and in a manifest that parses, each at its declared size', () => {
    const { link, meta } = getHead(readPage(build.outDir, pages[0]!));
    const touch = link('apple-touch-icon');
    expect(touch).toMatch(new RegExp(`^${base}iconos/`));
    expect(getPngSize(toBuiltFile(build, touch!, '', base))).toEqual({ width: 180, height: 180 });
    expect(meta('theme-color')).toMatch(/^#[0-9a-f]{3,6}$/i);
    const manifestFile = toBuiltFile(build, link('manifest')!, '', base);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { start_url: string; icons: { src: string; sizes: string }[] };
    expect(manifest.start_url).toBe(base);
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(getPngSize(toBuiltFile(build, icon.src, '', base))).toEqual({ width, height });
    }
  });
});

describe('the sample report, shared', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  test('leads its description and its card’s text with the figures, not the objective', () => {
    const { meta } = getHead(readPage(sample.outDir, '/2021/informes/i-semestre/'));
    expect(meta('description')).toMatch(/^80 ?% de ejecución del I semestre · 26 ?% de avance global del plan, con corte al 30 de junio de 2021\. /);
    expect(meta('og:image:alt')).toContain('80% de ejecución del I semestre (semáforo: alto) · 26% de avance global del plan (semáforo: bajo)');
    expect(getHead(readPage(sample.outDir, '/')).meta('description')).toMatch(/^80 ?% de ejecución del I semestre · 26 ?% de avance global/);
  });

  test('gives an activity its component’s card, and the other pages the home page’s', () => {
    const { meta } = getHead(readPage(sample.outDir, '/2021/actividades/divulgar-estrategia/'));
    expect(meta('og:image')).toBe(`${ROOT_SITE_URL}/tarjetas/2021/componentes/ciclo-gestion.png`);
    expect(getHead(readPage(sample.outDir, '/glosario/')).meta('og:image')).toBe(`${ROOT_SITE_URL}/tarjetas/inicio.png`);
  });

  test('draws the 80% in the semáforo’s green and the 26% in its red on the card', async () => {
    const png = readFileSync(join(sample.outDir, 'tarjetas/2021/informes/i-semestre.png')).toString('base64');
    const page = await (await browser.newContext()).newPage();
    const counts = await page.evaluate(
      async ({ png, colors }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, image.width, image.height);
        const toRgb = (hex: string) => [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16));
        return Object.fromEntries(
          Object.entries(colors).map(([name, hex]) => {
            const [r, g, b] = toRgb(hex);
            let count = 0;
            for (let index = 0; index < data.length; index += 4) if (data[index] === r && data[index + 1] === g && data[index + 2] === b) count += 1;
            return [name, count];
          }),
        );
      },
      { png, colors: SEMAPHORE_COLORS },
    );
    await page.context().close();
    expect(counts.verde).toBeGreaterThan(2000);
    expect(counts.rojo).toBeGreaterThan(2000);
    expect(counts.amarillo).toBe(0);
  });
});

describe('the sample report, read on the page', () => {
  test('says each figure’s semáforo word on its card', () => {
    const text = readPageText(sample.outDir, '/2021/informes/i-semestre/');
    expect(text).toMatch(/80 ?% de ejecución del I semestre Semáforo: alto/);
    expect(text).toMatch(/26 ?% de avance global del plan Semáforo: bajo/);
  });

  test('shows each component’s execution and global progress in its table', () => {
    const html = readPage(sample.outDir, '/2021/informes/i-semestre/');
    const table = html.slice(html.indexOf('id="grafico-componentes-tabla"'));
    expect(table.slice(0, table.indexOf('</thead>'))).toMatch(/<th scope="col"[^>]*>Ejecución<\/th><th scope="col"[^>]*>Avance global<\/th>/);
  });
});
