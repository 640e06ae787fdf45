/**
 * Generators of content files for property-based tests (fast-check): text that looks like
 * what editors write, what a copy-paste brings and what an attacker tries, so that the
 * properties meet the parsers' real edge cases and not only random characters.
 */
import fc from 'fast-check';
import { EDITOR_COMPONENTS } from '../content/body-components';

const WORDS = ['Acta', 'texto', 'foro', 'ñandú', 'café', 'a', 'b', 'x', '1', '2021', '😀', 'ß', 'İ', 'ǅ', 'ﬀ', 'Ꭰ', 'K', '\u212a'];

/** Markdown's and MDX's signs, alone or in the runs that start a construct. */
const MARKUP = [
  '*', '**', '***', '_', '__', '~', '~~', '`', '``', '```', '~~~', '[', ']', '(', ')', '![', '<', '>', '/>', '</', '{', '}',
  '\\', '\\<', '\\{', '\\*', '#', '# ', '-', '- ', '+ ', '1. ', '2) ', '|', ':', '"', "'", '...', '--', '---', '&', '&amp;',
  '&#60;', '&#x3C;', '&lt;', '&quot;', '&nbsp;', '&#0;', '=', '$', '$$', '^', '@', '?', '!', ';', '%',
];

const SPACES = [' ', ' ', '  ', '    ', '\t', '\n', '\n', '\n\n', '\r\n', '\u00a0'];

/** Characters a copy-paste brings: invisible, joining, right-to-left, control, odd unicode. */
const ODD = ['\u0000', '\u0007', '\u200b', '\u200d', '\u202e', '\u2028', '\ufeff', '\u0301', '\ud83d', '\udc00', '\u{1f1e8}\u{1f1f4}'];

/** Addresses a link or an image may carry, allowed or not, and ways of disguising them. */
export const URLS = [
  'https://www.example.gov.co/acta',
  'http://e.co',
  'HTTPS://E.CO/A',
  'mailto:a@b.gov.co',
  '/documentos/2021/acta.pdf',
  '/imagenes/foro.jpg',
  '/a%20b',
  '#tareas',
  'acta.pdf',
  '//evil.example',
  '/\\evil.example',
  '\\\\evil',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java&#x09;script:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  ' javascript:x',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  'file:///etc/passwd',
  'https:',
  'https://e.co/a b',
  'https://e.co/\u200b',
  '<https://e.co/x>',
  '<javascript:alert(1)>',
  'www.e.co',
  '',
];

/** Reference labels that differ only in case or spacing, where two parsers could disagree on a match. */
const LABELS = ['a', 'A', 'a b', 'a  b', ' a', 'ß', 'SS', 'ss', 'ẞ', 'İ', 'i̇', 'K', '\u212a', 'ǅ', 'ǆ', 'Ǆ', 'Ꭰ', 'ꭰ', '1'];

const TAGS = [...Object.keys(EDITOR_COMPONENTS), 'nota', 'script', 'iframe', 'style', 'img', 'a', 'div', 'svg', 'Video.x', 'svg:a', 'x-y', ''];

const ATTRIBUTES = [
  'url="https://www.example.gov.co/v"',
  'url="/documentos/2021/acta.pdf"',
  'url="javascript:alert(1)"',
  "url='//evil.example'",
  'titulo="Foro"',
  "titulo='Acta \"final\"'",
  'titulo=""',
  'titulo',
  'url={x}',
  '{...props}',
  'onClick="alert(1)"',
  'href="javascript:alert(1)"',
  'src="x"',
  'style="color:red"',
];

function toPieces(values: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...values);
}

const word = toPieces(WORDS);
const url = toPieces(URLS);
const label = toPieces(LABELS);
const title = fc.oneof(fc.constant(''), word.map((text) => ` "${text}"`), word.map((text) => ` '${text}'`), word.map((text) => ` (${text})`));
const shortText = fc.array(fc.oneof(word, toPieces([' ', '*', '_', '`', '&amp;', "'"])), { maxLength: 4 }).map((parts) => parts.join(''));

/** One construct of an MDX body, Markdown or component, whole or broken. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 4, arbitrary: toPieces(SPACES) },
  { weight: 4, arbitrary: toPieces(MARKUP) },
  { weight: 1, arbitrary: toPieces(ODD) },
  { weight: 2, arbitrary: fc.tuple(shortText, url, title).map(([text, address, tail]) => `[${text}](${address}${tail})`) },
  { weight: 1, arbitrary: fc.tuple(shortText, url, title).map(([text, address, tail]) => `![${text}](${address}${tail})`) },
  { weight: 1, arbitrary: fc.tuple(label, url, title).map(([name, address, tail]) => `\n\n[${name}]: ${address}${tail}\n\n`) },
  { weight: 1, arbitrary: fc.tuple(shortText, label).map(([text, name]) => `[${text}][${name}]`) },
  { weight: 1, arbitrary: fc.tuple(shortText, label).map(([text, name]) => `![${text}][${name}]`) },
  { weight: 1, arbitrary: label.map((name) => `[${name}]`) },
  { weight: 1, arbitrary: fc.tuple(label, shortText).map(([name, text]) => `[^${name}]${text}\n\n[^${name}]: ${text}\n\n`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(toPieces(TAGS), fc.array(toPieces(ATTRIBUTES), { maxLength: 3 }), fc.option(shortText, { nil: undefined }), fc.boolean())
      .map(([tag, attributes, inner, flow]) => {
        const open = `<${[tag, ...attributes].join(' ')}`;
        const element = inner === undefined ? `${open} />` : `${open}>${flow ? `\n\n${inner}\n\n` : inner}</${tag}>`;
        return flow ? `\n\n${element}\n\n` : element;
      }),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), toPieces([':-', ':-:', '-:', '-'])).map(([columns, align]) => `\n\n|${' a |'.repeat(columns)}\n|${` ${align} |`.repeat(columns)}\n|${' b |'.repeat(columns)}\n\n`) },
  { weight: 1, arbitrary: fc.tuple(word, shortText).map(([info, code]) => `\n\n\`\`\`${info}\n${code}\n\`\`\`\n\n`) },
);

/** A body (the text after the fields) of up to about 60 constructs. */
export const bodyText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 200, size: 'medium' }).map((pieces) => pieces.join(''));

/** A body that mostly holds what validation accepts, so that the HTML writer meets many of them. */
export const acceptableBodyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: word },
      { weight: 5, arbitrary: toPieces([' ', ' ', '\n', '\n\n', '\n\n> ', '\n\n- ', '\n\n1. ', '\n\n- [ ] ', '\n    ', '\n\n  - ']) },
      { weight: 4, arbitrary: toPieces(['*', '**', '_', '~~', '`', "'", '"', '...', '--', '&amp;', '&copy;', '\\<', '\\{', '|', ':', '#', '!', '[', ']']) },
      { weight: 2, arbitrary: fc.tuple(shortText, toPieces(URLS.slice(0, 7))).map(([text, address]) => `[${text || 'a'}](${address})`) },
      { weight: 1, arbitrary: fc.tuple(shortText, toPieces(['/imagenes/foro.jpg', '/documentos/2021/acta.pdf'])).map(([text, address]) => `![${text}](${address})`) },
      { weight: 1, arbitrary: fc.tuple(label, toPieces(URLS.slice(0, 7))).map(([name, address]) => `\n\n[${name}]: ${address}\n\n`) },
      { weight: 1, arbitrary: fc.tuple(shortText, label).map(([text, name]) => `[${text || 'a'}][${name}] ![${text}][${name}]`) },
      { weight: 1, arbitrary: fc.tuple(label, word).map(([name, text]) => `[^${name}] \n\n[^${name}]: ${text}\n\n`) },
      {
        weight: 1,
        arbitrary: fc.tuple(toPieces(['Video', 'Documento']), toPieces(URLS.slice(0, 5))).map(([tag, address]) => `\n\n<${tag} url="${address}" titulo="Foro" />\n\n`),
      },
      { weight: 1, arbitrary: fc.tuple(fc.boolean(), shortText).map(([titled, text]) => `\n\n<Nota${titled ? ' titulo="Aclaración"' : ''}>\n\n${text || 'a'}\n\n</Nota>\n\n`) },
      { weight: 1, arbitrary: toPieces([':-', ':-:', '-:', '-']).map((align) => `\n\n| a | b |\n| ${align} | - |\n| 1 | 2 |\n\n`) },
      { weight: 1, arbitrary: word.map((info) => `\n\n\`\`\`${info}\ncódigo <b>\n\`\`\`\n\n`) },
    ),
    { maxLength: 200, size: 'medium' },
  )
  .map((pieces) => pieces.join(''));

/** YAML's signs and the shapes editors write fields in, whole or broken. */
const YAML_PIECES = [
  'plan', 'avance', 'titulo', 'a', 'b', '__proto__', 'constructor', 'toString', '<<', 'ñ',
  ': ', ':', '- ', '-', '? ', '[', ']', '{', '}', ',', ' ', '  ', '\t', '\n', '\n  ', '\n    - ', '\r\n', '#', ' # nota',
  '"', "'", '\\', '\\u00e9', '\\x', '|', '|-', '>', '>-', '&a ', '*a', '&b ', '*b', '!', '!!str ', '!!int ', '!!binary ', '!!timestamp ',
  '!x ', '!<tag:yaml.org,2002:str> ', '%YAML 1.2\n', '---', '---\n', '...', '\n---\n', '@', '`', '%',
  '2021-13-45', '2021-06-30', '0x1F', '0o17', '1e400', '.inf', '-.nan', '~', 'null', 'true', 'no', '12:30', '050',
  '\u0000', '\u200b', '\ufeff', '\u2028', '😀',
];

/** The text of a .yaml file or of a frontmatter: fields, lists and groups, well or badly written. */
export const yamlText: fc.Arbitrary<string> = fc.array(toPieces(YAML_PIECES), { maxLength: 200, size: 'medium' }).map((pieces) => pieces.join(''));

/** A whole .mdx file: fields between `---` lines (or a broken attempt at them) and a body. */
export const mdxFileText: fc.Arbitrary<string> = fc
  .tuple(toPieces(['', '\ufeff', '\n', ' \n', '\r\n']), toPieces(['---', '+++', ' ---', '--', '']), yamlText, toPieces(['---', '+++', '---x', '----', '', '...']), bodyText)
  .map(([before, opening, yaml, closing, body]) => `${before}${opening}\n${yaml}\n${closing}\n${body}`);
