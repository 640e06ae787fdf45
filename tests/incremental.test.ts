/**
 * Incremental builds (experimental.incrementalBuild, with a cacheKey per page) copy unchanged
 * pages from the previous build instead of rendering them. That is only safe if every key covers
 * everything its page shows. So each edit below, of the kinds editors make, is built twice: once
 * keeping the cache of the previous build (incremental), once from nothing (cold). The two
 * outputs must be identical byte for byte, the search index included, and the incremental build
 * must really have reused pages, or this test would prove nothing.
 */
import { appendFileSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyChange, buildSite, copySource, ROOT, ROOT_SITE_URL, SAMPLE, type BuildResult, type SiteSource } from './support/build-site';
import { getDigests } from './support/digests';

/** The paths Astro copied from the previous build instead of rendering them, as its log lists them. */
function getReusedPages(output: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/[├└]─ (\S+) \((?:cached|restored)\)/g)].map((match) => match[1]!);
}

interface Edit {
  name: string;
  apply: (contentDir: string) => void;
}

const NEW_EVIDENCE = [
  '---',
  'plan: 2021',
  'tarea: facebook-live-invitaciones',
  'fecha: 2021-09-28',
  'avance: 100',
  'enlaces:',
  '  - url: https://www.enterritorio.gov.co/',
  '    texto: Publicación de la invitación',
  '    tipo: web',
  '---',
  'Se enviaron de nuevo las invitaciones.',
  '',
].join('\n');

const EDITS: Edit[] = [
  {
    name: 'one piece of evidence says a little more',
    apply: (dir) => appendFileSync(join(dir, 'evidencias/2021/2021-01-21-observaciones-plan.mdx'), '\nSe agregó una aclaración.\n'),
  },
  {
    // Later than every other date of the plan: the "as of" date of each of its pages and the
    // figures of its component, plan and cards change, not only the activity's page.
    name: 'a new piece of evidence moves the plan forward',
    apply: (dir) => writeFileSync(join(dir, 'evidencias/2021/2021-09-28-nuevas-invitaciones.mdx'), NEW_EVIDENCE),
  },
  {
    name: 'that piece of evidence is deleted again',
    apply: (dir) => rmSync(join(dir, 'evidencias/2021/2021-09-28-nuevas-invitaciones.mdx')),
  },
  {
    name: 'an activity of the other plan is renamed',
    apply: (dir) =>
      applyChange(dir, {
        file: 'actividades/2022/rendicion-cuentas.mdx',
        replace: 'nombre: Realizar la audiencia pública de rendición de cuentas',
        with: 'nombre: Realizar la audiencia pública de rendición de cuentas de 2022',
      }),
  },
  {
    name: 'the site settings change its tagline',
    apply: (dir) => applyChange(dir, { file: 'sitio.yaml', replace: 'lema: Somos el aliado técnico', with: 'lema: Somos el socio técnico' }),
  },
];

const results: { edit: Edit; incremental: BuildResult; cold: BuildResult }[] = [];
let first: BuildResult;
let firstAgain: BuildResult;

beforeAll(async () => {
  // Two plans, so that an edit to one leaves the other's pages to be reused.
  const source: SiteSource = copySource('incremental', SAMPLE, (dir) => cpSync(join(ROOT, 'tests/fixtures/plan-2022'), dir, { recursive: true }));
  const env = { SITE_URL: ROOT_SITE_URL };
  [first, firstAgain] = await Promise.all([
    buildSite('dist-incremental', env, source),
    buildSite('dist-incremental-again', env, copySource('incremental-again', source)),
  ]);
  for (const [index, edit] of EDITS.entries()) {
    edit.apply(join(ROOT, source.contentDir));
    // A copy of the content as it is now, for the cold build, while the next edit changes the original.
    const snapshot = copySource(`incremental-${index}`, source);
    const [incremental, cold] = await Promise.all([
      buildSite(`dist-incremental-${index}`, env, source, { warm: true, cacheOf: 'dist-incremental' }),
      buildSite(`dist-incremental-cold-${index}`, env, snapshot),
    ]);
    results.push({ edit, incremental, cold });
  }
}, 900_000);

describe('an incremental build after an edit', () => {
  test('starts from a cold build that a second cold build repeats byte for byte', () => {
    expect(first.status, first.output).toBe(0);
    expect(getDigests(firstAgain.outDir)).toEqual(getDigests(first.outDir));
  });

  test.each(EDITS.map((edit, index) => [edit.name, index] as const))('equals a cold build byte for byte when %s', (_name, index) => {
    const { incremental, cold } = results[index]!;
    expect(incremental.status, incremental.output).toBe(0);
    expect(cold.status, cold.output).toBe(0);
    expect(getDigests(incremental.outDir)).toEqual(getDigests(cold.outDir));
  });

  test('reuses the pages of the plan an edit did not touch, and renders again those of the plan it did', () => {
    const evidence = getReusedPages(results[0]!.incremental.output);
    expect(evidence).toContain('/2022/actividades/rendicion-cuentas/index.html');
    expect(evidence).not.toContain('/2021/actividades/divulgar-estrategia/index.html');
    const renamed = getReusedPages(results[3]!.incremental.output);
    expect(renamed.filter((page) => page.startsWith('/2021/actividades/')).length).toBeGreaterThan(0);
    expect(renamed).not.toContain('/2022/actividades/rendicion-cuentas/index.html');
  });

  test('renders every page again when the site settings change, since every page shows them', () => {
    expect(getReusedPages(results[4]!.incremental.output)).toEqual([]);
  });
});
