/**
 * Reads the data of a content file the way editors mean it. YAML's timestamp type is left
 * out: with it, an unquoted `2021-13-45` silently becomes 14 February 2022 before any check
 * runs. Read as text, dates reach the schemas as written, and the schemas reject what is
 * not a real calendar day.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

// Same delimiters as Astro's own frontmatter reader: a leading block between --- lines.
const FRONTMATTER = /^\uFEFF?(?:\s*\n)?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

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
  const match = FRONTMATTER.exec(text);
  if (!match) return { yaml: '', lineOffset: 0 };
  const before = match[0].slice(0, match[0].indexOf('---'));
  return { yaml: match[1] ?? '', lineOffset: before.split('\n').length };
}

/** The data of a file: the whole text for .yaml/.yml, the frontmatter block for .md/.mdx. */
export function readFileData(fileName: string, text: string): Record<string, unknown> {
  return parseYamlData(getYamlSource(fileName, text).yaml);
}
