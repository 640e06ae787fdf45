import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import { BROKEN_CONTENT } from './support/build-site';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function runValidar(contentDir: string) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/validar.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - started) / 1000 };
}

describe('npm run validar', () => {
  test('approves the published content in under 5 seconds', () => {
    const { status, output, seconds } = runValidar('content');
    expect(output).toMatch(/^Todo en orden: se revisaron \d+ archivos de contenido\.$/m);
    expect(status).toBe(0);
    expect(seconds).toBeLessThan(5);
  });

  test('stops on the same problem as the build, with the same message', () => {
    const broken = inject('brokenSites').impossibleDate;
    const { status, output } = runValidar(broken.contentDir);
    const message = `${broken.contentDir}/${BROKEN_CONTENT.impossibleDate.file}, campo \`fecha\`: "2021-13-45" no es válido`;
    expect(status).toBe(1);
    expect(output).toContain(message);
    expect(broken.output).toContain(message);
  });
});
