import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getShellEnv, ROOT, SAMPLE } from './support/build-site';

/** A repository of its own with the sample committed on main, as an editor's clone would be. */
function makeRepository(name: string): string {
  const dir = join(ROOT, 'tests/.output', `repo-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, SAMPLE.contentDir), join(dir, 'content'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Prueba', '-c', 'user.email=prueba@example.gov.co', ...args], { cwd: dir });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Informe del I semestre');
  git('checkout', '--quiet', '-b', 'evidencia-agosto');
  return dir;
}

function runComparar(cwd: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/comparar.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...getShellEnv(), CONTENT_DIR: 'content' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run comparar', () => {
  test('compares the working copy with main by itself, naming what does not change and when the figures are measured', () => {
    const repo = makeRepository('comparar');
    writeFileSync(
      join(repo, 'content/evidencias/2021/2021-08-20-facebook-live-registros.mdx'),
      '---\nplan: 2021\ntarea: facebook-live-registros\nfecha: 2021-08-20\navance: 100\nenlaces:\n  - url: https://www.facebook.com/ENTerritorio/videos/1\n    texto: Facebook Live\n    tipo: video\n---\nSe realizó el Facebook Live aplazado.\n',
    );
    const { status, stdout } = runComparar(repo);
    expect(status).toBe(0);
    expect(stdout).toContain('- Las cifras del plan, que estaban al 30 de junio de 2021, pasan a estar al 20 de agosto de 2021.');
    expect(stdout).toContain('- El informe del I semestre no cambia: 80% de ejecución y 26% de avance global.');
    expect(stdout).toContain('- El avance global pasa de 26% a 33%.');
  });

  test('says in Spanish when the version to compare with does not exist', () => {
    const { status, stderr } = runComparar(makeRepository('sin-base'), ['--base=no-existe']);
    expect(status).toBe(2);
    expect(stderr).toContain('«no-existe» no es una rama, un commit ni una carpeta de este proyecto.');
  });
});
