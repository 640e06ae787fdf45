import { describe, expect, test } from 'vitest';
import { getMdxBodyProblems } from './mdx-safety';
import { formatProblem } from './problems';

const FILE = 'content/evidencias/2021/2021-06-30-video.mdx';
const FRONTMATTER = '---\nplan: 2021\ntarea: elaborar-video\nfecha: 2021-06-30\navance: 100\n---\n';

/** Problems of a body written after the frontmatter: its first line is line 7 of the file. */
function getLines(body: string): string[] {
  return getMdxBodyProblems(FILE, FRONTMATTER + body).map(formatProblem);
}

describe('what an MDX body may hold', () => {
  test('accepts Markdown with GFM, safe links and the editors components', () => {
    const body = [
      'Se publicó el **video** del [espacio de diálogo](https://www.youtube.com/watch?v=hUYCEN1ylVY).',
      '',
      '| Canal | Fecha |',
      '| --- | --- |',
      '| YouTube | 30 de junio |',
      '',
      '- [x] Publicado, ver [el informe](/documentos/2021/informe.txt) y [correo](mailto:a@b.gov.co)',
      '',
      '<Video url="https://www.youtube.com/watch?v=hUYCEN1ylVY" titulo="Video de ENTerritorio" />',
      '<Documento url="/documentos/2021/informe.txt" titulo="Informe de avance" />',
      '<Nota titulo="Aplazado">El espacio se aplazó.</Nota>',
      '',
      'Llaves y signos escritos como texto: \\{ y \\<.',
    ].join('\n');
    expect(getLines(body)).toEqual([]);
  });
});

describe('what would break the page around a body is rejected, so valid content always makes accessible pages', () => {
  test('rejects headings: the page has its own, and a # would make a second h1', () => {
    expect(getLines('Texto.\n\n# Resultados\n\n### Detalle\n')).toEqual([
      expect.stringMatching(/^content\/evidencias\/2021\/2021-06-30-video\.mdx, línea 9: los títulos con # no están permitidos en el texto/),
      expect.stringMatching(/, línea 11: los títulos con # no están permitidos/),
    ]);
  });

  test('rejects a link without text, which a screen reader could not name', () => {
    expect(getLines('Ver [](https://www.example.gov.co/acta) y [ ][acta].\n\n[acta]: https://www.example.gov.co/acta\n')).toEqual([
      expect.stringContaining('línea 7: este enlace no tiene texto'),
      expect.stringContaining('línea 7: este enlace no tiene texto'),
    ]);
    expect(getLines('[![Foto del foro](/documentos/foto.jpg)](https://www.example.gov.co/foro)\n')).toEqual([]);
  });
});

describe('content that could run code is rejected, each with its line and message', () => {
  test('rejects import and export lines', () => {
    expect(getLines("import Mapa from '../../src/Mapa.astro'\n\nTexto.")).toEqual([
      `${FILE}, línea 7: las líneas que empiezan por \`import\` o \`export\` no están permitidas: el contenido no puede traer código. Bórrelas; los componentes <Video>, <Documento> y <Nota> se usan sin importarlos.`,
    ]);
    expect(getLines('Texto.\n\nexport const x = process.env.SECRET')).toEqual([
      expect.stringContaining(`${FILE}, línea 9: las líneas que empiezan por \`import\` o \`export\``),
    ]);
  });

  test('rejects JavaScript expressions in text and as blocks', () => {
    expect(getLines('Hoy es {new Date().getFullYear()}.\n\n{process.env.GITHUB_TOKEN}')).toEqual([
      `${FILE}, línea 7: {new Date().getFullYear()} no está permitido: lo que va entre llaves se ejecuta como código. Para escribir llaves como texto, use \\{ y \\}.`,
      expect.stringMatching(/línea 9: \{process\.env\.GITHUB_TOKEN\} no está permitido/),
    ]);
  });

  test('rejects <script>', () => {
    expect(getLines('Texto.\n\n<script>alert(1)</script>')).toEqual([
      `${FILE}, línea 9: <script> no está permitido: ejecutaría código en el navegador de los ciudadanos. Bórrelo.`,
    ]);
  });

  test('rejects <iframe>, even for a video', () => {
    expect(getLines('<iframe src="https://www.youtube.com/embed/hUYCEN1ylVY"></iframe>')).toEqual([
      expect.stringMatching(/línea 7: <iframe> no está permitido: cargaría otra página o sitio dentro de este\. Bórrelo\. Para mostrar un video use <Video/),
    ]);
  });

  test('rejects <style>, and the expression inside it', () => {
    expect(getLines('<style>{`body { display: none }`}</style>')).toEqual([
      expect.stringContaining('línea 7: <style> no está permitido: cambiaría la apariencia del sitio'),
      expect.stringContaining('no está permitido: lo que va entre llaves se ejecuta como código'),
    ]);
  });

  test('rejects on* attributes', () => {
    expect(getLines('<Nota onClick="alert(1)">Hola</Nota>')).toEqual([
      `${FILE}, línea 7: el atributo onClick de <Nota> no está permitido: los atributos que empiezan por "on" ejecutan código. Bórrelo.`,
    ]);
  });

  test('rejects attribute values and spreads written as expressions', () => {
    expect(getLines('<Video url={enlace} titulo="Video" {...datos} />')).toEqual([
      expect.stringContaining('el valor de url en <Video> está entre llaves { }'),
      expect.stringContaining('<Video> tiene un atributo entre llaves { }'),
    ]);
  });

  test.each([
    ['a Markdown link', '[Ver](javascript:alert(1))'],
    ['an image', '![Foto](data:image/svg+xml;base64,PHN2Zz4=)'],
    ['a link reference', '[Ver][acta]\n\n[acta]: vbscript:msgbox'],
    ['a component address', '<Documento url="javascript:alert(1)" titulo="Acta" />'],
  ])('rejects an unsafe scheme in %s', (_kind, body) => {
    expect(getLines(body)).toEqual([expect.stringMatching(/no es una dirección permitida\. Los enlaces deben empezar por https:\/\//)]);
  });

  test('rejects HTML tags and components the project does not offer', () => {
    expect(getLines('<div class="x">Hola</div>\n\n<Mapa />')).toEqual([
      `${FILE}, línea 7: <div> no está permitido. Escriba con Markdown (por ejemplo **negrita**, [texto del enlace](https://…), listas con -) o use uno de los componentes del sitio: Video, Documento, Nota.`,
      expect.stringContaining('línea 9: <Mapa> no está permitido.'),
    ]);
  });

  test('asks for the attributes a component needs and refuses the ones it does not have', () => {
    expect(getLines('<Video titulo="Video" ancho="100" />')).toEqual([
      expect.stringContaining('<Video> no tiene el atributo ancho. Sus atributos son: url, titulo.'),
      expect.stringContaining('a <Video> le falta el atributo url.'),
    ]);
  });

  test('explains a body that cannot be read, with its line', () => {
    expect(getLines('Texto.\n\nEl valor es <5 y sube.')).toEqual([
      expect.stringMatching(/línea 9: el texto no se puede leer\. Revise los signos < y \{ de esa línea.*Detalle técnico: /),
    ]);
  });

  test.each([
    ['a path that climbs out of content/', '![Acta](../../../public/documentos/2021/acta.mjs)'],
    ['an installed package', '![Acta](paquete/archivo)'],
    ['an image reference', '![Acta][acta]\n\n[acta]: ./acta.mjs'],
  ])('rejects an image given as %s, which the build would import as code', (_kind, body) => {
    expect(getLines(body)).toContainEqual(expect.stringContaining('no se puede usar como imagen: las imágenes deben ser archivos de este sitio.'));
  });

  test('rejects images from other sites, which every visitor would download from there', () => {
    expect(getLines('![Foto](https://example.org/foto.jpg)')).toEqual([
      expect.stringContaining('"https://example.org/foto.jpg" no se puede usar como imagen'),
    ]);
  });

  test('rejects links relative to the page, and fragments, which point nowhere on the other pages that show the text', () => {
    expect(getLines('[acta](acta.pdf)\n\n<Documento url="../acta.pdf" titulo="Acta" />')).toEqual([
      expect.stringContaining('línea 7: "acta.pdf" no es una dirección completa'),
      expect.stringContaining('línea 9: "../acta.pdf" no es una dirección completa'),
    ]);
    expect(getLines('[ver las tareas](#tareas)')).toEqual([expect.stringContaining('"#tareas" no es una dirección completa')]);
  });

  test('rejects a link, an image or a document that names a file missing from public/', () => {
    const text = `${FRONTMATTER}[acta](/documentos/2021/acta.pdf)\n\n![foto](/imagenes/foro.jpg)\n\n<Documento url="/documentos/2021/informe.txt" titulo="Informe" />`;
    const problems = getMdxBodyProblems(FILE, text, new Set(['/documentos/2021/informe.txt'])).map(formatProblem);
    expect(problems).toEqual([
      expect.stringContaining('línea 7: "/documentos/2021/acta.pdf" no existe: no hay un archivo con esa ruta en la carpeta public.'),
      expect.stringContaining('línea 9: "/imagenes/foro.jpg" no existe'),
    ]);
  });

  test('checks the body exactly where Astro starts compiling it, even after a closing ---x', () => {
    const text = '---\nplan: 2021\n---x\n{process.env.SECRETO}\n';
    expect(getMdxBodyProblems(FILE, text).map(formatProblem)).toEqual([expect.stringContaining('línea 4: {process.env.SECRETO} no está permitido')]);
  });

  test('does not read the frontmatter as body, even after a blank first line', () => {
    const text = '\n---\nplan: 2021\nnota: "Asistieron <20 personas"\n---\nTexto.\n';
    expect(getMdxBodyProblems(FILE, text)).toEqual([]);
  });

  test('asks for components on their own line, not inside a sentence', () => {
    expect(getLines('Ver <Documento url="/documentos/2021/informe.txt" titulo="Informe" /> en la sede.')).toEqual([
      `${FILE}, línea 7: <Documento> va en su propia línea, separado del texto de arriba y de abajo por una línea en blanco, no dentro de una frase.`,
    ]);
  });

  test('lists every problem of a file at once', () => {
    expect(getLines('import x from "y"\n\n<script>x</script>\n\n[a](javascript:x)')).toHaveLength(3);
  });

  test('checks an image reference against the definition Markdown uses: the first of two with the same label', () => {
    const body = '![Foro][foto]\n\n[foto]: https://example.org/rastreo.png\n\n[foto]: /imagenes/foro.jpg\n';
    expect(getLines(body)).toEqual([
      expect.stringContaining('línea 7: "https://example.org/rastreo.png" no se puede usar como imagen'),
    ]);
  });
});

describe('a text nested too deep for the checks is one problem on its line, never a stack overflow', () => {
  test.each([
    ['quotes', `Texto.\n\n${'>'.repeat(5_000)} hola\n`, 9],
    ['lists', `${'- '.repeat(3_000)}hola\n`, 7],
    ['emphasis', `${'*a '.repeat(1_500)}b${' c*'.repeat(1_500)}\n`, 7],
    ['links in emphasis', `${'**[a '.repeat(1_000)}b${'](/x)**'.repeat(1_000)}\n`, 7],
    ['notes', `${'<Nota>\n\n'.repeat(1_000)}a\n\n${'</Nota>\n\n'.repeat(1_000)}`, 47],
  ])('%s', (_kind, body, line) => {
    expect(getLines(body)).toEqual([
      `${FILE}, línea ${line}: el texto anida más de 20 niveles en esta línea: citas (>) dentro de citas, listas dentro de listas, notas dentro de notas, o negrillas, cursivas y enlaces unos dentro de otros. Escríbalo con menos niveles: un texto claro no necesita tantos.`,
    ]);
  });

  test('accepts 20 levels, more than any real text uses', () => {
    expect(getLines(`${'> '.repeat(10)}${'- '.repeat(5)}${'*a '.repeat(4)}b${' c*'.repeat(4)}\n`)).toEqual([]);
  });
});
