import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toBodyHtml } from './body-html';
import { getLimitProblems } from '../validation/limits';
import { EDITOR_COMPONENTS } from '../content/body-components';
import { getMdxBodyProblems } from '../validation/mdx-safety';
import { acceptableBodyText, bodyText } from '../testing/test-arbitraries';

const RUNS = { seed: 20210630, numRuns: 500 };
const FILE = 'content/evidencias/2021/2021-06-30-foro.mdx';
const FRONTMATTER = '---\nplan: 2021\ntarea: foro\n---\n';
const OPTIONS = { base: '/participacion/', idPrefix: 'evidencias-2021-foro-' };

/**
 * The elements Markdown with GFM writes (CommonMark, tables, task lists, strikethrough,
 * footnotes), each with the attributes it may carry. Nothing here runs code, loads another
 * site or styles the page: the Content Security Policy refuses inline styles.
 */
const MARKDOWN_ELEMENTS: Record<string, readonly string[]> = {
  p: [],
  br: [],
  hr: [],
  em: [],
  strong: [],
  del: [],
  code: ['class'],
  pre: [],
  blockquote: [],
  ul: ['class'],
  ol: ['class', 'start'],
  li: ['class', 'id'],
  input: ['type', 'checked', 'disabled'],
  table: ['class'],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
  a: ['href', 'title', 'id', 'class', 'aria-describedby', 'aria-label', 'data-footnote-ref', 'data-footnote-backref'],
  img: ['src', 'alt', 'title'],
  sup: [],
  section: ['class', 'data-footnotes'],
  h2: ['class', 'id'],
};

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;

function toAttributeValue(written: string): string {
  return written
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Every element and attribute in `html`, as `tag` and `tag attribute="value"`. */
function getMarkup(html: string): { tags: { tag: string; attributes: [string, string][] }[]; text: string } {
  const tags: { tag: string; attributes: [string, string][] }[] = [];
  const text = html.replace(TAG, (_, closing: string, tag: string, attributes: string) => {
    if (!closing) tags.push({ tag, attributes: [...attributes.matchAll(ATTRIBUTE)].map(([, name, value]) => [name ?? '', toAttributeValue(value ?? '')]) });
    return '';
  });
  return { tags, text };
}

/** What the editors' components are written as, taken from the writer itself: each component with all its attributes. */
function getComponentElements(): Record<string, Set<string>> {
  const elements: Record<string, Set<string>> = {};
  for (const [name, attributes] of Object.entries(EDITOR_COMPONENTS)) {
    const written = Object.keys(attributes).map((attribute) => `${attribute}="${attribute === 'url' ? 'https://www.example.gov.co/x' : 'Texto'}"`);
    for (const { tag, attributes: found } of getMarkup(toBodyHtml(`<${name} ${written.join(' ')}>\n\nTexto.\n\n</${name}>\n`, OPTIONS)).tags) {
      elements[tag] ??= new Set();
      for (const [attribute] of found) elements[tag].add(attribute);
    }
  }
  return elements;
}

const ALLOWED: Record<string, Set<string>> = Object.fromEntries(Object.entries(MARKDOWN_ELEMENTS).map(([tag, attributes]) => [tag, new Set(attributes)]));
for (const [tag, attributes] of Object.entries(getComponentElements())) ALLOWED[tag] = new Set([...(ALLOWED[tag] ?? []), ...attributes]);

// Links leave for the web or mail, or stay on the site (a path or a footnote); images are the site's own files.
const SAFE_HREF = /^(?:https?:|mailto:|\/(?![/\\])|#)/i;
const SAFE_SRC = /^\/(?![/\\])/;

/**
 * Headings are Markdown too, refused by validation only because the page has its own
 * (mdx-safety.ts): they run nothing and load nothing.
 */
const HEADINGS: Record<string, Set<string>> = Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, new Set(ALLOWED[tag] ?? [])]));

/** What in `html` is outside the allow-list: an element, an attribute, an address, or a < that opens no element. */
function getMarkupOutsideAllowList(html: string, allowList = ALLOWED): string[] {
  const { tags, text } = getMarkup(html);
  const outside = tags.flatMap(({ tag, attributes }) => {
    const allowed = allowList[tag];
    if (!allowed) return [`<${tag}>`];
    return attributes.flatMap(([name, value]) => {
      if (!allowed.has(name)) return [`<${tag} ${name}>`];
      if (name === 'href' && !SAFE_HREF.test(value)) return [`<${tag} href="${value}">`];
      if (name === 'src' && !SAFE_SRC.test(value)) return [`<${tag} src="${value}">`];
      return [];
    });
  });
  return text.includes('<') ? [...outside, `a < outside any element: ${text}`] : outside;
}

function isAccepted(text: string): boolean {
  return getLimitProblems(FILE, text).length === 0 && getMdxBodyProblems(FILE, text).length === 0;
}

describe('the body writer, on bodies validation accepts', () => {
  test('writes every accepted body, and only allow-listed elements, attributes and addresses', () => {
    fc.assert(
      fc.property(fc.oneof(acceptableBodyText, bodyText), (body) => {
        const text = FRONTMATTER + body;
        fc.pre(isAccepted(text));
        expect(getMarkupOutsideAllowList(toBodyHtml(text, OPTIONS))).toEqual([]);
      }),
      RUNS,
    );
  });

  test('writes nothing that runs code or loads another site even for a body validation has not seen, as under astro dev', () => {
    fc.assert(
      fc.property(fc.oneof(acceptableBodyText, bodyText), (body) => {
        const text = FRONTMATTER + body;
        fc.pre(getLimitProblems(FILE, text).length === 0);
        let html: string;
        try {
          html = toBodyHtml(text, OPTIONS);
        } catch {
          // Refusing to write (a parse error, or a guard's error) puts nothing on a page.
          return;
        }
        expect(getMarkupOutsideAllowList(html, { ...ALLOWED, ...HEADINGS })).toEqual([]);
      }),
      RUNS,
    );
  });

  test('the allow-list check finds what it is for', () => {
    expect(getMarkupOutsideAllowList('<p>Hola</p><table class="pp-body-table"><tr><td>1</td></tr></table>')).toEqual([]);
    expect(getMarkupOutsideAllowList('<script>alert(1)</script><p onclick="x" style="color:red">a</p>')).toEqual(['<script>', '<p onclick>', '<p style>']);
    expect(getMarkupOutsideAllowList('<a href="java&#x73;cript:x">a</a><img src="//evil.example/x.png">')).toEqual(['<a href="javascript:x">', '<img src="//evil.example/x.png">']);
  });
});
