/**
 * What a built page makes a phone download before anyone touches it: its module scripts with
 * their static imports, and its stylesheets, gzip-compressed as hosts serve them. Used by the
 * benchmark and by the budget test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Files of the scripts, from the page's <script src> and their static imports. */
  scripts: string[];
  /** Bytes of JavaScript, gzip. */
  js: number;
  /** Bytes of CSS, gzip. */
  css: number;
}

const gzipSizes = new Map<string, number>();

function getGzipSize(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipSizes.set(file, size);
  }
  return size;
}

/** `html` is a page of the site built into `outDir` at the root (BASE_PATH /). */
export function getPageWeight(outDir: string, html: string): PageWeight {
  const scripts = new Set<string>();
  const visit = (file: string) => {
    if (scripts.has(file) || !existsSync(file)) return;
    scripts.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      visit(resolve(dirname(file), path!));
    }
  };
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)) visit(join(outDir, src!));
  // The search page loads Pagefind's script when it starts: part of what the page costs.
  for (const [, src] of html.matchAll(/\sdata-pagefind="\/([^"]+)"/g)) visit(join(outDir, src!));
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map(([, href]) => join(outDir, href!));
  return {
    scripts: [...scripts],
    js: [...scripts].reduce((sum, file) => sum + getGzipSize(file), 0),
    css: stylesheets.reduce((sum, file) => sum + getGzipSize(file), 0),
  };
}
