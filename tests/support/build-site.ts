/**
 * Builds the site before any test runs, with the real CLI and the Node that runs the tests:
 * the published content (read by most tests), the same under a sub-path, and copies of the
 * content with one mistake each (whose builds must fail). Builds share Astro's .astro/
 * folder, so they run here one after the other, the published content last, and tests
 * only read what they produced.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { toSyntheticFolder } from '../../src/data/synthetic-content';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = join(ROOT, 'tests/.output');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  /** Exit status of `astro build`. */
  status: number | null;
  /** Everything it printed. */
  output: string;
  /** Content folder it was built from, relative to the project root. */
  contentDir: string;
  outDir: string;
}

/** One file of the published content with one change in it. */
export interface BrokenContent {
  file: string;
  replace: string;
  with: string;
}

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
} satisfies Record<string, BrokenContent>;

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
} satisfies BrokenContent;

type BrokenName = keyof typeof BROKEN_CONTENT;

/** The published site's address in tests: at the root of its own domain. */
export const ROOT_SITE_URL = 'https://participacion.example.gov.co';

/** The sub-path build, as on GitHub Pages or a ministry's shared domain. */
export const SUB_PATH = { BASE_PATH: '/participacion/', SITE_URL: 'https://www.example.gov.co' };

/**
 * The environment of a plain shell. Vitest sets BASE_URL, MODE, NODE_ENV and others in
 * process.env, and Vite would read them into the build (BASE_URL overrides Astro's base).
 */
function getShellEnv(): NodeJS.ProcessEnv {
  const vitestKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

/** With env.ASTRO_CACHE_DIR, the build starts from that cache emptied, as on a fresh clone. */
function buildSite(name: string, env: Record<string, string>, contentDir = 'content'): BuildResult {
  const outDir = join(OUTPUT, name);
  rmSync(outDir, { recursive: true, force: true });
  if (env.ASTRO_CACHE_DIR) rmSync(env.ASTRO_CACHE_DIR, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...getShellEnv(), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, contentDir, outDir };
}

function writeChangedContent(name: string, broken: BrokenContent): string {
  const contentDir = `tests/.output/content-${name}`;
  const dir = join(ROOT, contentDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  const file = join(dir, broken.file);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(broken.replace)) throw new Error(`${broken.file} no longer contains "${broken.replace}"`);
  writeFileSync(file, text.replace(broken.replace, broken.with));
  return contentDir;
}

/** The published content plus a tiny second plan (tests/fixtures/plan-2022), as a sibling folder. */
function writeContentWithSecondPlan(): string {
  const contentDir = 'tests/.output/content-plans';
  const dir = join(ROOT, contentDir);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/plan-2022'), dir, { recursive: true });
  return contentDir;
}

/** Synthetic content of 120 activities (the benchmark's generator): long lists, several pages. */
function writeSyntheticContent(): string {
  const contentDir = 'tests/.output/content-synthetic';
  const dir = join(ROOT, contentDir);
  toSyntheticFolder(dir, 120);
  return contentDir;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: BuildResult;
    subPathSite: BuildResult;
    brokenSites: Record<BrokenName, BuildResult>;
    editorSite: BuildResult;
    rebuiltSite: BuildResult;
    plansSite: BuildResult;
    syntheticSite: BuildResult;
  }
}

export default function setup(project: TestProject): void {
  const brokenSites = Object.fromEntries(
    Object.entries(BROKEN_CONTENT).map(([name, broken]) => [
      name,
      buildSite(`dist-${name}`, {}, writeChangedContent(name, broken)),
    ]),
  ) as Record<BrokenName, BuildResult>;
  const editorSite = buildSite('dist-editor', SUB_PATH, writeChangedContent('editor', EDITOR_CONTENT));
  const plansSite = buildSite('dist-plans', { SITE_URL: ROOT_SITE_URL }, writeContentWithSecondPlan());
  const syntheticSite = buildSite('dist-synthetic', { SITE_URL: ROOT_SITE_URL }, writeSyntheticContent());
  const subPathSite = buildSite('dist-subpath', SUB_PATH);
  const site = buildSite('dist', { SITE_URL: ROOT_SITE_URL });
  if (site.status !== 0) throw new Error(`The site does not build:\n${site.output}`);
  // Same commit, same content, built again from nothing: anyone must be able to reproduce what was published.
  const rebuiltSite = buildSite('dist-again', { SITE_URL: ROOT_SITE_URL, ASTRO_CACHE_DIR: join(OUTPUT, 'cache-again') });
  project.provide('site', site);
  project.provide('subPathSite', subPathSite);
  project.provide('brokenSites', brokenSites);
  project.provide('editorSite', editorSite);
  project.provide('rebuiltSite', rebuiltSite);
  project.provide('plansSite', plansSite);
  project.provide('syntheticSite', syntheticSite);
}
