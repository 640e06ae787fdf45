import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFileHistory } from './git-history';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Editora', '-c', 'user.email=editora@example.gov.co', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });

/** A repository with two commits on content/actividades/2021/foro.mdx and one outside content/. */
function makeRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'historial-'));
  mkdirSync(join(root, 'content/actividades/2021'), { recursive: true });
  git(root, 'init', '-q');
  writeFileSync(join(root, 'content/actividades/2021/foro.mdx'), 'uno\n');
  writeFileSync(join(root, 'README.md'), 'léame\n');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'Crear la actividad del foro', '--date', '2021-03-01T10:00:00-05:00');
  writeFileSync(join(root, 'content/actividades/2021/foro.mdx'), 'dos\n');
  git(root, 'commit', '-q', '-am', 'Corregir la fecha del foro');
  return root;
}

describe('reading the history of the content folder', () => {
  test('gives each content file its commits, newest first, and nothing outside the published folders', () => {
    const warnings: string[] = [];
    const history = readFileHistory(makeRepository(), ['content', 'public'], (line) => warnings.push(line));
    expect(warnings).toEqual([]);
    expect(history?.get('content/actividades/2021/foro.mdx')?.map((change) => change.subject)).toEqual(['Corregir la fecha del foro', 'Crear la actividad del foro']);
    expect(history?.has('README.md')).toBe(false);
    // The first commit also added README.md: its message is kept, but marked as not only content.
    expect(history?.get('content/actividades/2021/foro.mdx')?.map((change) => change.contentOnly)).toEqual([true, false]);
  });

  test('says in one line that a shallow clone has no full history, and gives none', () => {
    const source = makeRepository();
    const clone = mkdtempSync(join(tmpdir(), 'superficial-'));
    git(clone, 'clone', '-q', '--depth', '1', `file://${source}`, '.');
    const warnings: string[] = [];
    expect(readFileHistory(clone, ['content', 'public'], (line) => warnings.push(line))).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^\[historial\] .*clon superficial.*fetch-depth: 0/)]);
  });

  test('says in one line that a folder outside any repository has no history, and gives none', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sin-git-'));
    const warnings: string[] = [];
    expect(readFileHistory(folder, ['content', 'public'], (line) => warnings.push(line))).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });
});
