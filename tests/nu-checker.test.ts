/**
 * Every page parses as the W3C's own validator reads HTML: the Nu Html Checker (vnu-jar, on
 * Java), whose parser is the HTML standard's, as html5lib's and browsers' are. html-validate
 * (tests/html.test.ts) checks the rules; this one catches what only a strict parser stops at,
 * such as a script written after </html>.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { getCheckedSites } from './support/checked-sites';

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** The checker's errors for every HTML file of `outDir`, in one run of Java. */
function getNuErrors(outDir: string): string[] {
  const files = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(outDir, name));
  const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`The Nu Html Checker needs Java (apt-get install default-jre-headless): ${result.error.message}`);
  const { messages } = JSON.parse(result.stderr) as { messages: NuMessage[] };
  return messages.map((message) => `${message.url?.replace(`file:${outDir}`, '') ?? ''}:${message.lastLine ?? ''} ${message.type}: ${message.message}`);
}

describe.each(getCheckedSites())('the Nu Html Checker on every page of the $name site', ({ build }) => {
  test('finds no error', () => {
    expect(build.status, build.output).toBe(0);
    expect(getNuErrors(build.outDir)).toEqual([]);
  }, 60_000);
});

test('finds no error on the web editor page either, nor on the pages of a build under a sub-path', () => {
  const editorSite = inject('editorSite');
  expect(editorSite.status, editorSite.output).toBe(0);
  expect(getNuErrors(editorSite.outDir)).toEqual([]);
}, 60_000);
