import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { t } from '../i18n';
import { getMdxBodyProblems } from '../validation/mdx-safety';
import { URLS } from '../testing/test-arbitraries';
import { isLinkUrl } from '../validation/urls';
import { getComponentPattern, toComponentBlock, toComponentValues } from './component-blocks';

const RUNS = { seed: 20210630, numRuns: 200 };
const FILE = 'content/evidencias/2021/2021-06-30-foro.mdx';

function getProblems(block: string): string[] {
  const text = `---\nplan: 2021\ntarea: foro\n---\nAntes.\n\n${block}\n\nDespués.\n`;
  return getMdxBodyProblems(FILE, text).map((problem) => problem.detail);
}

/** Pieces that break naive writers: quotes, tag and code signs, escapes, accents, emoji, line breaks. */
const PIECES = ['"', "'", '<', '>', '/>', '{', '}', '\\', '<script>', '</Nota>', '</Video>', '&amp;', '=', 'ñandú', 'Acción', '😀', '🇨🇴', ' ', '\n', 'texto'];

/** Printable text as an editor may type it into a form field, awkward parts included. */
const typed = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom(...PIECES)), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** A title: the form requires one, so it has something besides spaces. */
const title = typed.filter((text) => text.trim() !== '');

const url = fc.oneof(fc.constantFrom(...URLS), fc.webUrl(), typed);

/** Typed text without what starts Markdown's headings, links and images (# = - [ ]). */
const plainTyped = typed.map((text) => text.replace(/[#=\-[\]]/g, ''));

/** The address a block's url attribute holds as MDX reads it: character references such as &#x09; decoded. */
function getReadUrl(block: string): string {
  const tree = mdxToMdast(block) as unknown as { children: { attributes?: { name: string; value: unknown }[] }[] };
  return String(tree.children[0]?.attributes?.find((attribute) => attribute.name === 'url')?.value);
}

describe('the blocks the web editor writes, for any values', () => {
  test('pass validation, or are refused only by the rule on their address', () => {
    fc.assert(
      fc.property(fc.constantFrom('Video' as const, 'Documento' as const), url, title, (name, address, titulo) => {
        const block = toComponentBlock(name, { url: address, titulo });
        const problems = getProblems(block);
        // Whatever the title, the block has the problems of its address alone.
        expect(problems, block).toEqual(getProblems(toComponentBlock(name, { url: address, titulo: 'Título' })));
        const read = getReadUrl(block);
        if (isLinkUrl(read)) expect(problems, block).toEqual([]);
        else {
          expect(problems, block).toHaveLength(1);
          expect([t.safety.unsafeUrl(read), t.safety.relativeUrl(read), t.safety.emptyAttribute('url', name)], block).toContain(problems[0]);
        }
      }),
      RUNS,
    );
  });

  test('read back as written, so writing them again changes nothing', () => {
    fc.assert(
      fc.property(url, title, fc.option(title, { nil: '' }), typed, (address, titulo, noteTitle, body) => {
        for (const [name, values] of [
          ['Video', { url: address, titulo }],
          ['Documento', { url: address, titulo }],
          ['Nota', { titulo: noteTitle, body }],
        ] as const) {
          const block = toComponentBlock(name, values);
          // As Decap's parser meets it: followed by the rest of the body.
          const match = getComponentPattern(name).exec(`${block}\n\nMás texto.`);
          expect(match?.[0], block).toBe(block);
          expect(toComponentBlock(name, toComponentValues(name, match!)), block).toBe(block);
        }
      }),
      RUNS,
    );
  });

  test('keep a title that has neither a line break nor both kinds of quote exactly as typed', () => {
    const plain = title.filter((text) => !/[\r\n]/.test(text) && !(text.includes('"') && text.includes("'")));
    fc.assert(
      fc.property(plain, (titulo) => {
        const block = toComponentBlock('Video', { url: 'https://a.example/v', titulo });
        expect(toComponentValues('Video', getComponentPattern('Video').exec(block)!).titulo).toBe(titulo.trim());
      }),
      RUNS,
    );
  });

  test('give a note whose text is typed, not written as Markdown, that validation accepts', () => {
    fc.assert(
      fc.property(fc.option(title, { nil: '' }), plainTyped, (titulo, body) => {
        const block = toComponentBlock('Nota', { titulo, body });
        expect(getProblems(block), block).toEqual([]);
      }),
      RUNS,
    );
  });

  test('give a note that adds no problem to those its Markdown has on its own', () => {
    fc.assert(
      fc.property(fc.option(title, { nil: '' }), typed, (titulo, body) => {
        const block = toComponentBlock('Nota', { titulo, body });
        const text = getComponentPattern('Nota').exec(block)![2]!.trim();
        expect(getProblems(block), block).toEqual(getProblems(text));
      }),
      RUNS,
    );
  });
});
