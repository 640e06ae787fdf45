import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getSourceDigest } from './source-digest';

function getProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'digest-'));
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  writeFileSync(join(root, 'src/lib/schemas.ts'), 'export const nombre = 1;\n');
  writeFileSync(join(root, 'src/lib/schemas.test.ts'), 'test();\n');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  return root;
}

describe('the digest of the site code', () => {
  test('changes when a source file, the Astro configuration or the lockfile changes', () => {
    const root = getProject();
    const before = getSourceDigest(root);
    expect(getSourceDigest(root)).toBe(before);
    for (const [file, text] of [
      ['src/lib/schemas.ts', 'export const nombre = 2;\n'],
      ['src/lib/nuevo.ts', 'export {};\n'],
      ['astro.config.mjs', 'export default { base: "/x/" };\n'],
      ['package-lock.json', '{"v":2}\n'],
    ] as const) {
      const previous = getSourceDigest(root);
      writeFileSync(join(root, file), text);
      expect(getSourceDigest(root), file).not.toBe(previous);
    }
  });

  test('reads the same files whether the project folder is given with a final slash or not', () => {
    const root = getProject();
    expect(getSourceDigest(`${root}/`)).toBe(getSourceDigest(root));
    writeFileSync(join(root, 'src/lib/schemas.ts'), 'export const nombre = 3;\n');
    expect(getSourceDigest(`${root}/`)).not.toBe(getSourceDigest(getProject()));
  });

  test('does not change when only a test changes, which builds nothing', () => {
    const root = getProject();
    const before = getSourceDigest(root);
    writeFileSync(join(root, 'src/lib/schemas.test.ts'), 'test(); test();\n');
    expect(getSourceDigest(root)).toBe(before);
  });
});
