/**
 * How much one content file may hold. Content is written by people outside the development
 * team and built in CI, and a few lines can be made to cost without bound: a quote nested a
 * hundred thousand times overflows the stack of whatever walks the parsed text, a YAML
 * reference repeated inside references expands a value a billion times for whatever reads
 * the fields, and a table header of thousands of columns pads every row below it. Each
 * limit is checked before the step it protects and ends in a Spanish problem that names the
 * file, the line and the way to stay under it, so validation and the build stop with that
 * list instead of a stack overflow, an "Invalid string length" or a long stall.
 *
 * The limits are generous for real content: the sample's largest file holds about 2,000
 * characters, real evidence is a few paragraphs, and the largest synthetic file, the report
 * of a plan of 1,000 activities (src/lib/testing/synthetic.ts), about 180,000 characters.
 */
import { EVENT_ID, parseEvents, YAMLException, type Event } from 'js-yaml';
import { formatNumber } from '../i18n/format';
import { getBodyStart, getBodyText, getYamlSource } from '../content/frontmatter';
import { t } from '../i18n';
import type { Problem } from './problems';

/** Every limit, in one place: the README lists them. */
export const LIMITS = {
  /** Characters of a whole file: 2.5 times the report of a 1,000-activity plan. */
  fileCharacters: 500_000,
  /** Characters of one line: a long paragraph written on one line is about 3,000. */
  lineCharacters: 10_000,
  /** Characters of the text of an .mdx file, after its fields: about 15,000 words. */
  bodyCharacters: 100_000,
  /**
   * Levels of quotes, list items, notes, emphasis and links inside one another in a text.
   * Walking the parsed text is recursive (the safety check, the HTML writer), and the
   * parser's own time grows with the square of the nesting.
   */
  markdownNesting: 20,
  /**
   * Straight quotes, apostrophes, `&`, `--` and `...` in one paragraph. The Markdown parser
   * (satteri 0.10) breaks a text at each of them, and a text broken into more than about
   * 32,000 pieces makes it fail, or abort the whole process, when it writes HTML.
   */
  paragraphMarks: 10_000,
  /** Cells of one table, columns by rows: every row gets as many cells as the header has columns. */
  tableCells: 10_000,
  /** Levels of fields and lists inside one another, as the YAML reader counts them; real files use 5. */
  yamlNesting: 20,
  /**
   * References (`*nombre`) to a value marked `&nombre`. Editors never need them, and each one
   * repeats its value wherever the fields are read, inside other references too.
   */
  yamlAliases: 10,
  /** Items of one list, or fields of one group: 2.5 times the products of a 1,000-activity report. */
  yamlEntries: 5_000,
  /** Characters of one value: a note or an objective is a paragraph. */
  yamlValueCharacters: 10_000,
} as const;

const m = t.limits;

function toProblem(file: string, detail: string, line: number | undefined): Problem {
  return line === undefined ? { file, field: '', detail } : { file, field: '', detail, line };
}

/** The line, counted from 1, where `offset` of `text` falls. */
function getLineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/** The first line longer than the limit, counted from 1, with its length. */
function getLongLine(text: string): { line: number; length: number } | undefined {
  let line = 1;
  for (let start = 0; start <= text.length; line += 1) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const length = stop - start - (text[stop - 1] === '\r' ? 1 : 0);
    if (length > LIMITS.lineCharacters) return { line, length };
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}

function isNestingError(error: unknown): error is YAMLException {
  return error instanceof YAMLException && /^nesting exceeded maxDepth/.test(error.reason);
}

interface OpenNode {
  kind: 'document' | 'sequence' | 'mapping';
  /** Offset in the YAML where the collection starts. */
  start: number;
  /** Nodes inside it so far: a mapping's keys and values both count. */
  nodes: number;
}

/**
 * The limits of a file's fields, read from the YAML reader's events: the same reading the
 * fields get afterwards, without building any value. What is not YAML at all is left to
 * the reader's own explanation (yaml-errors.ts).
 */
function getYamlProblems(file: string, yaml: string, lineOffset: number): Problem[] {
  const toLine = (offset: number) => getLineAt(yaml, offset) + lineOffset;
  let events: Event[];
  try {
    events = parseEvents(yaml, { maxDepth: LIMITS.yamlNesting });
  } catch (error) {
    if (!isNestingError(error)) return [];
    return [toProblem(file, m.yamlNesting(formatNumber(LIMITS.yamlNesting)), error.mark ? error.mark.line + 1 + lineOffset : undefined)];
  }
  const found = new Map<string, Problem>();
  const report = (key: string, detail: () => string, offset: number) => {
    if (!found.has(key)) found.set(key, toProblem(file, detail(), toLine(offset)));
  };
  const open: OpenNode[] = [];
  let aliases = 0;
  const countNode = () => {
    const parent = open.at(-1);
    if (!parent || parent.kind === 'document') return;
    parent.nodes += 1;
    const entries = parent.kind === 'mapping' ? Math.ceil(parent.nodes / 2) : parent.nodes;
    if (entries > LIMITS.yamlEntries) report('entries', () => m.yamlEntries(formatNumber(LIMITS.yamlEntries)), parent.start);
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        open.push({ kind: 'document', start: 0, nodes: 0 });
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        countNode();
        open.push({ kind: event.type === EVENT_ID.SEQUENCE ? 'sequence' : 'mapping', start: event.start, nodes: 0 });
        break;
      case EVENT_ID.SCALAR: {
        countNode();
        const length = event.valueEnd - event.valueStart;
        if (length > LIMITS.yamlValueCharacters) {
          report('value', () => m.yamlValue(formatNumber(length), formatNumber(LIMITS.yamlValueCharacters)), event.valueStart);
        }
        break;
      }
      case EVENT_ID.ALIAS:
        countNode();
        aliases += 1;
        if (aliases > LIMITS.yamlAliases) report('aliases', () => m.yamlAliases(formatNumber(LIMITS.yamlAliases)), event.anchorStart);
        break;
      case EVENT_ID.POP:
        open.pop();
        break;
    }
  }
  return [...found.values()];
}

// Container prefixes a table may sit behind: quotes, list markers and their spaces.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
const DELIMITER_ROW = /^[|: \t-]*-[|: \t-]*$/;
const MARKS = /['"&]|--|\.\.\./g;

function isBlank(line: string): boolean {
  return !/\S/.test(line);
}

/** Columns of a table's delimiter row (`| --- | :-: |`), or 0 when the line is not one. */
function getDelimiterColumns(line: string): number {
  if (!line.includes('|') || !line.includes('-')) return 0;
  const rest = line.replace(CONTAINER_PREFIX, '');
  return DELIMITER_ROW.test(rest) ? rest.split('|').filter((cell) => cell.includes('-')).length : 0;
}

/**
 * The limits of an .mdx text that the parser cannot be trusted with, counted on its lines
 * the way Markdown groups them: a paragraph or a table ends at a blank line.
 */
function getBodyProblems(file: string, text: string): Problem[] {
  const start = getBodyStart(text);
  const lines = text.slice(start.offset).split('\n');
  const toLine = (index: number) => start.line + index;
  const length = getBodyText(text).length;
  if (length > LIMITS.bodyCharacters) {
    const first = lines.findIndex((line) => !isBlank(line));
    return [toProblem(file, m.body(formatNumber(length), formatNumber(LIMITS.bodyCharacters)), toLine(Math.max(first, 0)))];
  }
  const problems: Problem[] = [];
  let paragraph = 0;
  let marks = 0;
  for (const [index, line] of lines.entries()) {
    if (isBlank(line)) {
      [paragraph, marks] = [index + 1, 0];
      continue;
    }
    marks += line.match(MARKS)?.length ?? 0;
    if (marks > LIMITS.paragraphMarks) {
      problems.push(toProblem(file, m.marks(formatNumber(LIMITS.paragraphMarks)), toLine(paragraph)));
      break;
    }
  }
  for (const [index, line] of lines.entries()) {
    const columns = getDelimiterColumns(line);
    if (columns === 0) continue;
    let end = index + 1;
    while (end < lines.length && !isBlank(lines[end] ?? '')) end += 1;
    // The header is the line above the delimiter row, and every line below it up to a blank one is a row.
    const cells = columns * (end - index);
    if (cells > LIMITS.tableCells) {
      problems.push(toProblem(file, m.tableCells(formatNumber(cells), formatNumber(LIMITS.tableCells)), toLine(Math.max(index - 1, 0))));
      break;
    }
  }
  return problems;
}

/**
 * Every limit a content file passes, checked on its text before anything parses it: the
 * file's size first, so that nothing else reads a huge file, then its lines, its fields
 * (the whole .yaml file, or the frontmatter of an .mdx file) and the text of an .mdx file.
 * `file` is the path shown in problems; its extension says how the file is read.
 */
export function getLimitProblems(file: string, text: string): Problem[] {
  if (text.length > LIMITS.fileCharacters) {
    return [toProblem(file, m.file(formatNumber(text.length), formatNumber(LIMITS.fileCharacters)), undefined)];
  }
  const long = getLongLine(text);
  if (long) return [toProblem(file, m.line(formatNumber(long.length), formatNumber(LIMITS.lineCharacters)), long.line)];
  const { yaml, lineOffset } = getYamlSource(file, text);
  return [...getYamlProblems(file, yaml, lineOffset), ...(/\.mdx?$/i.test(file) ? getBodyProblems(file, text) : [])];
}

/** A node of a parsed text, as Markdown's tree (mdast) or as HTML's (hast) has it. */
export interface TreeNode {
  type: string;
  tagName?: string;
  children?: readonly TreeNode[];
  position?: { start: { line: number } };
}

/**
 * What puts a text one level deeper, by its name in both trees, so that a text the safety
 * check accepts (on Markdown's tree) is accepted by the HTML writer's guard (on HTML's): a
 * footnote reference is a link in HTML.
 */
const NESTING = new Set([
  'blockquote',
  'listItem',
  'li',
  'emphasis',
  'em',
  'strong',
  'delete',
  'del',
  'link',
  'linkReference',
  'footnoteReference',
  'a',
  'footnoteDefinition',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

function isNesting(node: TreeNode): boolean {
  return NESTING.has(node.type === 'element' ? (node.tagName ?? '') : node.type);
}

/**
 * The first node, in reading order, nested deeper than LIMITS.markdownNesting; undefined
 * when there is none. Found without recursion, since the tree may be too deep for it.
 */
export function getTooDeepNode(root: TreeNode): TreeNode | undefined {
  const pending: { node: TreeNode; level: number }[] = [{ node: root, level: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const level = next.level + (isNesting(next.node) ? 1 : 0);
    if (level > LIMITS.markdownNesting) return next.node;
    const children = next.node.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push({ node: children[index] as TreeNode, level });
  }
  return undefined;
}

/** The problem of a text nested too deep, on the line where it passes the limit. */
export function getNestingProblem(file: string, tree: TreeNode): Problem | undefined {
  const node = getTooDeepNode(tree);
  return node && toProblem(file, m.markdownNesting(formatNumber(LIMITS.markdownNesting)), node.position?.start.line);
}
