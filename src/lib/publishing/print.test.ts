import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isAddressText, toCssString, toReportPrintCss, toSitePrintCss } from './print';

/**
 * How a browser reads a CSS string token back (CSS Syntax Level 3, "consume a string token"
 * and "consume an escaped code point"): the tests check what Chromium will print, not a copy
 * of the escaping rules.
 */
function readCssString(css: string): string {
  const quote = css[0];
  expect(quote === '"' || quote === "'").toBe(true);
  let text = '';
  let i = 1;
  for (;;) {
    const character = css[i];
    if (character === undefined) throw new Error('unterminated string');
    if (character === quote) break;
    if (character === '\n' || character === '\r' || character === '\f') throw new Error('bad string: raw newline');
    if (character !== '\\') {
      text += character;
      i += 1;
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(css.slice(i + 1))?.[0];
    if (hex === undefined) {
      text += css[i + 1];
      i += 2;
      continue;
    }
    const code = parseInt(hex, 16);
    text += String.fromCodePoint(code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    i += 1 + hex.length;
    if (/[ \t\n]/.test(css[i] ?? '')) i += 1;
  }
  expect(i).toBe(css.length - 1);
  return text;
}

/** What a browser can show of any JavaScript string: lone surrogates and U+0000 become U+FFFD. */
function toShowable(text: string): string {
  return [...text].map((character) => (/^[\0\uD800-\uDFFF]$/.test(character) ? '\uFFFD' : character)).join('');
}

const SITE = new URL('https://participacion.example.gov.co/');

describe('a CSS string written from a title', () => {
  test('reads back as the same text, with quotes, backslashes, line breaks, tabs and emoji', () => {
    for (const title of ['Informe «I semestre» 2021', 'Dijo "ya" \\ y \'no\'', 'Dos\nlíneas\r\ny\ttab', 'Ñandú 😀 \u2028 fin', '\\a0 ', '']) {
      expect(readCssString(toCssString(title))).toBe(title);
    }
  });

  test('is plain ASCII on one line, so it means the same when a host serves it without a charset', () => {
    const css = toCssString('Corte: 30 de junio\n«Año» 😀');
    expect(css).toMatch(/^"[\x20-\x7e]*"$/);
    expect(css).toBe('"Corte: 30 de junio\\a \\ab A\\f1 o\\bb  \\1f600 "');
  });

  test('cannot be closed early, or end a rule, by anything an editor types', () => {
    const css = toCssString('"; } body { display: none } a::after { content: "');
    expect(readCssString(css)).toBe('"; } body { display: none } a::after { content: "');
    expect(css.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
  });

  test('reads back as any text a browser can show', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        expect(readCssString(toCssString(text))).toBe(toShowable(text));
      }),
    );
  });
});

describe('the print stylesheet of every page', () => {
  test('puts the entity above and "Página N de M" below every sheet, with the printer counting the pages', () => {
    const css = toSitePrintCss({ entity: 'ENTerritorio', site: SITE });
    expect(css).toMatch(/@top-left \{\s*content: "ENTerritorio";/);
    expect(css).toMatch(/@bottom-right \{\s*content: "P\\e1 gina " counter\(page\) " de " counter\(pages\);/);
  });

  test("prints the full address of the site's own links after them when SITE_URL is set", () => {
    const css = toSitePrintCss({ entity: 'ENTerritorio', site: new URL('https://www.example.gov.co/participacion/') });
    expect(css).toContain('a[href^="/"]:not(.pp-print-no-address)::after {\n  content: " (https://www.example.gov.co" attr(href) ")";');
  });

  test('prints only the path of those links when the site has no address yet', () => {
    expect(toSitePrintCss({ entity: 'ENTerritorio', site: undefined })).toContain('content: " (" attr(href) ")";');
  });

  test('keeps an entity name with quotes or braces inside its string', () => {
    const css = toSitePrintCss({ entity: 'Entidad "X" } @page {', site: undefined });
    expect(css).toContain('content: "Entidad \\"X\\" } @page {";');
  });
});

describe("a period report's print stylesheet", () => {
  test('heads every sheet with the entity, the report and its cut-off, and says where the report is published', () => {
    const css = toReportPrintCss({
      entity: 'ENTerritorio',
      title: 'Informe de avance I semestre',
      cutoff: '2021-06-30',
      address: 'https://participacion.example.gov.co/2021/informes/i-semestre/',
    });
    const header = /@top-left \{\s*content: ("[^"]*");/.exec(css)?.[1];
    expect(readCssString(header!)).toBe('ENTerritorio · Informe de avance I semestre · Corte: 30 de junio de 2021');
    expect(css).toMatch(/@bottom-left \{\s*content: "https:\/\/participacion\.example\.gov\.co\/2021\/informes\/i-semestre\/";/);
  });

  test('leaves the address out when the build has no SITE_URL', () => {
    expect(toReportPrintCss({ entity: 'E', title: 'T', cutoff: '2021-12-31', address: undefined })).not.toContain('@bottom-left');
  });
});

describe('a link whose text is its address', () => {
  test('is recognised with or without the scheme and the final slash', () => {
    expect(isAddressText('https://www.youtube.com/watch?v=x', 'https://www.youtube.com/watch?v=x')).toBe(true);
    expect(isAddressText('www.enterritorio.gov.co', 'https://www.enterritorio.gov.co/')).toBe(true);
    expect(isAddressText('participacion@entidad.gov.co', 'mailto:participacion@entidad.gov.co')).toBe(true);
  });

  test('is not any link whose text says something else', () => {
    expect(isAddressText('Video del foro', 'https://www.youtube.com/watch?v=x')).toBe(false);
    expect(isAddressText('youtube.com', 'https://www.youtube.com/watch?v=x')).toBe(false);
    expect(isAddressText('', '')).toBe(false);
  });
});
