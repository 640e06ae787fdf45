import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getMdxBodyProblems } from './mdx-safety';
import { bodyText, mdxFileText } from '../testing/test-arbitraries';

const RUNS = { seed: 20210630, numRuns: 500 };
const FILE = 'content/evidencias/2021/2021-06-30-foro.mdx';
const FRONTMATTER = '---\nplan: 2021\ntarea: foro\n---\n';

describe('the MDX safety check, on any body', () => {
  test('returns problems or none, each naming the file and a line of it, and never throws', () => {
    const texts = fc.oneof(
      bodyText.map((body) => FRONTMATTER + body),
      mdxFileText,
      fc.string({ unit: 'binary', maxLength: 300 }).map((body) => FRONTMATTER + body),
    );
    fc.assert(
      fc.property(texts, (text) => {
        // Markdown, like an editor's text editor, ends a line at \r\n, \n or a lone \r.
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const problem of getMdxBodyProblems(FILE, text)) {
          expect(problem).toMatchObject({ file: FILE, field: '', detail: expect.stringMatching(/\S/) });
          if (problem.line !== undefined) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(lines);
          }
        }
      }),
      RUNS,
    );
  });
});
