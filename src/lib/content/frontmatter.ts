/**
 * Reads the data of a content file the way editors mean it. YAML's timestamp type is left
 * out: with it, an unquoted `2021-13-45` silently becomes 14 February 2022 before any check
 * runs. Read as text, dates reach the schemas as written, and the schemas reject what is
 * not a real calendar day.
 */
import { CORE_SCHEMA, dump, load } from 'js-yaml';

// Astro's own rule (parseFrontmatter in @astrojs/internal-helpers), copied: the YAML validated
// here and the body checked for code must be exactly what Astro reads and compiles, including
// odd cases such as a closing `---x` (Astro then compiles the `x` as body).
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

// The start of Astro's rule alone: where Astro would look for the closing delimiter.
const OPENING = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;
// What a field looks like on its own line (`avance: 50`), and the lines that go under one.
const FIELD = /^[\p{L}_][\p{L}\d_-]*\s*:(?:\s|$)/u;
const UNDER_FIELD = /^(?:\s*-(?:\s|$)|\s+\S)/;

interface FrontmatterBlock {
  /** The delimiters and what is between them, as they appear in the file. */
  block: string;
  yaml: string;
  /** Lines of the file before the opening delimiter. */
  lineOffset: number;
}

function getFrontmatterBlock(text: string): FrontmatterBlock | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const [whole, delimiter = '---', yaml = ''] = match;
  const start = whole.indexOf(delimiter);
  return { block: whole.slice(start), yaml, lineOffset: whole.slice(0, start).split('\n').length - 1 };
}

/**
 * The body of an .md/.mdx file as Astro compiles it: the frontmatter replaced by spaces, so
 * that lines and columns are still the file's.
 */
export function getCompiledBody(text: string): string {
  const frontmatter = getFrontmatterBlock(text);
  return frontmatter ? text.replace(frontmatter.block, frontmatter.block.replace(/[^\r\n]/g, ' ')) : text;
}

/**
 * Where the body of an .md/.mdx file starts as Astro compiles it: the offset right after the
 * closing delimiter, and that line of the file, counted from 1 (the start of a file without
 * frontmatter).
 */
export function getBodyStart(text: string): { offset: number; line: number } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { offset: 0, line: 1 };
  const offset = match.index + match[0].length;
  return { offset, line: text.slice(0, offset).split('\n').length };
}

/** The body of an .md/.mdx file as text, without its frontmatter, e.g. the text of an evidence. */
export function getBodyText(text: string): string {
  const frontmatter = getFrontmatterBlock(text);
  return (frontmatter ? text.replace(frontmatter.block, '') : text).replace(/^\uFEFF?\r?\n/, '');
}

/**
 * Why Astro finds no frontmatter in an .md/.mdx file, which it then reads as a file without
 * fields: lines are counted from 1.
 * - `closing`: the file opens the fields with `---` and never closes them; the closing line
 *   belongs after `lastFieldLine`.
 * - `opening`: the file starts with fields (or with an indented `---`) but not with `---`.
 * - `frontmatter`: the file has only text.
 */
export type MissingDelimiter =
  | { missing: 'closing'; lastFieldLine: number }
  | { missing: 'opening'; firstFieldLine: number }
  | { missing: 'frontmatter' };

/** Undefined when Astro finds the file's frontmatter; otherwise what is missing. */
export function getMissingDelimiter(text: string): MissingDelimiter | undefined {
  if (getFrontmatterBlock(text)) return undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const opening = OPENING.exec(text);
  if (opening) {
    const openingLine = text.slice(0, opening.index + opening[0].length).split('\n').length - 1;
    // Fields go on until the first line that is neither a field nor a comment: the body.
    let lastFieldLine = openingLine;
    for (let index = openingLine + 1; index < lines.length; index += 1) {
      const line = lines[index] ?? '';
      if (FIELD.test(line) || UNDER_FIELD.test(line)) lastFieldLine = index;
      else if (line.trim() !== '' && !line.trimStart().startsWith('#')) break;
    }
    return { missing: 'closing', lastFieldLine: lastFieldLine + 1 };
  }
  const first = lines.findIndex((line) => line.trim() !== '');
  const firstLine = lines[first] ?? '';
  return first >= 0 && (FIELD.test(firstLine.trimStart()) || firstLine.trim() === '---')
    ? { missing: 'opening', firstFieldLine: first + 1 }
    : { missing: 'frontmatter' };
}

/** Parses YAML text with strings for dates; anything that is not a mapping becomes {}. */
export function parseYamlData(yaml: string): Record<string, unknown> {
  if (yaml.trim() === '') return {};
  const parsed: unknown = load(yaml, { schema: CORE_SCHEMA });
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}

/** The YAML of a file and how many lines of the file come before it (for line numbers). */
export interface YamlSource {
  yaml: string;
  lineOffset: number;
}

/** The whole text of a .yaml/.yml file; the frontmatter block of a .md/.mdx file. */
export function getYamlSource(fileName: string, text: string): YamlSource {
  if (/\.ya?ml$/i.test(fileName)) return { yaml: text, lineOffset: 0 };
  const frontmatter = getFrontmatterBlock(text);
  // The YAML starts on the delimiter's own line (after `---`), as in Astro.
  return frontmatter ? { yaml: frontmatter.yaml, lineOffset: frontmatter.lineOffset } : { yaml: '', lineOffset: 0 };
}

/** The data of a file: the whole text for .yaml/.yml, the frontmatter block for .md/.mdx. */
export function readFileData(fileName: string, text: string): Record<string, unknown> {
  return parseYamlData(getYamlSource(fileName, text).yaml);
}

/**
 * The id of a content entry: its path inside the collection folder, without extension, as the
 * loader stores it and as validation names it ("2021/2021-06-30-video-youtube").
 */
export function toEntryId(pathInCollection: string): string {
  return pathInCollection.replace(/\.(mdx|yaml)$/, '');
}

/** A YAML scalar on one line, for files the tools write: plain where YAML reads it back as the same value, quoted otherwise. */
export function toYamlScalar(value: string | number | boolean): string {
  return dump(value, { lineWidth: -1 }).trimEnd();
}
