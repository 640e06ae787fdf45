/**
 * `npm run dev` tells the truth: its pages look exactly like the built ones, and while a
 * content file is broken every page shows the Spanish problem list, in the browser and in the
 * terminal, instead of a site that silently left the file out; fixed, the page comes back by
 * itself. The real dev server runs on a copy of the sample, beside the sample's build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { t } from '../src/lib/i18n';
import { launchBrowser } from './support/browser';
import { applyChange, BROKEN_CONTENT, copySource, getShellEnv, ROOT, ROOT_SITE_URL, SAMPLE, toSourceEnv } from './support/build-site';
import { getFreePort } from './support/editor';
import { startStaticServer, type StaticServer } from './support/static-server';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGES = ['/2021/informes/i-semestre/', '/'];
/** The page of the activity whose evidence the test breaks, and that evidence's link. */
const ACTIVITY = '/2021/actividades/espacio-virtual/';
const VIDEO_LINK = 'a[href="https://www.youtube.com/watch?v=hUYCEN1ylVY"]';
const MISTAKE = BROKEN_CONTENT.impossibleDate;

/** What a reader sees of an element; positions and sizes follow from these. */
const VISUAL_PROPERTIES = [
  'display',
  'position',
  'visibility',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-align',
  'text-decoration-line',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-left-width',
  'border-left-style',
  'border-left-color',
  'list-style-type',
];

/**
 * What the dev server adds to a page and the built site does not have; and the change history,
 * which comes from git: the dev server runs on an untracked copy of the sample (the test breaks
 * a file in it), so its pages have none.
 */
const DEV_ONLY = 'script, style, link, vite-error-overlay, astro-dev-toolbar, .change-history, .change-history *';

let dev: ChildProcess | undefined;
let devOutput = '';
let devUrl = '';
let browser: Browser | undefined;
let built: StaticServer | undefined;
let contentDir = '';
/** The content folder as the problem list names it: from the project root. */
let contentPath = '';

async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (dev?.exitCode !== null) throw new Error(`astro dev stopped:\n${devOutput}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`astro dev did not answer within 30 s:\n${devOutput}`);
}

beforeAll(async () => {
  const sampleSite = inject('sampleSite');
  expect(sampleSite.status, sampleSite.output).toBe(0);
  const source = copySource('dev', SAMPLE);
  contentDir = join(ROOT, source.contentDir);
  contentPath = source.contentDir;
  const cacheDir = join(ROOT, 'tests/.output/cache-dev');
  rmSync(cacheDir, { recursive: true, force: true });
  const port = await getFreePort();
  devUrl = `http://127.0.0.1:${port}`;
  // Its own process group, so that afterAll stops the server and whatever it started.
  dev = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    env: { ...getShellEnv(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir, SITE_URL: ROOT_SITE_URL, ...toSourceEnv(source) },
  });
  dev.stdout?.on('data', (chunk) => (devOutput += chunk));
  dev.stderr?.on('data', (chunk) => (devOutput += chunk));
  [browser, built] = await Promise.all([launchBrowser(), startStaticServer(sampleSite.outDir), waitUntilServing(`${devUrl}/`)]);
});

afterAll(async () => {
  if (dev?.pid !== undefined && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev?.once('exit', resolve));
    process.kill(-dev.pid, 'SIGTERM');
    await exited;
  }
  await browser?.close();
  await built?.close();
});

/** Every element of the body in document order, with its computed visual properties. */
async function getStyles(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'networkidle' });
  return page.evaluate(
    ({ properties, devOnly }) =>
      [...document.body.querySelectorAll('*')]
        .filter((element) => !element.matches(devOnly))
        .map((element) => {
          const style = getComputedStyle(element);
          const classes = element.getAttribute('class')?.trim().split(/\s+/) ?? [];
          const name = [element.tagName.toLowerCase(), ...classes].join('.');
          return `${name} { ${properties.map((property) => `${property}: ${style.getPropertyValue(property)}`).join('; ')} }`;
        }),
    { properties: VISUAL_PROPERTIES, devOnly: DEV_ONLY },
  );
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('npm run dev', () => {
  test('looks exactly like the built site, with no Content Security Policy violation', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    for (const path of PAGES) {
      const builtStyles = await getStyles(page, `${built!.url}${path}`);
      errors.length = 0;
      const devStyles = await getStyles(page, `${devUrl}${path}`);
      expect(devStyles.length, path).toBeGreaterThan(50);
      expect(devStyles, path).toEqual(builtStyles);
      expect(errors, path).toEqual([]);
    }
    await page.close();
  }, 40_000);

  test('shows the Spanish problem list while a file is broken, and the page again once it is fixed', async () => {
    const file = join(contentDir, MISTAKE.file);
    const original = readFileSync(file, 'utf8');
    const problemLine = `${contentPath}/${MISTAKE.file}, línea 4, campo \`fecha\`: "2021-13-45" no es válido; debe ser una fecha real`;
    const page = await browser!.newPage();
    await page.goto(`${devUrl}${ACTIVITY}`);
    await expect(page.locator(VIDEO_LINK).count()).resolves.toBeGreaterThan(0);

    applyChange(contentDir, MISTAKE);
    // The open page changes by itself, and any page asked for answers with the list.
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, t.preview.title, { timeout: 10_000 });
    for (const path of [...PAGES, ACTIVITY]) {
      const response = await page.goto(`${devUrl}${path}`);
      expect(response?.status(), path).toBe(500);
    }
    await expect(page.locator('h1').textContent()).resolves.toBe(t.preview.title);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(problemLine);
    expect(text).toContain(t.preview.recovers);
    // In the terminal too, once for the change, not once per page asked for.
    expect(count(devOutput, problemLine)).toBe(1);

    writeFileSync(file, original);
    // No reload here: the page comes back by itself, with the evidence that was broken.
    await page.waitForSelector(VIDEO_LINK, { timeout: 15_000 });
    expect(devOutput).toContain(t.preview.fixed);
    await page.close();
  }, 40_000);
});
