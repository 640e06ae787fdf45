/**
 * `npm run lighthouse`: builds the site, serves it as a plain static host would, and runs
 * Lighthouse (mobile, its defaults) in Debian's Chromium on the home page, the latest period
 * report and an activity page. Prints the four scores of each. A measurement, not a test.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/support/browser';
import { startStaticServer } from '../tests/support/static-server';

const OUT = join(process.cwd(), '.bench/lighthouse-dist');
const PORT = 9333;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

rmSync(OUT, { recursive: true, force: true });
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', OUT], {
  encoding: 'utf8',
  env: { ...process.env, ASTRO_CACHE_DIR: '.bench/cache-lighthouse', ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? 'https://www.example.gov.co' },
});
if (build.status !== 0) throw new Error(`The site does not build:\n${build.stdout}\n${build.stderr}`);

/** The first page under /<plan>/<section>/, e.g. a report or an activity. */
function getFirstPage(section: string): string {
  for (const plan of readdirSync(OUT).filter((name) => /^\d{4}$/.test(name)).sort().reverse()) {
    const pages = readdirSync(join(OUT, plan, section)).sort();
    if (pages[0]) return `/${plan}/${section}/${pages[0]}/`;
  }
  throw new Error(`No page under /<plan>/${section}/`);
}

const pages = ['/', getFirstPage('informes'), getFirstPage('actividades')];
const server = await startStaticServer(OUT);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--remote-debugging-port=${PORT}`],
});
try {
  console.log(`| Page | ${CATEGORIES.join(' | ')} |\n| --- |${CATEGORIES.map(() => ' ---: |').join('')}`);
  for (const page of pages) {
    const result = await lighthouse(`${server.url}${page}`, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((name) => Math.round((categories[name]?.score ?? 0) * 100));
    console.log(`| ${page} | ${scores.join(' | ')} |`);
    const failed = Object.values(result?.lhr.audits ?? {}).filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual');
    for (const audit of failed) console.log(`    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  }
} finally {
  await browser.close();
  await server.close();
}
