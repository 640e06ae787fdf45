import { describe, expect, test } from 'vitest';
import type { EditorComponentName } from '../content/body-components';
import { getMdxBodyProblems } from '../validation/mdx-safety';
import { getComponentPattern, toAttributes, toComponentBlock, toComponentValues, type ComponentValues } from './component-blocks';

const FILE = 'content/evidencias/2021/2021-06-30-foro.mdx';

/** A whole evidence file whose body holds the block between two paragraphs, as an editor leaves it. */
function toFileText(block: string): string {
  return `---\nplan: 2021\ntarea: foro\nfecha: 2021-06-30\navance: 100\n---\nAntes del componente.\n\n${block}\n\nDespués del componente.\n`;
}

function getProblems(block: string): string[] {
  return getMdxBodyProblems(FILE, toFileText(block)).map((problem) => problem.detail);
}

/** What the component's form shows for a block, or undefined when the block is not read as the component. */
function read(name: EditorComponentName, block: string): ComponentValues | undefined {
  const match = getComponentPattern(name).exec(block);
  return match ? toComponentValues(name, match) : undefined;
}

/**
 * What Decap's Markdown parser reads at the start of a block (decap-cms-widget-markdown,
 * remarkShortcodes.js): the pattern on the whole rest of the body, then on its first paragraph.
 */
function readAsDecap(name: EditorComponentName, rest: string): { text: string; values: ComponentValues } | undefined {
  const pattern = getComponentPattern(name);
  const match = pattern.exec(rest) ?? pattern.exec(rest.split('\n\n')[0]!.trimEnd());
  return match ? { text: match[0], values: toComponentValues(name, match) } : undefined;
}

const VIDEO = { url: 'https://www.youtube.com/watch?v=abc123', titulo: 'Video del foro de rendición de cuentas' };
const DOCUMENT = { url: '/documentos/2021/acta-foro.pdf', titulo: 'Acta del foro' };
const NOTE = { titulo: 'Resultados parciales', body: 'Los resultados se consolidan en **noviembre**.' };

describe('toComponentBlock and the component pattern', () => {
  test('read back the values a Video, a Documento and a Nota were written with', () => {
    for (const [name, values] of [['Video', VIDEO], ['Documento', DOCUMENT], ['Nota', NOTE]] as const) {
      const block = toComponentBlock(name, values);
      expect(read(name, block), block).toEqual(values);
    }
    expect(toComponentBlock('Video', VIDEO)).toBe('<Video url="https://www.youtube.com/watch?v=abc123" titulo="Video del foro de rendición de cuentas" />');
    expect(toComponentBlock('Nota', NOTE)).toBe('<Nota titulo="Resultados parciales">Los resultados se consolidan en **noviembre**.</Nota>');
  });

  test('read attributes in either order, with single or double quotes and spread over lines', () => {
    const expected = { url: 'https://a.example/v', titulo: 'Foro' };
    for (const block of [
      '<Video url="https://a.example/v" titulo="Foro" />',
      '<Video titulo="Foro" url="https://a.example/v" />',
      "<Video titulo='Foro' url='https://a.example/v'/>",
      '<Video\n  titulo = "Foro"\n  url="https://a.example/v"\n/>',
    ]) {
      expect(read('Video', block), block).toEqual(expected);
    }
    expect(toAttributes(`url='https://a.example/v' titulo="Foro"`)).toEqual(expected);
  });

  test('do not read another component, or a tag that only starts like one, as the component', () => {
    expect(read('Video', toComponentBlock('Documento', DOCUMENT))).toBeUndefined();
    expect(read('Video', '<Videos url="https://a.example/v" titulo="Foro" />')).toBeUndefined();
    expect(read('Nota', '<Notas>Texto</Notas>')).toBeUndefined();
  });

  test('write a value holding a double quote between single quotes', () => {
    const block = toComponentBlock('Documento', { url: '/documentos/2021/acta.pdf', titulo: 'Acta "final" del foro' });
    expect(block).toBe(`<Documento url="/documentos/2021/acta.pdf" titulo='Acta "final" del foro' />`);
    expect(read('Documento', block)?.titulo).toBe('Acta "final" del foro');
  });

  test('keep a value holding both kinds of quote readable, with typographic double quotes', () => {
    const block = toComponentBlock('Video', { url: VIDEO.url, titulo: `El "foro" de l'entidad` });
    expect(read('Video', block)?.titulo).toBe(`El ”foro” de l'entidad`);
    expect(getProblems(block)).toEqual([]);
  });

  test('read a title holding > or a tag, which would end a pattern that stops at the first >', () => {
    const values = { url: VIDEO.url, titulo: 'Menos de 5 > 3 <script>alert(1)</script>' };
    expect(read('Video', toComponentBlock('Video', values))).toEqual(values);
    const note = { titulo: 'a > b', body: 'Texto' };
    expect(read('Nota', toComponentBlock('Nota', note))).toEqual(note);
  });

  test('leave out the title of a Nota that has none', () => {
    expect(toComponentBlock('Nota', { titulo: '', body: 'Texto de la nota.' })).toBe('<Nota>Texto de la nota.</Nota>');
    expect(toComponentBlock('Nota', { titulo: '   ', body: 'Texto de la nota.' })).toBe('<Nota>Texto de la nota.</Nota>');
    expect(toComponentBlock('Nota', { body: 'Texto de la nota.' })).toBe('<Nota>Texto de la nota.</Nota>');
    expect(read('Nota', '<Nota>Texto de la nota.</Nota>')).toEqual({ titulo: '', body: 'Texto de la nota.' });
  });

  test('escape < and braces in the text of a Nota once: writing what it reads back changes nothing', () => {
    const block = toComponentBlock('Nota', { titulo: 'Aforo', body: 'Menos de <20 personas {aprox.}' });
    expect(block).toBe('<Nota titulo="Aforo">Menos de \\<20 personas \\{aprox.\\}</Nota>');
    expect(toComponentBlock('Nota', read('Nota', block)!)).toBe(block);
    // An escaped backslash before a brace leaves the brace to escape; a backslash at the end must not escape </Nota>.
    const awkward = toComponentBlock('Nota', { titulo: '', body: 'C:\\\\{carpeta} y al final \\' });
    expect(awkward).toBe('<Nota>C:\\\\\\{carpeta\\} y al final \\\\</Nota>');
    expect(toComponentBlock('Nota', read('Nota', awkward)!)).toBe(awkward);
  });

  test('write a Nota of several paragraphs between tag lines, and read it back whole', () => {
    const values = { titulo: 'Dos partes', body: 'Primera parte.\n\nSegunda parte:\n\n- un punto\n- otro punto' };
    const block = toComponentBlock('Nota', values);
    expect(block).toBe('<Nota titulo="Dos partes">\nPrimera parte.\n\nSegunda parte:\n\n- un punto\n- otro punto\n</Nota>');
    expect(read('Nota', block)).toEqual(values);
    expect(getProblems(block)).toEqual([]);
  });
});

describe('the component pattern, as the web editor\'s Markdown parser uses it', () => {
  test('reads a note with several paragraphs followed by more text', () => {
    const note = toComponentBlock('Nota', { titulo: 'Aclaración', body: 'Uno.\n\nDos.' });
    expect(readAsDecap('Nota', `${note}\n\nTexto después.\n`)).toEqual({ text: note, values: { titulo: 'Aclaración', body: 'Uno.\n\nDos.' } });
  });

  test('reads the first of two notes alone, not everything up to the last one', () => {
    const first = toComponentBlock('Nota', { titulo: 'Primera', body: 'Uno.' });
    const second = toComponentBlock('Nota', { titulo: 'Segunda', body: 'Dos.' });
    expect(readAsDecap('Nota', `${first}\n\nEntre las dos.\n\n${second}`)).toEqual({ text: first, values: { titulo: 'Primera', body: 'Uno.' } });
  });

  test('reads a video followed by more text, and not a tag followed by text on its line', () => {
    const video = toComponentBlock('Video', VIDEO);
    expect(readAsDecap('Video', `${video}\n\nTexto después.`)?.values).toEqual(VIDEO);
    expect(readAsDecap('Video', `${video} y texto en la misma línea.`)).toBeUndefined();
  });
});

describe('what toComponentBlock writes', () => {
  const awkward = [
    'Título con "comillas" dobles',
    "Título con 'comillas' simples",
    `Con "dobles" y 'simples'`,
    'Con {llaves} y {{dobles}}',
    '<script>alert(1)</script>',
    '</Video> y </Nota>',
    'Diálogo ciudadano en Ñuñoa: ¿qué opinó la gente?',
    'Emoji 😀🇨🇴 y signos & % $ # @ \\ ` * _',
    'Dos\nlíneas',
  ];

  test('passes the site\'s MDX validation, for every component and awkward values', () => {
    for (const titulo of awkward) {
      for (const block of [
        toComponentBlock('Video', { url: VIDEO.url, titulo }),
        toComponentBlock('Documento', { url: DOCUMENT.url, titulo }),
        toComponentBlock('Nota', { titulo, body: titulo }),
        toComponentBlock('Nota', { titulo: '', body: `${titulo}\n\nOtro párrafo con ${titulo}` }),
      ]) {
        expect(getProblems(block), block).toEqual([]);
      }
    }
  });

  test('is refused by validation for an address that is not allowed, as a form would be', () => {
    expect(getProblems(toComponentBlock('Video', { url: 'javascript:alert(1)', titulo: 'Video' }))).toHaveLength(1);
    expect(getProblems(toComponentBlock('Video', { url: '', titulo: 'Video' }))).toHaveLength(1);
  });
});
