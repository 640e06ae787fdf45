/**
 * The site's body components (<Video>, <Documento>, <Nota>) as buttons of the web editor: how
 * each one is read from an MDX body into a small form, and written back. What is written is
 * what validation accepts (src/lib/validation/mdx-safety.ts): one component per block, attributes as
 * quoted text.
 */
import { EDITOR_COMPONENTS, type EditorComponentName } from '../content/body-components';

export type ComponentValues = Record<string, string>;

/** The id the editor's Markdown field knows a component's button by. */
export function toComponentId(name: EditorComponentName): string {
  return name.toLowerCase();
}

/** Ids the editor's Markdown field lists its buttons by, one per component. */
export const EDITOR_COMPONENT_IDS = (Object.keys(EDITOR_COMPONENTS) as EditorComponentName[]).map(toComponentId);

const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The quoted attributes of a tag's text, e.g. `url="…" titulo='…'`. */
export function toAttributes(text: string): ComponentValues {
  const values: ComponentValues = {};
  for (const match of text.matchAll(ATTRIBUTE)) values[match[1]!] = match[2] ?? match[3] ?? '';
  return values;
}

/**
 * An attribute as MDX reads it. MDX attribute strings have no escapes, so the value goes
 * between the quote it does not contain; one with both kinds of quote gets typographic
 * double quotes, which read the same.
 */
function toAttribute(name: string, value: string): string {
  const text = value.replace(/[\r\n]+/g, ' ').trim();
  if (!text.includes('"')) return `${name}="${text}"`;
  if (!text.includes("'")) return `${name}='${text}'`;
  return `${name}="${text.replace(/"/g, '”')}"`;
}

/** A tag's quoted attributes, read past a `>` or `/` inside the quotes (`titulo="a > b"`). */
const ATTRIBUTES = String.raw`((?:\s+[A-Za-z][\w-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)`;

/** The end of the component's last line: Decap tries the pattern on the rest of the body first. */
const LINE_END = String.raw`(?=[ \t]*(?:\r?\n|$))`;

/**
 * The block that starts with the component's tag and ends with its end. Decap's Markdown
 * parser tries it on the whole rest of the body, then on the block's first paragraph, so the
 * pattern stops at the first `</Nota>` that is not escaped (`\</Nota>` is text), not at the body's
 * last one, and ends at a line's end rather than the text's: a note with several paragraphs is
 * read whole, and two notes stay two.
 */
export function getComponentPattern(name: EditorComponentName): RegExp {
  return name === 'Nota'
    ? new RegExp(String.raw`^<Nota${ATTRIBUTES}\s*>((?:\\[\s\S]|(?!<\/Nota>)[^\\])*)<\/Nota>${LINE_END}`)
    : new RegExp(String.raw`^<${name}${ATTRIBUTES}\s*\/>${LINE_END}`);
}

/** What the form of a component shows for a block the pattern matched. */
export function toComponentValues(name: EditorComponentName, match: readonly string[]): ComponentValues {
  const attributes = toAttributes(match[1] ?? '');
  const values: ComponentValues = {};
  for (const attribute of Object.keys(EDITOR_COMPONENTS[name])) values[attribute] = attributes[attribute] ?? '';
  if (name === 'Nota') values.body = (match[2] ?? '').trim();
  return values;
}

/** The MDX block a component's form writes: empty optional attributes are left out. */
export function toComponentBlock(name: EditorComponentName, values: ComponentValues): string {
  const attributes = Object.entries(EDITOR_COMPONENTS[name] as Record<string, boolean>)
    .filter(([attribute, required]) => required || (values[attribute] ?? '').trim() !== '')
    .map(([attribute]) => toAttribute(attribute, values[attribute] ?? ''));
  const open = [name, ...attributes].join(' ');
  if (name !== 'Nota') return `<${open} />`;
  const text = toNoteText(values.body ?? '');
  // A body of several lines goes between tag lines: MDX ends a paragraph at a blank line, and
  // a note whose closing tag is on that paragraph's far side would not be read.
  return text.includes('\n') ? `<${open}>\n${text}\n</Nota>` : `<${open}>${text}</Nota>`;
}

/**
 * A note's Markdown as MDX text: each `<`, `{` and `}` not already escaped gets a backslash, so
 * writing a block again changes nothing. Escapes are read in pairs (`\\{` is an escaped backslash
 * and then a brace), and a backslash at the end is doubled, or it would escape `</Nota>`.
 */
function toNoteText(body: string): string {
  return body.trim().replace(/\\[\s\S]|\\$|[<{}]/g, (found) => (found.length === 2 ? found : `\\${found}`));
}
