import fc from 'fast-check';
import { mdxToHast, mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { toBodyHtml } from '../publishing/body-html';
import { getLimitProblems, getTooDeepNode, LIMITS, type TreeNode } from './limits';
import { getMdxBodyProblems } from './mdx-safety';
import { formatProblem } from './problems';
import { getSyntheticContent } from '../testing/synthetic';
import { mdxFileText } from '../testing/test-arbitraries';
import { VALID_CONTENT_FILES } from '../testing/test-fixtures';
import { validateContent, type ContentFile } from './validate';

const EVIDENCE = 'content/evidencias/2021/2021-06-30-video.mdx';
const FRONTMATTER = '---\nplan: 2021\ntarea: elaborar-video\nfecha: 2021-06-30\navance: 50\n---\n';

/** The problems of one evidence file, as validation prints them. */
function getLines(text: string, file = EVIDENCE): string[] {
  return getLimitProblems(file, text).map(formatProblem);
}

/** Nested YAML references: each level repeats the one before nine times, 9^9 values in all. */
function toBillionLaughs(field: string): string {
  const levels = Array.from({ length: 9 }, (_, index) => `a${index + 1}: &a${index + 1} [${Array(9).fill(`*a${index}`).join(', ')}]`);
  return ['a0: &a0 "ja"', ...levels, `${field}: *a9`].join('\n');
}

describe('what one content file may hold', () => {
  test('the sample content and every file of a 1,000-activity synthetic site are within every limit', () => {
    const synthetic = getSyntheticContent({ activities: 1000, today: '2026-01-01' });
    for (const file of [...VALID_CONTENT_FILES, ...synthetic.map(({ path, text }) => ({ path: `content/${path}`, text }))]) {
      expect(getLimitProblems(file.path, file.text)).toEqual([]);
    }
  });

  test('a file of more than 500,000 characters is one problem, found without reading it: a 50 MB file takes milliseconds', () => {
    const huge = FRONTMATTER + 'Una frase de evidencia.\n'.repeat(2_200_000);
    const start = performance.now();
    expect(getLines(huge)).toEqual([
      `${EVIDENCE}: este archivo tiene 52.800.070 caracteres, y un archivo de contenido puede tener hasta 500.000: uno más grande haría lenta, o imposible, la construcción del sitio. Si lleva pegado el texto de un documento, publique el documento como archivo en public/documentos/ y enlácelo; si lleva una lista muy larga, repártala en varios archivos.`,
    ]);
    expect(performance.now() - start).toBeLessThan(100);
  });

  test('a line of more than 10,000 characters is named by its line, in the fields or in the text', () => {
    expect(getLines(`${FRONTMATTER}Primer párrafo.\n\n${'palabra '.repeat(1_300)}\n`)).toEqual([
      `${EVIDENCE}, línea 9: esta línea tiene 10.400 caracteres, y una línea puede tener hasta 10.000. Divida el texto en párrafos, con una línea en blanco entre uno y otro; si es el contenido de un documento, publique el documento como archivo en public/documentos/ y enlácelo.`,
    ]);
    expect(getLines(`---\nplan: 2021\nnota: ${'x'.repeat(10_001)}\r\n---\n`)).toEqual([expect.stringContaining(`${EVIDENCE}, línea 3: esta línea tiene 10.007 caracteres`)]);
  });
});

describe('the fields (YAML) are measured on the reader’s events, before any value is built', () => {
  test('a “billion laughs” of references ends at the eleventh reference, on its line', () => {
    expect(getLines(`---\n${toBillionLaughs('nota')}\n---\n`)).toEqual([
      `${EVIDENCE}, línea 4: los campos de este archivo usan más de 10 referencias a otro valor (*nombre, que repite el valor marcado con &nombre); esta es la primera de más. Escriba el valor completo en cada campo. Si el * o el & son parte de un texto, ponga el texto entre comillas.`,
    ]);
    expect(getLimitProblems('content/planes/2021.yaml', `titulo: Plan\nbase: &b [1, 2]\n${Array.from({ length: 10 }, (_, index) => `c${index}: *b`).join('\n')}\n`)).toEqual([]);
  });

  test('fields nested more than 20 levels, in brackets or by indentation, end on the line where they pass the limit', () => {
    expect(getLines(`---\nplan: 2021\nnota: ${'['.repeat(2_000)}${']'.repeat(2_000)}\n---\n`)).toEqual([
      `${EVIDENCE}, línea 3: los campos de esta línea van a más de 20 niveles de profundidad (grupos dentro de grupos, listas dentro de listas, o corchetes [ ] y llaves { } unos dentro de otros). Ningún campo del sitio va tan adentro: revise la sangría y que cada [ y cada { se cierren.`,
    ]);
    const indented = Array.from({ length: 40 }, (_, level) => `${'  '.repeat(level)}k${level}:`).join('\n');
    expect(getLimitProblems('content/planes/2021.yaml', `${indented} x\n`)).toEqual([expect.objectContaining({ line: 20 })]);
  });

  test('a list or a group of more than 5,000 items ends on the line where it starts', () => {
    expect(getLines(`---\nplan: 2021\nenlaces:\n${'  - x\n'.repeat(5_001)}---\n`)).toEqual([
      `${EVIDENCE}, línea 4: la lista o el grupo de campos que empieza en esta línea tiene más de 5.000 elementos. Revise si una parte se repitió por error; si no, reparta el contenido en varios archivos.`,
    ]);
    const products = Array.from({ length: 5_001 }, (_, index) => `  p${index}: { componente: a, programado: true, ejecucion: 0 }`);
    expect(getLimitProblems('content/informes/2021/i.mdx', `---\ntitulo: I\nproductos:\n${products.join('\n')}\n---\n`)).toEqual([expect.objectContaining({ line: 4 })]);
    expect(getLimitProblems('content/informes/2021/i.mdx', `---\ntitulo: I\nproductos:\n${products.slice(1).join('\n')}\n---\n`)).toEqual([]);
  });

  test('a value of more than 10,000 characters ends on the line where it starts', () => {
    expect(getLines(`${FRONTMATTER.replace('---\n', '---\nnota: |\n' + `  ${'palabra '.repeat(500)}\n`.repeat(3))}`)).toEqual([
      `${EVIDENCE}, línea 3: el valor que empieza en esta línea tiene 12.009 caracteres, y un valor puede tener hasta 10.000. Resuma el texto; si es un documento, publíquelo como archivo en public/documentos/ y enlácelo.`,
    ]);
  });

  test('fields the reader cannot read at all are left to its own explanation', () => {
    expect(getLines('---\nplan: [2021\n---\n')).toEqual([]);
    expect(getLimitProblems('content/planes/2021.yaml', 'titulo: "sin cerrar\n')).toEqual([]);
  });
});

describe('the text of an .mdx file is measured before the Markdown parser gets it', () => {
  test('a text of more than 100,000 characters ends on its first line', () => {
    expect(getLines(`${FRONTMATTER}\n${'Un párrafo de la evidencia.\n\n'.repeat(4_000)}`)).toEqual([
      `${EVIDENCE}, línea 8: el texto de este archivo (lo que va después de los campos) empieza en esta línea y tiene 116.001 caracteres, y puede tener hasta 100.000. Deje aquí un resumen y publique el documento completo como archivo en public/documentos/, enlazado con <Documento url="/documentos/…" titulo="…" />.`,
    ]);
  });

  test('a paragraph with more than 10,000 quotes, apostrophes, & or dashes ends on its first line, since the parser fails on it', () => {
    // Five marks in each piece: 4 lines of 501 pieces are 10,020 marks, in lines of 7,515 characters.
    const lines = Array.from({ length: 4 }, () => `"d'a" -- &amp; `.repeat(501));
    expect(getLines(`${FRONTMATTER}Primero.\n\n${lines.join('\n')}\n`)).toEqual([
      `${EVIDENCE}, línea 9: el párrafo que empieza en esta línea tiene más de 10.000 comillas, apóstrofos, signos &, guiones dobles (--) o puntos suspensivos (...), y el sitio no puede escribirlo. Divídalo en párrafos más cortos, con una línea en blanco entre uno y otro.`,
    ]);
    expect(getLines(`${FRONTMATTER}${lines.join('\n\n')}\n`)).toEqual([]);
  });

  test('a table of more than 10,000 cells ends on its header line, also inside a quote or a list, since every row gets every column', () => {
    const header = `|${' a |'.repeat(1_000)}\n|${' - |'.repeat(1_000)}\n`;
    expect(getLines(`${FRONTMATTER}Texto.\n\n${header}${'b\n'.repeat(10)}`)).toEqual([
      `${EVIDENCE}, línea 9: la tabla que empieza en esta línea tiene 11.000 celdas (columnas por filas), y una tabla puede tener hasta 10.000. Divídala en tablas más pequeñas, o publíquela como hoja de cálculo en public/documentos/ y enlácela.`,
    ]);
    expect(getLines(`${FRONTMATTER}> | a | b |\n> | :-: | --- |\n${'> | 1 | 2 |\n'.repeat(5_000)}`)).toEqual([expect.stringContaining('línea 7: la tabla que empieza en esta línea tiene 10.002 celdas')]);
    expect(getLines(`${FRONTMATTER}| a | b |\n| --- | --- |\n${'| 1 | 2 |\n'.repeat(4_000)}`)).toEqual([]);
  });
});

describe('nesting in a text is measured on the parsed tree, without recursion', () => {
  test('finds the first node deeper than 20 levels, in reading order, in a tree too deep for any recursion', () => {
    const root: TreeNode & { children: TreeNode[] } = { type: 'root', children: [{ type: 'paragraph', position: { start: { line: 1 } } }] };
    let parent = root;
    for (let level = 1; level <= 200_000; level += 1) {
      const child = { type: 'blockquote', position: { start: { line: level + 1 } }, children: [] as TreeNode[] };
      parent.children.push(child);
      parent = child;
    }
    expect(getTooDeepNode(root)?.position?.start.line).toBe(LIMITS.markdownNesting + 2);
  });

  test('counts the same levels in the Markdown tree the safety check reads and in the HTML tree the writer reads', () => {
    const constructs = ['> ', '- ', '1. ', '*a ', '**a ', '~~a ', '[a '];
    const closers: Record<string, string> = { '*a ': ' b*', '**a ': ' b**', '~~a ': ' b~~', '[a ': ' b](/x)' };
    for (const construct of constructs) {
      for (const levels of [LIMITS.markdownNesting, LIMITS.markdownNesting + 1]) {
        const body = `${construct.repeat(construct === '[a ' ? 1 : levels)}z[^1]${(closers[construct] ?? '').repeat(levels)}\n\n[^1]: Nota.\n`;
        const mdast = getTooDeepNode(mdxToMdast(body) as TreeNode);
        const hast = getTooDeepNode(mdxToHast(body) as TreeNode);
        expect(hast === undefined, `${construct} × ${levels}`).toBe(mdast === undefined);
      }
    }
  });

  test('a text nested to the limit is checked and written; one level more is one problem on its line, never a stack overflow', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('> ', '- ', '1. ', '<Nota>'), { maxLength: 30 }),
        fc.array(fc.constantFrom('*', '**', '~~', '['), { maxLength: 30 }),
        (blocks, inlines) => {
          const opening = blocks.map((block) => (block === '<Nota>' ? '<Nota>\n\n' : block)).join('');
          const closing = blocks.filter((block) => block === '<Nota>').map(() => '\n\n</Nota>').join('');
          const inline = `${inlines.join('a ')}z[^1]${inlines.map((sign) => (sign === '[' ? '](/x)' : ` b${sign}`)).reverse().join('')}`;
          const text = `${FRONTMATTER}${opening}${inline}${closing}\n\n[^1]: Nota.\n`;
          const problems = getMdxBodyProblems(EVIDENCE, text);
          if (problems.length === 0) expect(() => toBodyHtml(text, { base: '/', idPrefix: '' })).not.toThrow();
          for (const problem of problems) expect(problem.line).toBeGreaterThanOrEqual(7);
        },
      ),
      { seed: 20210630, numRuns: 300 },
    );
  });
});

describe('validation ends every failure mode in a Spanish problem, in bounded time, and goes on with the other files', () => {
  const withEvidence = (text: string): ContentFile[] => VALID_CONTENT_FILES.map((file) => (file.path === EVIDENCE ? { ...file, text } : file));
  const cases: [string, string, string][] = [
    ['a quote nested 100,000 times', `${FRONTMATTER}${'>'.repeat(100_000)} hola\n`, 'línea 7: esta línea tiene 100.005 caracteres'],
    ['a quote nested 5,000 times on a short line', `${FRONTMATTER}${'>'.repeat(5_000)} hola\n`, 'línea 7: el texto anida más de 20 niveles'],
    ['a list nested by indentation', FRONTMATTER + Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- a`).join('\n'), 'línea 27: el texto anida más de 20 niveles'],
    ['emphasis nested 1,500 times', `${FRONTMATTER}${'*a '.repeat(1_500)}b${' c*'.repeat(1_500)}\n`, 'línea 7: el texto anida más de 20 niveles'],
    ['notes nested 1,000 times', `${FRONTMATTER}${'<Nota>\n\n'.repeat(1_000)}a\n\n${'</Nota>\n\n'.repeat(1_000)}`, 'línea 47: el texto anida más de 20 niveles'],
    ['a billion laughs read by the schema', `---\nplan: 2021\ntarea: elaborar-video\nfecha: 2021-06-30\navance: 50\n${toBillionLaughs('nota')}\n---\n`, 'línea 8: los campos de este archivo usan más de 10 referencias'],
    ['brackets nested 2,000 times', `${FRONTMATTER.replace('avance: 50', `avance: ${'['.repeat(2_000)}${']'.repeat(2_000)}`)}`, 'línea 5: los campos de esta línea van a más de 20 niveles'],
    ['a 50 MB file', `${FRONTMATTER}${'Texto de la evidencia.\n'.repeat(2_300_000)}`, 'este archivo tiene 52.900.070 caracteres'],
    ['a value of 5 million characters', FRONTMATTER.replace('avance: 50', `avance: 50\nnota: "${'x'.repeat(5_000_000)}"`), 'este archivo tiene 5.000.079 caracteres'],
    ['100,000 links', FRONTMATTER.replace('avance: 50', `avance: 50\nenlaces:\n${'  - url: javascript:x\n    texto: t\n    tipo: web\n'.repeat(100_000)}`), 'este archivo tiene 4.900.080 caracteres'],
    ['a table padded to 10 million cells', `${FRONTMATTER}|${'a|'.repeat(1_000)}\n|${'-|'.repeat(1_000)}\n${'b\n'.repeat(10_000)}`, 'línea 7: la tabla que empieza en esta línea tiene 10.001.000 celdas'],
    ['a paragraph of 30,000 curly quotes', `${FRONTMATTER}${`"'`.repeat(3_000)}\n`.repeat(5), 'línea 7: el párrafo que empieza en esta línea tiene más de 10.000 comillas'],
  ];

  test.each(cases)('%s', (_, text, expected) => {
    const start = performance.now();
    const problems = validateContent(withEvidence(text), 'content', '2021-07-15').problems.map(formatProblem);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(problems).toEqual([expect.stringContaining(`${EVIDENCE}, ${expected}`.replace(`${EVIDENCE}, este`, `${EVIDENCE}: este`))]);
  });

  test('checking any file against the limits never throws, and names only lines of the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(EVIDENCE, 'content/planes/2021.yaml'), mdxFileText, (file, text) => {
        for (const problem of getLimitProblems(file, text)) {
          expect(problem.line ?? 1).toBeGreaterThanOrEqual(1);
          expect(problem.line ?? 1).toBeLessThanOrEqual(text.split('\n').length);
        }
      }),
      { seed: 20210630, numRuns: 300 },
    );
  });
});
