/**
 * The web editor (Decap CMS) as npm ships it: one script and the chunks it loads on demand.
 * The site serves them from its own /admin/ folder, so the editor needs no CDN.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const distDir = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('decap-cms'));

/** The editor's script files: decap-cms.js and its numbered chunks (not the source maps). */
export function getEditorScripts(): string[] {
  return readdirSync(distDir).filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name));
}

export function getEditorScript(name: string): string {
  return readFileSync(join(distDir, name), 'utf8');
}

