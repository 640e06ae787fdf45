import { execFileSync } from 'node:child_process';
import { describe, expect, inject, test } from 'vitest';
import { t } from '../src/lib/i18n';
import { ROOT } from './support/build-site';
import { readPage, readPageText, toText } from './support/read-page';

const FIXTURE = 'tests/fixtures/muestra/content';

const sample = inject('sampleSite');
const plans = inject('plansSite');

/**
 * What a page should list for the commits that touched `paths`, newest first, as git itself
 * lists them: the message of a commit that changed only published files, the sentence for a
 * site update otherwise.
 */
function getExpectedLines(paths: string[]): string[] {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return git('log', '--format=%H%x1f%s', '--', ...paths)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [hash, subject] = line.split('\x1f') as [string, string];
      const files = git('show', '--name-only', '--format=', hash).split('\n').filter(Boolean);
      const contentOnly = files.every((file) => file.startsWith(`${FIXTURE}/`) || file.startsWith('tests/fixtures/muestra/public/'));
      return contentOnly ? subject : t.history.siteUpdate;
    });
}

describe('the change history of a page, from the repository', () => {
  test('lists on an activity page every commit that changed its file or its evidence, newest first', () => {
    // The activity, and the evidence of its two tasks (facebook-live-invitaciones and -registros).
    const expected = getExpectedLines([
      `${FIXTURE}/actividades/2021/promocion-canales.mdx`,
      `${FIXTURE}/evidencias/2021/2021-06-21-invitaciones-facebook-live.mdx`,
      `${FIXTURE}/evidencias/2021/2021-06-30-aplazamiento-facebook-live.mdx`,
    ]).slice(0, 20);
    const html = readPage(sample.outDir, '2021/actividades/promocion-canales');
    const start = html.indexOf('id="historial"');
    const items = html.slice(start, html.indexOf('</ol>', start)).split('<li').slice(1);
    // "<date>: <subject>", with the subject as git has it.
    const listed = items.map((item) => toText(`<li${item}`).trim().replace(/^[^:]+: /, ''));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(20);
    expect(listed).toEqual(expected);
  });

  test('lists on a report page the commits of the report file', () => {
    const expected = getExpectedLines([`${FIXTURE}/informes/2021/i-semestre.mdx`]);
    const text = readPageText(sample.outDir, '2021/informes/i-semestre');
    expect(text).toContain('Historial de cambios');
    expect(text).toContain(expected[0]!);
  });

  test('links no commit when sitio.yaml names no repository', () => {
    expect(readPage(sample.outDir, '2021/informes/i-semestre')).not.toContain('/commit/');
  });

  test('leaves the section out for files the repository does not have yet', () => {
    expect(readPageText(plans.outDir, '2021/actividades/promocion-canales')).not.toContain('Historial de cambios');
  });
});
