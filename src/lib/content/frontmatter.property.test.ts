import fc from 'fast-check';
import { YAMLException } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { getBodyText, getCompiledBody, getYamlSource, parseYamlData, readFileData } from './frontmatter';
import { mdxFileText, yamlText } from '../testing/test-arbitraries';

// Fixed seeds: a failure found once is found again on every run, and its input is printed.
const RUNS = { seed: 20210630, numRuns: 400 };

const NAMES = ['content/planes/2021.yaml', 'content/sitio.yml', 'content/evidencias/2021/2021-06-30-foro.mdx', 'notas.md', 'notas.txt'];
const anyText = fc.oneof(mdxFileText, yamlText, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Calls `read`; a YAMLException, the reader's documented error, counts as an answer. */
function isReadOrYamlError(read: () => unknown): boolean {
  try {
    return isPlainObject(read());
  } catch (error) {
    return error instanceof YAMLException;
  }
}

describe('the frontmatter reader, on any text', () => {
  test('reads the fields of any file as a group of fields, or throws only the YAML reader’s documented error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), anyText, (name, text) => isReadOrYamlError(() => readFileData(name, text))),
      RUNS,
    );
  });

  test('reads any YAML text as a group of fields, or throws only the YAML reader’s documented error', () => {
    fc.assert(
      fc.property(fc.oneof(yamlText, fc.string({ unit: 'binary', maxLength: 300 })), (yaml) => isReadOrYamlError(() => parseYamlData(yaml))),
      RUNS,
    );
  });

  test('finds the fields inside the file itself, starting on a line of the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), anyText, (name, text) => {
        const { yaml, lineOffset } = getYamlSource(name, text);
        expect(text).toContain(yaml);
        expect(lineOffset).toBeGreaterThanOrEqual(0);
        expect(lineOffset).toBeLessThan(text.split('\n').length);
      }),
      RUNS,
    );
  });

  test('keeps every line and column of the file in the body it checks, and its text in the body it publishes', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const compiled = getCompiledBody(text);
        expect(compiled).toHaveLength(text.length);
        expect([...compiled.matchAll(/\r|\n/g)].map((match) => match.index)).toEqual([...text.matchAll(/\r|\n/g)].map((match) => match.index));
        expect(text).toContain(getBodyText(text).trim());
      }),
      RUNS,
    );
  });
});
