import { execFileSync } from 'node:child_process';
import { describe, expect, inject, test } from 'vitest';
import { ROOT } from './support/build-site';
import { readPage, readPageText, toText } from './support/read-page';

const sample = inject('sampleSite');
const plans = inject('plansSite');

/** The subjects of the commits that touched `paths`, newest first, as git itself lists them. */
function getSubjects(paths: string[]): string[] {
  return execFileSync('git', ['log', '--format=%s', '--', ...paths], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
}

const FIXTURE = 'tests/fixtures/muestra/content';

describe('the change history of a page, from the repository', () => {
  test('lists on an activity page every commit that changed its file or its evidence, newest first', () => {
    const expected = getSubjects([`${FIXTURE}/actividades/2021/promocion-canales.mdx`, `${FIXTURE}/evidencias/2021/`]);
    const html = readPage(sample.outDir, '2021/actividades/promocion-canales');
    const start = html.indexOf('id="historial"');
    const items = html.slice(start, html.indexOf('</ol>', start)).split('<li').slice(1);
    // "<date>: <subject>", with the subject as git has it.
    const listed = items.map((item) => toText(`<li${item}`).trim().replace(/^[^:]+: /, ''));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(20);
    const inGit = expected.filter((subject) => listed.some((text) => text.startsWith(subject.slice(0, 60))));
    expect(inGit.map((subject) => subject.slice(0, 60))).toEqual(listed.map((text) => text.slice(0, 60)));
  });

  test('lists on a report page the commits of the report file', () => {
    const expected = getSubjects([`${FIXTURE}/informes/2021/i-semestre.mdx`]);
    const text = readPageText(sample.outDir, '2021/informes/i-semestre');
    expect(text).toContain('Historial de cambios');
    expect(text).toContain(expected[0]!.slice(0, 40));
  });

  test('links no commit when sitio.yaml names no repository', () => {
    expect(readPage(sample.outDir, '2021/informes/i-semestre')).not.toContain('/commit/');
  });

  test('leaves the section out for files the repository does not have yet', () => {
    expect(readPageText(plans.outDir, '2021/actividades/promocion-canales')).not.toContain('Historial de cambios');
  });
});
