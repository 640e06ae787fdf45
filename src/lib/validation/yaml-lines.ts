/**
 * Finds the line of a field in block-style YAML, the way editors write frontmatter, so that a
 * schema message can say "línea 12" and not only `tareas › elemento 2 › avance`. The YAML
 * parser does not keep positions for values; this reads the indentation instead.
 */

interface Line {
  /** Column where the content starts, after indentation and any `- ` list markers. */
  column: number;
  /** Columns of the `- ` markers on this line, outermost first. */
  dashes: number[];
  /** The content after indentation and markers. */
  content: string;
}

function toLine(text: string): Line | undefined {
  const withoutComment = /^\s*#/.test(text) ? '' : text;
  if (withoutComment.trim() === '') return undefined;
  const dashes: number[] = [];
  let column = withoutComment.length - withoutComment.trimStart().length;
  let content = withoutComment.trimStart();
  while (/^-(\s|$)/.test(content)) {
    dashes.push(column);
    const rest = content.slice(1);
    const spaces = rest.length - rest.trimStart().length;
    column += 1 + spaces;
    content = rest.trimStart();
  }
  return { column, dashes, content };
}

function toKeyPattern(key: string): RegExp {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')\\s*:(\\s|$)`);
}

function getFirst(lines: readonly (Line | undefined)[], start: number, end: number): Line | undefined {
  for (let index = start; index < end; index += 1) if (lines[index]) return lines[index];
  return undefined;
}

/** A key among the direct children of a block: those at the column of its first line. */
function getKeyIndex(lines: readonly (Line | undefined)[], start: number, end: number, key: string): number | undefined {
  const column = getFirst(lines, start, end)?.column;
  const pattern = toKeyPattern(key);
  for (let index = start; index < end; index += 1) {
    const line = lines[index];
    if (line && line.column === column && pattern.test(line.content)) return index;
  }
  return undefined;
}

/** The item at `position` of the list a block holds: lines whose first `- ` is at the list's column. */
function getItemIndex(lines: readonly (Line | undefined)[], start: number, end: number, position: number): number | undefined {
  const column = getFirst(lines, start, end)?.dashes[0];
  if (column === undefined) return undefined;
  let seen = -1;
  for (let index = start; index < end; index += 1) {
    if (lines[index]?.dashes[0] === column && (seen += 1) === position) return index;
  }
  return undefined;
}

/** Where the block that starts at `match` ends: the next line at its column or to the left. */
function getBlockEnd(lines: readonly (Line | undefined)[], match: number, column: number, isKey: boolean): number {
  for (let index = match + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line) continue;
    const lineColumn = line.dashes[0] ?? line.column;
    // YAML lets a key's list start at the key's own column.
    if (isKey && line.dashes[0] === column) continue;
    if (lineColumn <= column) return index;
  }
  return lines.length;
}

/** A YAML text read line by line, once per file: a file with thousands of problems asks for thousands of lines. */
export type YamlLines = readonly (Line | undefined)[];

export function toYamlLines(yaml: string): YamlLines {
  return yaml.split(/\r?\n/).map(toLine);
}

/**
 * The 1-based line of `path` (as zod reports it: keys and list positions) in the YAML `lines` come from. When the
 * field itself is missing or written in flow style (`[a, b]`), the line of the deepest part
 * of the path that exists; undefined when not even the first key is there.
 */
export function getLineOfPath(lines: YamlLines, path: readonly PropertyKey[]): number | undefined {
  let found: number | undefined;
  // The block being searched, as a range of lines.
  let start = 0;
  let end = lines.length;
  for (const key of path) {
    const match = typeof key === 'number' ? getItemIndex(lines, start, end, key) : getKeyIndex(lines, start, end, String(key));
    if (match === undefined) break;
    found = match;
    const line = lines[match] as Line;
    const column = typeof key === 'number' ? (line.dashes[0] as number) : line.column;
    end = getBlockEnd(lines, match, column, typeof key !== 'number');
    // A key's value starts on the next line; a list item's first key is on the item's own line.
    start = typeof key === 'number' ? match : match + 1;
  }
  return found === undefined ? undefined : found + 1;
}
