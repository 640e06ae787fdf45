/**
 * `npm run bench [-- 100 1000 5000]`: builds the site from synthetic content at each size and
 * prints what it cost: wall time, peak memory, pages, pages per second, dist size, the
 * JavaScript and CSS (gzip) of the heaviest page, and `validar` alone. A table, then JSON
 * (also written to .bench/resultados.json). A benchmark, not a test: it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { getFiles } from '../src/data/read-content';
import { toSyntheticFolder } from '../src/data/synthetic-content';
import { getPageWeight } from './support/page-weight';

const ROOT = process.cwd();
const BENCH = join(ROOT, '.bench');
const sizes = process.argv.slice(2).map(Number).filter((size) => Number.isInteger(size) && size > 0);

interface Result {
  activities: number;
  files: number;
  validateSeconds: number;
  buildSeconds: number;
  peakMemoryMiB: number;
  pages: number;
  pagesPerSecond: number;
  distMiB: number;
  heaviestPage: string;
  heaviestJsKiB: number;
  heaviestCssKiB: number;
}

/** Runs Node with `args` and returns how long it took, in seconds. */
function getRunSeconds(args: string[], env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

function getHeaviestPage(outDir: string): { page: string; js: number; css: number } {
  let heaviest = { page: '', js: 0, css: 0 };
  for (const file of getFiles(outDir).filter((path) => path.endsWith('.html'))) {
    const { js, css } = getPageWeight(outDir, readFileSync(file, 'utf8'));
    if (js + css > heaviest.js + heaviest.css) heaviest = { page: `/${file.slice(outDir.length + 1)}`, js, css };
  }
  return heaviest;
}

function getResult(activities: number): Result {
  const dir = join(BENCH, `contenido-${activities}`);
  const files = toSyntheticFolder(dir, activities);
  const contentDir = dir.slice(ROOT.length + 1);
  const outDir = join(BENCH, `dist-${activities}`);
  const peakFile = join(BENCH, `peak-${activities}.txt`);
  rmSync(outDir, { recursive: true, force: true });
  const validateSeconds = getRunSeconds(['node_modules/tsx/dist/cli.mjs', 'scripts/validar.ts'], { CONTENT_DIR: contentDir });
  // A cold build, with its own cache: nothing from an earlier run is reused.
  const cache = join(BENCH, `cache-${activities}`);
  rmSync(cache, { recursive: true, force: true });
  const buildSeconds = getRunSeconds(['--import', './scripts/support/report-peak-memory.mjs', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    CONTENT_DIR: contentDir,
    ASTRO_CACHE_DIR: cache,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://www.example.gov.co',
    BENCH_PEAK_FILE: peakFile,
  });
  const outFiles = getFiles(outDir);
  const pages = outFiles.filter((path) => path.endsWith('.html')).length;
  const heaviest = getHeaviestPage(outDir);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    activities,
    files,
    validateSeconds: round(validateSeconds),
    buildSeconds: round(buildSeconds),
    peakMemoryMiB: Math.round(Number(readFileSync(peakFile, 'utf8')) / 1024),
    pages,
    pagesPerSecond: Math.round(pages / buildSeconds),
    distMiB: round(outFiles.reduce((sum, path) => sum + statSync(path).size, 0) / 1024 / 1024),
    heaviestPage: heaviest.page,
    heaviestJsKiB: round(heaviest.js / 1024),
    heaviestCssKiB: round(heaviest.css / 1024),
  };
}

const results = (sizes.length > 0 ? sizes : [100, 1000, 5000]).map((size) => {
  process.stderr.write(`${size} actividades…\n`);
  return getResult(size);
});
const columns: [keyof Result, string][] = [
  ['activities', 'Activities'],
  ['files', 'Content files'],
  ['validateSeconds', 'validar (s)'],
  ['buildSeconds', 'Build (s)'],
  ['peakMemoryMiB', 'Peak RSS (MiB)'],
  ['pages', 'Pages'],
  ['pagesPerSecond', 'Pages/s'],
  ['distMiB', 'dist (MiB)'],
  ['heaviestJsKiB', 'Heaviest page JS gzip (KiB)'],
  ['heaviestCssKiB', 'Its CSS gzip (KiB)'],
];
console.log(`Machine: ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}\n`);
console.log(`| ${columns.map(([, title]) => title).join(' | ')} |`);
console.log(`|${columns.map(() => ' ---: |').join('')}`);
for (const result of results) console.log(`| ${columns.map(([key]) => result[key]).join(' | ')} |`);
console.log(`\nHeaviest page: ${results.map((result) => `${result.activities}: ${result.heaviestPage}`).join('; ')}\n`);
const json = JSON.stringify(results, null, 2);
writeFileSync(join(BENCH, 'resultados.json'), `${json}\n`);
console.log(json);
