import { describe, expect, test } from 'vitest';
import { toBodyHtml, toBodyText } from './body-html';

const OPTIONS = { base: '/participacion/', idPrefix: 'evidencias-2021-a-' };

describe('toBodyHtml', () => {
  test('writes Markdown with GFM and smart punctuation, as Astro does', () => {
    const html = toBodyHtml('Un **"video"** y ~~nada~~.\n\n| Canal | Fecha |\n| --- | --- |\n| YouTube | 30 de junio |\n', OPTIONS);
    expect(html).toContain('<p>Un <strong>“video”</strong> y <del>nada</del>.</p>');
    expect(html).toContain('<td>YouTube</td>');
  });

  test("gives an editor's table the class that fits it to a phone's width", () => {
    expect(toBodyHtml('| Canal | Fecha |\n| --- | --- |\n| YouTube | 30 de junio |\n', OPTIONS)).toContain('<table class="pp-body-table">');
  });

  test('gives footnote ids the entry prefix, so several bodies can share a page', () => {
    const html = toBodyHtml('Dato[^1].\n\n[^1]: Fuente del dato.\n', OPTIONS);
    expect(html).toContain('href="#evidencias-2021-a-user-content-fn-1" id="evidencias-2021-a-user-content-fnref-1"');
    expect(html).toContain('aria-describedby="evidencias-2021-a-footnote-label"');
    expect(html).toContain('<h2 class="pp-visually-hidden" id="evidencias-2021-a-footnote-label">Notas</h2>');
    expect(html).toContain('aria-label="Volver a la referencia 1"');
  });

  test('writes the editors components as labelled links and a note', () => {
    const html = toBodyHtml(
      '<Video url="https://www.youtube.com/watch?v=x" titulo="Foro" />\n\n<Documento url="/documentos/2021/acta.pdf" titulo="Acta" />\n\n<Nota titulo="Aclaración">Se **aplazó**.</Nota>\n',
      OPTIONS,
    );
    expect(html).toContain(
      '<p class="pp-editor-link"><span class="pp-editor-link__kind">Video:</span> <a href="https://www.youtube.com/watch?v=x">Foro</a> <span class="pp-editor-link__host">(en youtube.com, otro sitio)</span></p>',
    );
    expect(html).toContain('<a href="/participacion/documentos/2021/acta.pdf">Acta</a>');
    expect(html).toContain('<div class="pp-editor-note" role="note" aria-label="Aclaración"><p class="pp-editor-note__title">Aclaración</p>Se <strong>aplazó</strong>.</div>');
  });

  test('puts BASE_PATH in front of site paths in links and images', () => {
    const html = toBodyHtml('[Acta](/documentos/acta.pdf) y [web](https://example.gov.co)\n\n![Foro](/imagenes/foro.jpg)\n', OPTIONS);
    expect(html).toContain('<a href="/participacion/documentos/acta.pdf">Acta</a>');
    expect(html).toContain('<a href="https://example.gov.co">web</a>');
    expect(html).toContain('<img src="/participacion/imagenes/foro.jpg" alt="Foro">');
  });

  test('marks the links whose text is their own address, so print does not write the address twice', () => {
    const html = toBodyHtml('Video: https://www.youtube.com/watch?v=x y [web](https://example.gov.co)\n\n<Video url="https://www.youtube.com/watch?v=y" />\n', OPTIONS);
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=x" class="pp-print-no-address">https://www.youtube.com/watch?v=x</a>');
    expect(html).toContain('<a href="https://example.gov.co">web</a>');
    expect(html).toContain('<a class="pp-print-no-address" href="https://www.youtube.com/watch?v=y">https://www.youtube.com/watch?v=y</a>');
  });

  test('writes aligned table columns without the inline styles the Content Security Policy refuses', () => {
    const html = toBodyHtml('| Canal | Fecha | Personas |\n| :- | :-: | -: |\n| YouTube | 30 de junio | 120 |\n', OPTIONS);
    expect(html).toContain('<th>Fecha</th>');
    expect(html).toContain('<td>120</td>');
    expect(html).not.toContain('style');
  });

  test('refuses, as a last guard, what validation rejects (astro dev does not validate)', () => {
    expect(() => toBodyHtml('[x](javascript:alert(1))', OPTIONS)).toThrow(/Unexpected link/);
    expect(() => toBodyHtml('<Video url="javascript:alert(1)" titulo="Foro" />', OPTIONS)).toThrow(/Unexpected link javascript:alert\(1\)/);
    expect(() => toBodyHtml('<Documento titulo="Acta" />', OPTIONS)).toThrow(/Unexpected link/);
    expect(() => toBodyHtml(`${'*a '.repeat(3_000)}b${' c*'.repeat(3_000)}`, OPTIONS)).toThrow(/Unexpected nesting deeper than 20 levels/);
    expect(() => toBodyHtml('![x](./codigo.mjs)', OPTIONS)).toThrow(/Unexpected image/);
    expect(() => toBodyHtml('<Mapa />', OPTIONS)).toThrow(/Unexpected <Mapa>/);
    expect(() => toBodyHtml('{process.env.SECRETO}', OPTIONS)).toThrow(/Unexpected mdxFlowExpression/);
  });
});

describe('toBodyText', () => {
  test('gives plain text, one paragraph per block, for feed readers', () => {
    expect(toBodyText('Se publicó el **video**.\n\n<Video url="https://www.youtube.com/watch?v=x" titulo="Foro" />\n')).toBe(
      'Se publicó el video.\n\nVideo: Foro (en youtube.com, otro sitio)',
    );
  });
});
