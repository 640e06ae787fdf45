/**
 * Debian's Chromium, driven by playwright-core: Playwright cannot download its own browsers
 * here. The flags keep Chromium from calling home, which this closed network would refuse.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The staff's web editor (Decap CMS) marks its page: not a citizen page (tests/editor.test.ts
 * checks it), and an application whose # addresses are its own routes.
 */
export function isEditorPage(file: string): boolean {
  return /<html[^>]*\bdata-editor\b/.test(readFileSync(file, 'utf8'));
}

/** A page search engines must skip: the not-found page, and the editor's. */
export function isNoindex(outDir: string, page: string): boolean {
  const file = join(outDir, page.endsWith('.html') ? page : `${page}index.html`);
  return /<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8'));
}

/**
 * Every citizen page of a built site as a URL path ("/", "/2021/informes/i-semestre/",
 * "/404.html"), sorted: all but the staff's web editor (where it is off, its notice page is a
 * page like the others, and is listed).
 */
export function listPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html' && !isEditorPage(path)) {
        const folder = relative(outDir, dir).split(sep).join('/');
        pages.push(folder ? `/${folder}/` : '/');
      } else if (entry.name === '404.html' && dir === outDir) pages.push('/404.html');
    }
  };
  walk(outDir);
  return pages.sort();
}

export interface ServedSite {
  readonly browser: Browser;
  /** Base URL of the served site, without trailing slash. */
  readonly url: string;
}

/** For a test file: one browser and one static server for the built site, closed at the end. */
export function useServedSite(outDir: string, base = '/'): ServedSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startStaticServer(outDir, base);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll: use it inside a test.');
      return browser;
    },
    get url() {
      if (!server) throw new Error('The server starts in beforeAll: use it inside a test.');
      return server.url;
    },
  };
}
