/**
 * What the YAML reader (js-yaml) reports, said in Spanish with the fix, for the mistakes an
 * editor makes by hand: a field written twice, tabs, misaligned lines, a quote left open, a
 * colon or a sign such as ! or @ in an unquoted value. js-yaml's reasons are in English and
 * name the grammar rule, not the mistake, and several point past it (an unclosed quote is
 * reported on the next field, a line without a colon on the line after it), so the rules
 * also read the lines around the place where the reader stopped.
 */
import { t } from '../i18n';

const m = t.integrity.yaml;

/** Where js-yaml stopped: line and column counted from 0 in the YAML text. */
export interface YamlMark {
  line: number;
  column: number;
}

export interface YamlErrorExplanation {
  /** What is wrong and how to fix it, in Spanish. */
  detail: string;
  /** Line of the YAML text, counted from 0, where the mistake is; undefined when it has none. */
  line: number | undefined;
}

interface Context {
  reason: string;
  lines: readonly string[];
  mark: YamlMark | undefined;
}

/** A `campo: valor` line (possibly a list item), as far as a line on its own tells. */
interface FieldLine {
  key: string;
  /** Column where the key starts, after indentation and list dashes. */
  keyColumn: number;
  /** The value as written, without surrounding spaces; empty when it is on the lines below. */
  value: string;
  /** Column where the value starts. */
  valueColumn: number;
}

const FIELD_LINE = /^(\s*(?:-\s+)*)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"?:,[\]{}-][^:#]*?|-[^\s:#][^:#]*?)\s*:(?:\s+|$)/;
const BLOCK_TEXT_HEADER = /:\s*[|>][-+0-9]*\s*(?:#.*)?$/;
const CLOSING = { '[': ']', '{': '}' } as const;

function toFieldLine(line: string): FieldLine | undefined {
  const match = FIELD_LINE.exec(line);
  if (!match) return undefined;
  const written = match[2] ?? '';
  const key = /^["']/.test(written) ? written.slice(1, -1) : written;
  return { key, keyColumn: (match[1] ?? '').length, value: line.slice(match[0].length).trim(), valueColumn: match[0].length };
}

function getIndentation(line: string): number {
  return line.length - line.trimStart().length;
}

function hasTabIndentation(line: string): boolean {
  return /^[ \t]*\t/.test(line);
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || /^\s*(?:#.*)?$/.test(line);
}

function isListItem(line: string): boolean {
  return /^\s*-(?:\s|$)/.test(line);
}

/** The previous line with content (not blank, not a comment), counted from 0. */
function getPreviousLine(lines: readonly string[], index: number): number | undefined {
  for (let previous = index - 1; previous >= 0; previous -= 1) if (!isBlank(lines[previous])) return previous;
  return undefined;
}

/** The text an editor meant by a value: without the outer quotes when the whole value has them. */
function getIntendedText(value: string): string {
  return value.length >= 2 && /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/**
 * The line rewritten with its value between quotes, valid as written: double quotes read
 * best, but YAML reads a backslash inside them as an escape, so a text with `"` or `\` goes
 * between single quotes, where only `'` needs doubling.
 */
function formatQuotedField(key: string, text: string): string {
  if (!/["\\]/.test(text)) return `${key}: "${text}"`;
  return `${key}: '${text.replace(/'/g, "''")}'`;
}

/** The quote a value opens and never closes on its line. */
function getUnclosedQuote(value: string): '"' | "'" | undefined {
  const quote = value[0];
  if (quote === '"') {
    for (let index = 1; index < value.length; index += 1) {
      if (value[index] === '\\') index += 1;
      else if (value[index] === '"') return undefined;
    }
    return quote;
  }
  if (quote === "'") {
    for (let index = 1; index < value.length; index += 1) {
      if (value[index] !== "'") continue;
      if (value[index + 1] !== "'") return undefined;
      index += 1;
    }
    return quote;
  }
  return undefined;
}

/** The bracket a value opens (a list `[` or a group `{`) and never closes on its line. */
function getUnclosedBracket(value: string): '[' | '{' | undefined {
  const first = value[0];
  if (first !== '[' && first !== '{') return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (const character of value) {
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '[' || character === '{') depth += 1;
    else if (character === ']' || character === '}') depth -= 1;
  }
  return depth > 0 ? first : undefined;
}

/** The value of a line, whether it is a field's or a bare list item's (`- "texto`). */
function getLineValue(line: string): string {
  return toFieldLine(line)?.value ?? line.trim().replace(/^(?:-\s+)+/, '');
}

/**
 * An unclosed quote or bracket swallows the lines after it, and the reader stops lines later
 * (at the end, or at the first line with less indentation): look back for where it opened.
 */
function explainUnclosed({ lines, mark }: Context): YamlErrorExplanation | undefined {
  if (!mark) return undefined;
  for (let index = Math.min(mark.line, lines.length - 1); index >= 0; index -= 1) {
    const value = getLineValue(lines[index] ?? '');
    const quote = getUnclosedQuote(value);
    if (quote) return { detail: quote === '"' && value.includes('\\"') ? m.backslashQuote : m.unclosedQuote(quote), line: index };
    const bracket = getUnclosedBracket(value);
    if (bracket) return { detail: m.unclosedBracket(bracket, CLOSING[bracket]), line: index };
  }
  return undefined;
}

/** A value the reader takes for something else: a colon, a sign with another use, text after a quote. */
function explainValue(field: FieldLine, line: number): YamlErrorExplanation {
  const { key, value } = field;
  const fixed = formatQuotedField(key, getIntendedText(value));
  if (/^-(?:\s|$)/.test(value)) return { detail: m.listOnFieldLine(key), line };
  const quote = value[0];
  if ((quote === '"' || quote === "'") && !getUnclosedQuote(value)) return { detail: m.textAfterQuote(key, fixed), line };
  if (/:\s/.test(value)) return { detail: m.colonInValue(key, fixed), line };
  const sign = /^[@`%[{?|>&*!]/.exec(value)?.[0];
  return { detail: sign ? m.specialStart(key, sign, fixed) : m.unreadableValue(key, fixed), line };
}

/** The line that opens a `|` or `>` text the given line belongs to, by indentation. */
function getBlockTextHeader(lines: readonly string[], index: number): number | undefined {
  const indentation = getIndentation(lines[index] ?? '');
  for (let previous = getPreviousLine(lines, index); previous !== undefined; previous = getPreviousLine(lines, previous)) {
    const line = lines[previous] ?? '';
    if (getIndentation(line) > indentation) continue;
    return BLOCK_TEXT_HEADER.test(line) ? previous : undefined;
  }
  return undefined;
}

/** The first field of a file must start at column 0; when it does not, every later field looks misaligned. */
function getIndentedFirstLine(lines: readonly string[], markLine: number): number | undefined {
  const first = lines.findIndex((line) => !isBlank(line));
  if (first < 0 || first >= markLine) return undefined;
  const indentation = getIndentation(lines[first] ?? '');
  return indentation > 0 && getIndentation(lines[markLine] ?? '') < indentation ? first : undefined;
}

function explainLineShape(lines: readonly string[], index: number): YamlErrorExplanation {
  const blockText = getBlockTextHeader(lines, index);
  if (blockText !== undefined) return { detail: m.blockTextIndentation(blockText + 1), line: index };
  const line = lines[index] ?? '';
  const previous = getPreviousLine(lines, index);
  // A field written where the list items above it are (`  b: c` after `  - a`).
  if (!isListItem(line) && previous !== undefined) {
    const dash = /^(\s*)-(?:\s|$)/.exec(lines[previous] ?? '');
    if (dash && (dash[1] ?? '').length === getIndentation(line)) return { detail: m.fieldInList, line: index };
  }
  return { detail: m.indentation, line: index };
}

function explainMappingIndentation(context: Context): YamlErrorExplanation {
  const { lines, mark, reason } = context;
  if (!mark) return { detail: m.indentation, line: undefined };
  const line = lines[mark.line] ?? '';
  if (hasTabIndentation(line)) return { detail: m.tab, line: mark.line };
  if (reason === 'deficient indentation') {
    const unclosed = explainUnclosed(context);
    if (unclosed) return unclosed;
  }
  const field = toFieldLine(line);
  if (field && mark.column >= field.valueColumn) return explainValue(field, mark.line);
  const indentedFirst = getIndentedFirstLine(lines, mark.line);
  if (indentedFirst !== undefined) return { detail: m.topLevelIndented, line: indentedFirst };
  return explainLineShape(lines, mark.line);
}

function explainSequenceIndentation({ lines, mark }: Context): YamlErrorExplanation {
  if (!mark) return { detail: m.listIndentation, line: undefined };
  const line = lines[mark.line] ?? '';
  if (hasTabIndentation(line)) return { detail: m.tab, line: mark.line };
  return { detail: isListItem(line) ? m.listIndentation : m.indentation, line: mark.line };
}

/**
 * A line without `campo:` is read as the start of a key that goes on into the next lines, so
 * the reader stops on the line after it: the mistake is on the mark's line or the one above.
 */
function explainNotAField(context: Context): YamlErrorExplanation {
  const { lines, mark } = context;
  if (!mark) return explainUnknown(context);
  const markLine = Math.min(mark.line, lines.length - 1);
  if (isListItem(lines[markLine] ?? '') && getIndentation(lines[markLine] ?? '') === 0) {
    return { detail: m.itemAmongFields, line: markLine };
  }
  const indentedFirst = getIndentedFirstLine(lines, markLine);
  if (indentedFirst !== undefined) return { detail: m.topLevelIndented, line: indentedFirst };
  const previous = getPreviousLine(lines, markLine);
  for (const index of [markLine, previous]) {
    if (index === undefined || isBlank(lines[index])) continue;
    const line = lines[index] ?? '';
    if (toFieldLine(line) || isListItem(line)) continue;
    const blockText = getBlockTextHeader(lines, index);
    return { detail: blockText === undefined ? m.notAField : m.blockTextIndentation(blockText + 1), line: index };
  }
  return { detail: m.indentation, line: markLine };
}

function explainDuplicateKey({ lines, mark }: Context): YamlErrorExplanation | undefined {
  const line = mark ? (lines[mark.line] ?? '') : '';
  const field = toFieldLine(line);
  if (!mark || !field) return undefined;
  // A key repeated inside braces on the field's own line: `logo: {src: a, src: b}`.
  if (mark.column >= field.valueColumn) {
    const key = /^["']?([^"':,{}\s]+)/.exec(line.slice(mark.column))?.[1];
    return key === undefined ? undefined : { detail: m.duplicateKey(key, undefined), line: mark.line };
  }
  // The first time the key is written in the same group: at the same column, with no line
  // further to the left in between.
  let first: number | undefined;
  for (let index = getPreviousLine(lines, mark.line); index !== undefined; index = getPreviousLine(lines, index)) {
    const candidate = lines[index] ?? '';
    const candidateField = toFieldLine(candidate);
    if (candidateField?.key === field.key && candidateField.keyColumn === field.keyColumn) {
      first = index;
      break;
    }
    if (getIndentation(candidate) < field.keyColumn) break;
  }
  return { detail: m.duplicateKey(field.key, first === undefined ? undefined : first + 1), line: mark.line };
}

/**
 * What a value starting with `!`, `&` or `*` looks like (`!algo`), and its line with the value
 * in quotes when the line is a field.
 */
function getSignedValue({ lines, mark }: Context, signs: string): { sign: string; written: string; fixed: string | undefined } {
  const line = mark ? (lines[mark.line] ?? '') : '';
  const value = getLineValue(line);
  const sign = signs.includes(value[0] ?? '') ? (value[0] as string) : (signs[0] as string);
  const field = toFieldLine(line);
  return {
    sign,
    written: value.startsWith(sign) ? (/^\S+/.exec(value)?.[0] ?? sign) : sign,
    fixed: field?.value.startsWith(sign) ? formatQuotedField(field.key, field.value) : undefined,
  };
}

function explainUnknown({ reason, mark }: Context): YamlErrorExplanation {
  return { detail: m.unknown(reason), line: mark?.line };
}

function getFirstLineMatching(lines: readonly string[], pattern: RegExp, after = 0): number | undefined {
  const index = lines.findIndex((line, position) => position >= after && pattern.test(line));
  return index < 0 ? undefined : index;
}

const atMark = (detail: string) => ({ mark }: Context): YamlErrorExplanation => ({ detail, line: mark?.line });

/** js-yaml's reasons, by pattern, and how each is explained. The first pattern that matches wins. */
const RULES: readonly { pattern: RegExp; explain: (context: Context) => YamlErrorExplanation }[] = [
  { pattern: /^duplicated mapping key$/, explain: (context) => explainDuplicateKey(context) ?? explainUnknown(context) },
  { pattern: /^tab characters must not be used in indentation$/, explain: atMark(m.tab) },
  { pattern: /^(?:bad indentation of a mapping entry|deficient indentation)$/, explain: explainMappingIndentation },
  { pattern: /^bad indentation of a sequence entry$/, explain: explainSequenceIndentation },
  {
    pattern: /^unexpected end of the (?:stream|document) within a (?:single|double) quoted scalar$/,
    explain: (context) => explainUnclosed(context) ?? atMark(m.unclosedQuote('"'))(context),
  },
  {
    pattern: /^(?:unknown (?:scalar|mapping|sequence) tag|tag name cannot contain|undeclared tag handle|tag suffix cannot contain|named tag handle cannot contain|duplication of a tag property|unexpected end of the stream within a verbatim tag)/,
    explain: (context) => {
      const { written, fixed } = getSignedValue(context, '!');
      return { detail: m.tag(written, fixed), line: context.mark?.line };
    },
  },
  {
    pattern: /^(?:unidentified alias|name of an (?:anchor|alias) node|alias node should not have any properties|duplication of an anchor property)/,
    explain: (context) => {
      const { sign, fixed } = getSignedValue(context, /anchor/.test(context.reason) ? '&*' : '*&');
      return { detail: m.reference(sign, fixed), line: context.mark?.line };
    },
  },
  { pattern: /^(?:unknown escape sequence|expected hexadecimal character)$/, explain: atMark(m.escape) },
  { pattern: /^(?:the stream contains non-printable characters|expected valid JSON character)$/, explain: atMark(m.invisibleCharacter) },
  {
    pattern: /^(?:missed comma between flow collection entries|expected the node content, but found ','|unexpected end of the stream within a flow collection)/,
    explain: (context) =>
      (/^unexpected end/.test(context.reason) ? explainUnclosed(context) : undefined) ?? atMark(m.flowList)(context),
  },
  {
    pattern: /^(?:end of the stream or a document separator is expected|can not read a block mapping entry; a multiline key may not be an implicit key)$/,
    explain: explainNotAField,
  },
  {
    pattern: /^(?:a line break is expected|repeat of a chomping mode identifier|bad explicit indentation width|repeat of an indentation width identifier)/,
    explain: ({ lines, mark }) => {
      const field = mark ? toFieldLine(lines[mark.line] ?? '') : undefined;
      return { detail: m.blockTextHeader(field ? formatQuotedField(field.key, field.value) : undefined), line: mark?.line };
    },
  },
  { pattern: /^a whitespace character is expected after the key-value separator/, explain: atMark(m.spaceAfterColon) },
  {
    pattern: /^expected a single document in the stream, but found more$/,
    explain: ({ lines }) => {
      const first = lines.findIndex((line) => !isBlank(line) && !/^(?:---|\.\.\.)/.test(line));
      return { detail: m.documentEnd, line: getFirstLineMatching(lines, /^(?:---|\.\.\.)(?:\s|$)/, Math.max(first, 0)) };
    },
  },
  { pattern: /^expected a document, but the input is empty$/, explain: () => ({ detail: m.onlyComments, line: undefined }) },
  {
    pattern: /directive/,
    explain: ({ lines, mark }) => ({ detail: m.directive, line: getFirstLineMatching(lines, /^%/) ?? mark?.line }),
  },
];

/**
 * Explains a js-yaml error for an editor: what is wrong, how to fix it, and the line to look
 * at, which may be above the place where the reader stopped. Reasons without a rule get a
 * general Spanish explanation followed by js-yaml's own words as technical detail.
 */
export function getYamlErrorExplanation(reason: string, yaml: string, mark?: YamlMark): YamlErrorExplanation {
  const context: Context = { reason, lines: yaml.split(/\r?\n/), mark };
  const rule = RULES.find(({ pattern }) => pattern.test(reason));
  return (rule?.explain ?? explainUnknown)(context);
}
