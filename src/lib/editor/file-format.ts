/**
 * How the web editor reads and writes content files. Decap CMS's own formats rewrite a whole
 * file from its data: editors' comments (`# Fuente: …`, `# DATOS DE EJEMPLO`) disappear, and
 * `plan: 2021` comes back as `plan: "2021"`. These write the form's values over the file's own
 * YAML: a value that did not change keeps its line and its comment, a changed one keeps its
 * comment, and list items are matched by their `id`, so a comment stays with its item when
 * another item is removed or moved.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { getBodyText, getYamlSource } from '../content/frontmatter';
import { t } from '../i18n';

/** Where the form's data carries the file's YAML as it was read, until it is written again. */
export const ORIGINAL_KEY = '__yaml';

/** The names Decap CMS knows the two formats by, in the collections' `format`. */
export const EDITOR_FORMATS = { frontmatter: 'sitio-mdx', yaml: 'sitio-yaml' } as const;
export type EditorFormat = keyof typeof EDITOR_FORMATS;

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a field holds when the form leaves it empty: never written as a new line. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

/** A value the form cleared: a line the file had goes away (`false`, `0` and empty lists stay). */
function isCleared(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A new value as the file should get it: without the empty fields the form leaves in a new item. */
function toWritten(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toWritten);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => !isEmpty(item)).map(([key, item]) => [key, toWritten(item)]));
}

/**
 * The form's data of a file. Ids written as numbers (`plan: 2021`) are read as text, as the
 * form's lists offer them; dates stay text (YAML's core schema), as the schemas read them.
 */
export function toEditorData(format: EditorFormat, text: string, idFields: readonly string[]): Data {
  const name = format === 'yaml' ? 'archivo.yaml' : 'archivo.mdx';
  const yaml = getYamlSource(name, text).yaml;
  const parsed: unknown = parseDocument(yaml, { schema: 'core' }).toJS();
  const data: Data = isRecord(parsed) ? parsed : {};
  for (const field of idFields) if (typeof data[field] === 'number') data[field] = String(data[field]);
  return { ...data, ...(format === 'frontmatter' ? { body: getBodyText(text) } : {}), [ORIGINAL_KEY]: yaml };
}

function getKey(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node);
}

/** The pair of `map` whose key reads as `key`, however the file wrote it (`2021:` or `"2021":`). */
function getPair(map: YAMLMap, key: string) {
  return map.items.find((pair) => getKey(pair.key) === key);
}

function toNode(doc: Document, current: unknown, value: unknown): unknown {
  if (isRecord(value)) {
    if (!isMap(current)) return doc.createNode(toWritten(value));
    writeMap(doc, current, value);
    return current;
  }
  if (Array.isArray(value)) {
    if (!isSeq(current)) return doc.createNode(toWritten(value));
    writeSeq(doc, current, value);
    return current;
  }
  if (isScalar(current) && current.value !== null && typeof current.value !== 'object') {
    // Unchanged as text (`2021` read as '2021'): the line stays as written.
    if (String(current.value) === String(value)) return current;
    // Changed: the node keeps its comment; an id the file wrote as a number stays a number.
    current.value = typeof current.value === 'number' && typeof value === 'string' && String(Number(value)) === value ? Number(value) : value;
    return current;
  }
  return doc.createNode(value);
}

function writeMap(doc: Document, map: YAMLMap, data: Data): void {
  for (const pair of [...map.items]) {
    const key = getKey(pair.key);
    if (!(key in data) || isCleared(data[key])) map.items.splice(map.items.indexOf(pair), 1);
  }
  for (const [key, value] of Object.entries(data)) {
    if (key === ORIGINAL_KEY) continue;
    const pair = getPair(map, key);
    if (pair) pair.value = toNode(doc, pair.value, value) as Node;
    else if (!isEmpty(value)) map.set(key, toNode(doc, undefined, value));
  }
}

/** The item of `seq` with the same `id` (tasks, periods, components), else the one at `index`. */
function getSameItem(seq: YAMLSeq, value: unknown, index: number): unknown {
  if (!isRecord(value) || value.id === undefined) return seq.items[index];
  const id = String(value.id);
  return seq.items.find((item) => isMap(item) && getPair(item, 'id') !== undefined && getKey(getPair(item, 'id')!.value) === id);
}

function writeSeq(doc: Document, seq: YAMLSeq, values: readonly unknown[]): void {
  seq.items = values.map((value, index) => toNode(doc, getSameItem(seq, value, index), value) as Node);
}

/**
 * The YAML of the form's data, written over the file's own YAML so that the rest stays as it
 * was. A file YAML cannot read is not overwritten: the editor says so, and it is fixed by hand.
 */
export function toEditedYaml(original: string, data: Data): string {
  const parsed = parseDocument(original, { schema: 'core' });
  if (parsed.errors.length > 0) throw new Error(t.editor.unreadableFile);
  // A new file (or one that is not a list of fields) starts from an empty document.
  const doc = isMap(parsed.contents) ? parsed : new Document({}, { schema: 'core' });
  writeMap(doc, doc.contents as YAMLMap, data);
  const yaml = doc.toString({ lineWidth: 0 });
  return original.includes('\r\n') ? yaml.replace(/\n/g, '\r\n') : yaml;
}

/** `data` with its keys in the form's order (the order of a new file's lines), others after. */
function toOrdered(data: Data, order: readonly string[]): Data {
  const keys = [...order.filter((key) => key in data), ...Object.keys(data).filter((key) => !order.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/**
 * The file the form's data makes: the edited YAML, and for MDX the body after it. A new file
 * lists its fields in `order`, the form's; an existing one keeps its own order and line endings.
 */
export function toEditorFile(format: EditorFormat, data: Data, order: readonly string[] = []): string {
  const { body, [ORIGINAL_KEY]: original, ...fields } = data;
  const existing = typeof original === 'string' && original.trim() !== '' ? original : undefined;
  const yaml = existing ? toEditedYaml(existing, fields) : toEditedYaml('', toOrdered(fields, order));
  if (format === 'yaml') return yaml;
  const newline = existing?.includes('\r\n') ? '\r\n' : '\n';
  // The rich-text editor starts a new body with blank lines; the file starts with its text.
  const text = typeof body === 'string' ? body.replace(/^\s*\n/, '').trimEnd() : '';
  return `---${newline}${yaml}---${newline}${text === '' ? '' : `${text.replace(/\r?\n/g, newline)}${newline}`}`;
}
