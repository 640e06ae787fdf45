/** What two builds are compared by: every file of a build with the SHA-256 of its bytes, by path. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function getDigests(outDir: string): Record<string, string> {
  const files = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(outDir, name)).isFile())
    .sort();
  return Object.fromEntries(files.map((name) => [name, createHash('sha256').update(readFileSync(join(outDir, name))).digest('hex')]));
}
