import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';

/** Every file of a build with the SHA-256 of its bytes, by path. */
function getDigests(outDir: string): Record<string, string> {
  const files = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(outDir, name)).isFile())
    .sort();
  return Object.fromEntries(files.map((name) => [name, createHash('sha256').update(readFileSync(join(outDir, name))).digest('hex')]));
}

test('a rebuild of the same commit with the cache the first build left produces byte-identical files', () => {
  const first = getDigests(inject('site').outDir);
  const second = getDigests(inject('rebuiltSite').outDir);
  expect(Object.keys(first)).toContain('index.html');
  expect(second).toEqual(first);
});
