import { describe, expect, test } from 'vitest';
import { formatProblem } from './problems';
import { getPublicFileRefusal, toFileText, toRefusalProblem } from './found-files';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a file as text', () => {
  test('reads UTF-8 as it is, with its byte-order mark and Windows line breaks', () => {
    expect(toFileText(utf8('\ufeff---\r\nnombre: Diálogo\r\n---\r\n'))).toBe('\ufeff---\r\nnombre: Diálogo\r\n---\r\n');
  });

  test('refuses a file saved in another encoding instead of reading its accents as �, naming the first line that is not UTF-8', () => {
    const latin1 = Uint8Array.from([...utf8('---\nplan: 2021\nnota: Caf'), 0xe9, ...utf8(' con az'), 0xfa, ...utf8('car\n---\n')]);
    expect(toFileText(latin1)).toEqual({ reason: 'encoding', line: 3, reading: 'nota: Café con azúcar' });
  });

  test('refuses a file saved as UTF-16', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'plan: 2021'].flatMap((character) => [character.charCodeAt(0), 0])]);
    expect(toFileText(utf16)).toMatchObject({ reason: 'encoding', line: 1 });
  });
});

describe('what is not read, said to the editor', () => {
  test.each([
    [{ reason: 'symlink' } as const, 'content/evidencias/2021/x.mdx: es un enlace simbólico'],
    [{ reason: 'special' } as const, 'content/evidencias/2021/x.mdx: no es un archivo ni una carpeta'],
    [{ reason: 'folder' } as const, 'content/evidencias/2021/x.mdx: es una carpeta, pero su nombre termina en .mdx'],
    [{ reason: 'encoding', line: 3, reading: 'nota: Café' } as const, 'content/evidencias/2021/x.mdx, línea 3: este archivo no está guardado como texto UTF-8, y esta línea tiene letras que no se pueden leer (quizá dice «nota: Café»)'],
  ])('%j', (refusal, start) => {
    expect(formatProblem(toRefusalProblem('content/evidencias/2021/x.mdx', refusal))).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe('what the public folder may publish', () => {
  const none = () => '';

  test('publishes documents, images, sound and video, whatever the case of their type', () => {
    for (const name of ['acta.pdf', 'Tabla.XLSX', 'foto.jpeg', 'audio.mp3', 'video.mp4', '.gitkeep']) expect(getPublicFileRefusal(name, none), name).toBeUndefined();
  });

  test('refuses pages, scripts and server programs, which would run on the site\'s own address', () => {
    for (const type of ['html', 'htm', 'xhtml', 'js', 'mjs', 'css', 'php', 'xml', 'exe']) {
      expect(getPublicFileRefusal(`archivo.${type}`, none)).toEqual({ reason: 'type', type });
    }
    expect(getPublicFileRefusal('acta', none)).toEqual({ reason: 'type', type: '' });
    expect(formatProblem(toRefusalProblem('public/acta.html', { reason: 'type', type: 'html' }))).toMatch(/^public\/acta\.html: los archivos \.html no se publican/);
  });

  test('refuses a hidden file, which would be published though no page shows it', () => {
    expect(getPublicFileRefusal('.htaccess', none)).toEqual({ reason: 'hidden' });
  });

  test('refuses an SVG image with code or with references to other sites, and keeps a plain one', () => {
    const svg = (inside: string) => () => `<svg xmlns="http://www.w3.org/2000/svg">${inside}</svg>`;
    expect(getPublicFileRefusal('grafico.svg', svg('<rect width="10" height="10" fill="#0b4f8a"/>'))).toBeUndefined();
    expect(getPublicFileRefusal('grafico.svg', svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/><text>Ventas &amp; compras</text>'))).toBeUndefined();
    for (const inside of [
      '<script>alert(1)</script>',
      '<rect onclick="alert(1)"/>',
      '<a href="javascript:alert(1)"><text>x</text></a>',
      '<a href="&#x6A;avascript:alert(1)"><text>x</text></a>',
      '<a href="java\tscript:alert(1)"><text>x</text></a>',
      '<a xlink:href="data:text/html,x"><text>x</text></a>',
      '<foreignObject><iframe/></foreignObject>',
      '<image href="https://tracker.example/pixel.png"/>',
      '<style>@import url(https://tracker.example/a.css)</style>',
      '<rect style="fill:url(https://tracker.example/a.svg#p)"/>',
      '<set attributeName="href" to="javascript:alert(1)"/>',
    ]) {
      expect(getPublicFileRefusal('grafico.svg', svg(inside)), inside).toEqual({ reason: 'activeSvg' });
    }
  });
});
