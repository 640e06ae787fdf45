import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { BROKEN_CONTENT, copySource, LIVE, ROOT, SAMPLE, toSourceEnv, type SiteSource } from './support/build-site';

function runValidar(source: SiteSource) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/validar.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...toSourceEnv(source) },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - started) / 1000 };
}

describe('npm run validar', () => {
  test('approves the published content in under 5 seconds', () => {
    const { status, output, seconds } = runValidar(LIVE);
    expect(output).toMatch(/^Todo en orden: se revisaron \d+ archivos de contenido\.$/m);
    expect(status).toBe(0);
    expect(seconds).toBeLessThan(5);
  });

  test.each(Object.keys(BROKEN_CONTENT) as (keyof typeof BROKEN_CONTENT)[])(
    'lists for the %s mistake exactly the problems that stop the build',
    (name) => {
      const broken = inject('brokenSites')[name];
      const { status, output } = runValidar(broken);
      const problems = output.split('\n').filter((line) => line.startsWith('  - '));
      expect(status).toBe(1);
      expect(problems).toHaveLength(1);
      expect(broken.output).toContain(problems[0]!.slice(4));
    },
  );
});

describe('npm run nuevo', () => {
  function runNuevo(source: SiteSource, args: string[], input = '') {
    return spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/nuevo.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      input,
      env: { ...process.env, ...toSourceEnv(source) },
    });
  }

  const copyContent = (name: string) => copySource(`nuevo-${name}`, SAMPLE);

  test('writes, from flags, a piece of evidence that validar then accepts', () => {
    const source = copyContent('flags');
    const flags = ['evidencia', '--tarea=elaborar-video', '--fecha=2021-07-01', '--avance=100', '--enlace=https://www.youtube.com/watch?v=hUYCEN1ylVY', '--texto-enlace=Video en YouTube', '--tipo=video', '--descripcion=Se volvió a publicar el video.'];
    const result = runNuevo(source, flags);
    expect(result.stdout).toContain(`Listo: se creó ${source.contentDir}/evidencias/2021/2021-07-01-elaborar-video.mdx.`);
    expect(result.status).toBe(0);
    expect(runValidar(source).status).toBe(0);
  });

  test('asks for an activity step by step and writes it', () => {
    const source = copyContent('questions');
    const answers = ['2', '2', 'Foro con jóvenes', 'Un foro virtual con jóvenes.', 'Realizar un foro', '', '2021-11-30', ''].join('\n');
    const result = runNuevo(source, [], answers);
    const path = `${source.contentDir}/actividades/2021/foro-con-jovenes.mdx`;
    expect(result.stdout).toContain(`Listo: se creó ${path}.`);
    expect(readFileSync(join(ROOT, path), 'utf8')).toContain('componente: dialogo');
    expect(runValidar(source).status).toBe(0);
  });

  test('writes nothing when the answers would make the content invalid, and says why', () => {
    const source = copyContent('invalid');
    const result = runNuevo(source, ['evidencia', '--tarea=elaborar-video', '--fecha=2021-07-01', '--avance=150', '--enlace=', '--descripcion=Texto.']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('campo `avance`: 150 no es válido');
    expect(result.stderr).toContain('No se creó el archivo.');
    expect(existsSync(join(ROOT, source.contentDir, 'evidencias/2021/2021-07-01-elaborar-video.mdx'))).toBe(false);
  });
});
