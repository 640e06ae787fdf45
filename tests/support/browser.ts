/**
 * Debian's Chromium, driven by playwright-core: Playwright cannot download its own browsers
 * here. The flags keep Chromium from calling home, which this closed network would refuse.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
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

/** Every page of a built site as a URL path ("/", "/2021/informes/i-semestre/", "/404.html"), sorted. */
export function listPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const folder = relative(outDir, dir).split(sep).join('/');
        pages.push(folder ? `/${folder}/` : '/');
      } else if (entry.name === '404.html' && dir === outDir) pages.push('/404.html');
    }
  };
  walk(outDir);
  return pages.sort();
}
