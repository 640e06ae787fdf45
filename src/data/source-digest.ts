/**
 * A digest of the site's code: every source file under src/ (tests left out), the Astro
 * configuration and the lockfile. astro.config.mjs hands it to the build (vite.define), where it
 * does two things. Astro's incremental build keeps its cache only while its configuration hash,
 * which covers vite.define, is unchanged: a page is copied from the previous build only if no code
 * changed at all, since a page's own module graph does not cover the site's single stylesheet or
 * the scripts other pages share (their file names change with any style or script). And the
 * content loader adds it to each entry's digest, so a change to a schema or to the parser reads
 * every file again instead of keeping what the old code made of it. Editors' pull requests change
 * content only: they keep both caches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const CODE_FILES = ['astro.config.mjs', 'package-lock.json'];

function isSourceFile(file: string): boolean {
  return !/\.test\.ts$/.test(file);
}

/** The digest of the code under `root` (the project folder), hex. */
export function getSourceDigest(root: string): string {
  const hash = createHash('sha256');
  const sources = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(isSourceFile)
    .sort();
  for (const file of [...sources, ...CODE_FILES.filter((name) => existsSync(join(root, name)))]) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}
