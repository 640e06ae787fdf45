/**
 * `npm run bench [-- 100 1000 5000]`: builds the site from synthetic content at each size and
 * prints what it cost: a cold build, a rebuild with nothing changed and a rebuild after one
 * evidence file changed (both keeping the cold build's cache), the peak memory of the whole
 * process tree (Node and the Pagefind indexer it starts), pages, pages per second, dist size,
 * the JavaScript and CSS (gzip) of the heaviest page, and `validar` alone. A table, then JSON
 * (also written to .bench/resultados.json). A benchmark, not a test: it asserts nothing.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  noChangeSeconds: number;
  oneEditSeconds: number;
  peakMemoryMiB: number;
  peakTreeMiB: number;
  pages: number;
  pagesPerSecond: number;
  distMiB: number;
  heaviestPage: string;
  heaviestJsKiB: number;
  heaviestCssKiB: number;
}

/** Resident memory (KiB) of `pid` and every process below it, from `ps`: Pagefind runs as a child of Node. */
function getTreeRss(pid: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [child, parent] of rows) if (tree.has(parent) && !tree.has(child)) (tree.add(child), (grown = true));
  }
  return rows.filter(([child]) => tree.has(child)).reduce((sum, [, , rss]) => sum + rss, 0);
}

/** Runs Node with `args`, sampling the memory of its whole process tree ten times a second. */
function getTreeRun(args: string[], env: Record<string, string>): Promise<{ seconds: number; peakKiB: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakKiB = 0;
  const sampler = setInterval(() => {
    try {
      peakKiB = Math.max(peakKiB, getTreeRss(child.pid!));
    } catch {
      // The tree ended between two samples.
    }
  }, 100);
  return new Promise((resolve, reject) =>
    child.on('close', (status) => {
      clearInterval(sampler);
      if (status !== 0) reject(new Error(`${args.join(' ')} failed:\n${output}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakKiB });
    }),
  );
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

/** The first evidence file of the synthetic content: the one-edit rebuild changes its text. */
function getFirstEvidence(contentDir: string): string {
  const folder = join(contentDir, 'evidencias', readdirSync(join(contentDir, 'evidencias')).sort()[0]!);
  return join(folder, readdirSync(folder).sort()[0]!);
}

async function getResult(activities: number): Promise<Result> {
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
  const build = () =>
    getTreeRun(['--import', './scripts/support/report-peak-memory.mjs', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL: 'https://www.example.gov.co',
      BENCH_PEAK_FILE: peakFile,
    });
  const cold = await build();
  const peakMemoryKiB = Number(readFileSync(peakFile, 'utf8'));
  const outFiles = getFiles(outDir);
  const pages = outFiles.filter((path) => path.endsWith('.html')).length;
  const heaviest = getHeaviestPage(outDir);
  const distBytes = outFiles.reduce((sum, path) => sum + statSync(path).size, 0);
  const noChange = await build();
  // What an editor's pull request does most often: one piece of evidence says a little more.
  appendFileSync(getFirstEvidence(dir), '\nSe agregó una aclaración.\n');
  const oneEdit = await build();
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    activities,
    files,
    validateSeconds: round(validateSeconds),
    buildSeconds: round(cold.seconds),
    noChangeSeconds: round(noChange.seconds),
    oneEditSeconds: round(oneEdit.seconds),
    peakMemoryMiB: Math.round(peakMemoryKiB / 1024),
    peakTreeMiB: Math.round(Math.max(cold.peakKiB, noChange.peakKiB, oneEdit.peakKiB) / 1024),
    pages,
    pagesPerSecond: Math.round(pages / cold.seconds),
    distMiB: round(distBytes / 1024 / 1024),
    heaviestPage: heaviest.page,
    heaviestJsKiB: round(heaviest.js / 1024),
    heaviestCssKiB: round(heaviest.css / 1024),
  };
}

const results: Result[] = [];
for (const size of sizes.length > 0 ? sizes : [100, 1000, 5000]) {
  process.stderr.write(`${size} actividades…\n`);
  results.push(await getResult(size));
}
const columns: [keyof Result, string][] = [
  ['activities', 'Activities'],
  ['files', 'Content files'],
  ['validateSeconds', 'validar (s)'],
  ['buildSeconds', 'Cold build (s)'],
  ['noChangeSeconds', 'Rebuild, no change (s)'],
  ['oneEditSeconds', 'Rebuild, one edit (s)'],
  ['peakMemoryMiB', 'Peak RSS, Node (MiB)'],
  ['peakTreeMiB', 'Peak RSS, whole tree (MiB)'],
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
