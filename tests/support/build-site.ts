/**
 * Builds the sites the tests read, before any test runs, with the real CLI and the Node that
 * runs the tests: the live content (only checks that hold for any valid content read it), and
 * the sample fixture (tests/fixtures/muestra, the seed report as published) with its variants:
 * under a sub-path, with one mistake each (whose builds must fail), with the editors'
 * components, with a second plan, with reprogrammed tasks, with responsible units, with participation results, and synthetic content. Each build has its own Astro cache,
 * so two run at a time.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { getToday } from '../../src/data/read-content';
import { toSyntheticFolder } from '../../src/data/synthetic-content';
import { prepareYear, type YearStep } from './year';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = join(ROOT, 'tests/.output');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Where a site's files come from, relative to the project root. */
export interface SiteSource {
  contentDir: string;
  publicDir: string;
}

/** What editors publish today: read only by checks that hold for any valid content. */
export const LIVE: SiteSource = { contentDir: 'content', publicDir: 'public' };

/** The seed report as published (ENTerritorio, I semestre 2021): the tests' known figures. */
export const SAMPLE: SiteSource = { contentDir: 'tests/fixtures/muestra/content', publicDir: 'tests/fixtures/muestra/public' };

export interface BuildResult extends SiteSource {
  /** Exit status of `astro build`. */
  status: number | null;
  /** Everything it printed. */
  output: string;
  outDir: string;
}

/** One file of the sample content with one change in it. */
export interface ContentChange {
  file: string;
  replace: string;
  with: string;
}

/**
 * content/sitio.yaml's lines that turn the web editor on (GitHub, with a sign-in helper): the
 * build with the editors' components has them, so it publishes /admin/ and its edit links.
 */
export const WEB_EDITOR_SETTINGS = [
  'repositorio:',
  '  nombre: enterritorio/avance-participacion',
  'editor:',
  '  autenticacion: https://auth.example.gov.co',
  '',
].join('\n');

/** The mistakes whose builds the tests look at: each must stop the build. */
export const BROKEN_CONTENT = {
  impossibleDate: {
    file: 'evidencias/2021/2021-06-30-video-youtube.mdx',
    replace: 'fecha: 2021-06-30',
    with: 'fecha: 2021-13-45',
  },
  unknownTask: {
    file: 'evidencias/2021/2021-06-30-video-youtube.mdx',
    replace: 'tarea: elaborar-video',
    with: 'tarea: elaborar-vide',
  },
  unsafeMdx: {
    file: 'evidencias/2021/2021-06-30-video-youtube.mdx',
    replace: 'el 30 de junio/2021.',
    with: 'el 30 de junio/2021. {process.env.SECRETO}',
  },
} satisfies Record<string, ContentChange>;

/**
 * The components offered to editors and a Markdown link to a site path, written into one
 * evidence body: this build, under a sub-path, must succeed and keep every link working.
 */
export const EDITOR_CONTENT = {
  file: 'evidencias/2021/2021-06-30-video-youtube.mdx',
  replace: 'por YouTube :\nhttps://www.youtube.com/watch?v=hUYCEN1ylVY\n',
  with: [
    'por YouTube :',
    'https://www.youtube.com/watch?v=hUYCEN1ylVY',
    '',
    '<Video url="https://www.youtube.com/watch?v=hUYCEN1ylVY" titulo="Canales de participación de ENTerritorio" />',
    '',
    '<Documento url="/documentos/2021/informe-avance-2021-i-semestre.txt" titulo="Informe de avance del I semestre" />',
    '',
    '<Nota titulo="Aclaración">El video sigue publicado en el canal de la entidad.</Nota>',
    '',
    'Más detalles en [el informe](/documentos/2021/informe-avance-2021-i-semestre.txt).',
    '',
  ].join('\n'),
} satisfies ContentChange;

type BrokenName = keyof typeof BROKEN_CONTENT;

/** The published site's address in tests: at the root of its own domain. */
export const ROOT_SITE_URL = 'https://participacion.example.gov.co';

/** The sub-path build, as on GitHub Pages or a ministry's shared domain. */
export const SUB_PATH = { BASE_PATH: '/participacion/', SITE_URL: 'https://www.example.gov.co' };

/**
 * The environment of a plain shell. Vitest sets BASE_URL, MODE, NODE_ENV and others in
 * process.env, and Vite would read them into the build (BASE_URL overrides Astro's base).
 */
export function getShellEnv(): NodeJS.ProcessEnv {
  const vitestKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

/** The variables that make the project read a site's files from `source`. */
export function toSourceEnv(source: SiteSource): Record<string, string> {
  return { CONTENT_DIR: source.contentDir, PUBLIC_DIR: source.publicDir };
}

interface BuildOptions {
  /** Keep the Astro cache of an earlier build of the same name (a warm rebuild). */
  warm?: boolean;
  /** Cache of another build to start from, e.g. the cold build a warm rebuild must match. */
  cacheOf?: string;
}

/** Builds `source` into tests/.output/<name>, starting from an empty Astro cache unless told otherwise. */
export function buildSite(
  name: string,
  env: Record<string, string>,
  source: SiteSource,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const outDir = join(OUTPUT, name);
  const cacheDir = join(OUTPUT, `cache-${options.cacheOf ?? name}`);
  rmSync(outDir, { recursive: true, force: true });
  if (!options.warm) rmSync(cacheDir, { recursive: true, force: true });
  const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...getShellEnv(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir, ...toSourceEnv(source), ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output, outDir, ...source })));
}

/**
 * A copy of `source` in tests/.output, with the files of `overlay` (a folder holding content/
 * and public/) added or replaced, then its content changed by `prepare`.
 */
export function copySource(name: string, source: SiteSource, prepare: (contentDir: string) => void = () => {}, overlay?: string): SiteSource {
  const dir = `tests/.output/source-${name}`;
  rmSync(join(ROOT, dir), { recursive: true, force: true });
  mkdirSync(join(ROOT, dir), { recursive: true });
  cpSync(join(ROOT, source.contentDir), join(ROOT, dir, 'content'), { recursive: true });
  cpSync(join(ROOT, source.publicDir), join(ROOT, dir, 'public'), { recursive: true });
  for (const folder of ['content', 'public']) {
    if (overlay && existsSync(join(overlay, folder))) cpSync(join(overlay, folder), join(ROOT, dir, folder), { recursive: true });
  }
  const copy = { contentDir: `${dir}/content`, publicDir: `${dir}/public` };
  prepare(join(ROOT, copy.contentDir));
  return copy;
}

/** Applies one change to a file of a content folder; fails loudly when the file no longer has the text. */
export function applyChange(contentDir: string, change: ContentChange): void {
  const file = join(contentDir, change.file);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(change.replace)) throw new Error(`${change.file} no longer contains "${change.replace}"`);
  writeFileSync(file, text.replace(change.replace, change.with));
}

/** Runs `tasks` with at most `limit` at a time, keeping their order in the result. */
async function runLimited<Result>(tasks: (() => Promise<Result>)[], limit: number): Promise<Result[]> {
  const results: Result[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** A step of the editorial year (tests/support/year.ts) and the site built from it. */
export interface BuiltYearStep extends Omit<YearStep, 'source'> {
  build: BuildResult;
}

declare module 'vitest' {
  export interface ProvidedContext {
    yearSteps: BuiltYearStep[];
    site: BuildResult;
    rebuiltSite: BuildResult;
    sampleSite: BuildResult;
    subPathSite: BuildResult;
    brokenSites: Record<BrokenName, BuildResult>;
    editorSite: BuildResult;
    plansSite: BuildResult;
    syntheticSite: BuildResult;
    reprogrammingSite: BuildResult;
    unitsSite: BuildResult;
    participationSite: BuildResult;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const root = { SITE_URL: ROOT_SITE_URL };
  const brokenNames = Object.keys(BROKEN_CONTENT) as BrokenName[];
  const plans = copySource('plans', SAMPLE, (dir) => cpSync(join(ROOT, 'tests/fixtures/plan-2022'), dir, { recursive: true }));
  const synthetic = copySource('synthetic', SAMPLE, (dir) => toSyntheticFolder(dir, 120));
  const reprogramming = copySource('reprogramming', SAMPLE, () => {}, join(ROOT, 'tests/fixtures/reprogramacion'));
  const units = copySource('units', SAMPLE, () => {}, join(ROOT, 'tests/fixtures/dependencias'));
  const participation = copySource('participation', SAMPLE, () => {}, join(ROOT, 'tests/fixtures/participacion'));
  const year = prepareYear(getToday());
  const builds = await runLimited(
    [
      ...year.map((step) => () => buildSite(`dist-ano-${step.name}`, root, step.source)),
      () => buildSite('dist', root, LIVE),
      () => buildSite('dist-sample', root, SAMPLE),
      () => buildSite('dist-subpath', SUB_PATH, SAMPLE),
      () => buildSite('dist-editor', SUB_PATH, copySource('editor', SAMPLE, (dir) => {
        applyChange(dir, EDITOR_CONTENT);
        appendFileSync(join(dir, 'sitio.yaml'), WEB_EDITOR_SETTINGS);
      })),
      () => buildSite('dist-plans', root, plans),
      () => buildSite('dist-synthetic', root, synthetic),
      () => buildSite('dist-reprogramming', root, reprogramming),
      () => buildSite('dist-units', root, units),
      () => buildSite('dist-participation', root, participation),
      ...brokenNames.map((name) => () => buildSite(`dist-${name}`, {}, copySource(name, SAMPLE, (dir) => applyChange(dir, BROKEN_CONTENT[name])))),
    ],
    Math.max(1, Math.min(2, availableParallelism())),
  );
  const yearBuilds = builds.splice(0, year.length);
  const [site, sampleSite, subPathSite, editorSite, plansSite, syntheticSite, reprogrammingSite, unitsSite, participationSite, ...brokenBuilds] = builds as [BuildResult, ...BuildResult[]];
  if (site.status !== 0) throw new Error(`The site does not build:\n${site.output}`);
  // Same commit, same content, built again with the cache the first build left: what anyone
  // rebuilds, warm or cold, is byte for byte what was published.
  const rebuiltSite = await buildSite('dist-again', root, LIVE, { warm: true, cacheOf: 'dist' });
  project.provide('yearSteps', year.map(({ source: _source, ...step }, index) => ({ ...step, build: yearBuilds[index]! })));
  project.provide('site', site);
  project.provide('rebuiltSite', rebuiltSite);
  project.provide('sampleSite', sampleSite!);
  project.provide('subPathSite', subPathSite!);
  project.provide('editorSite', editorSite!);
  project.provide('plansSite', plansSite!);
  project.provide('syntheticSite', syntheticSite!);
  project.provide('reprogrammingSite', reprogrammingSite!);
  project.provide('unitsSite', unitsSite!);
  project.provide('participationSite', participationSite!);
  project.provide('brokenSites', Object.fromEntries(brokenNames.map((name, index) => [name, brokenBuilds[index]!])) as Record<BrokenName, BuildResult>);
}
