/**
 * How the web editor reads and writes content files. Decap CMS's own formats rewrite a whole
 * file from its data: editors' comments (`# Fuente: …`, `# DATOS DE EJEMPLO`) disappear, and
 * `plan: 2021` comes back as `plan: "2021"`. These keep the file as it was and change only the
 * values the form changed: the pull request shows just what the editor meant to change.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { getBodyText, getYamlSource } from '../frontmatter';

/** Where the form's data carries the file's YAML as it was read, until it is written again. */
export const ORIGINAL_KEY = '__yaml';

/** The names Decap CMS knows the two formats by, in the collections' `format`. */
export const EDITOR_FORMATS = { frontmatter: 'sitio-mdx', yaml: 'sitio-yaml' } as const;
export type EditorFormat = keyof typeof EDITOR_FORMATS;

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What an optional field holds when the form leaves it empty: never written as a new line. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

/**
 * The form's data of a file. Ids written as numbers (`plan: 2021`) are read as text, as the
 * form's lists offer them; dates stay text (YAML's core schema), as the schemas read them.
 */
export function fromEditorFile(format: EditorFormat, text: string, idFields: readonly string[]): Data {
  const name = format === 'yaml' ? 'archivo.yaml' : 'archivo.mdx';
  const yaml = getYamlSource(name, text).yaml;
  const parsed: unknown = parseDocument(yaml, { schema: 'core' }).toJS();
  const data: Data = isRecord(parsed) ? parsed : {};
  for (const field of idFields) if (typeof data[field] === 'number') data[field] = String(data[field]);
  return { ...data, ...(format === 'frontmatter' ? { body: getBodyText(text) } : {}), [ORIGINAL_KEY]: yaml };
}

function toNode(doc: Document, current: unknown, value: unknown): unknown {
  if (isRecord(value)) {
    if (isMap(current)) {
      mergeMap(doc, current, value);
      return current;
    }
    return doc.createNode(value);
  }
  if (Array.isArray(value)) {
    if (isSeq(current)) {
      mergeSeq(doc, current, value);
      return current;
    }
    return doc.createNode(value);
  }
  // Unchanged as text (`2021` read as '2021'): the line stays as written, with its comment.
  if (isScalar(current) && current.value !== null && String(current.value) === String(value)) return current;
  return doc.createNode(value);
}

function mergeMap(doc: Document, map: YAMLMap, data: Data): void {
  for (const pair of [...map.items]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = data[key];
    // A field the form emptied leaves the file; `false`, `0` and lists stay if they were there.
    if (!(key in data) || value === undefined || value === null || value === '') map.delete(pair.key);
  }
  for (const [key, value] of Object.entries(data)) {
    if (key === ORIGINAL_KEY) continue;
    const current = map.get(key, true);
    if (current === undefined && isEmpty(value)) continue;
    if (value === undefined || value === null || value === '') continue;
    map.set(key, toNode(doc, current, value));
  }
}

function mergeSeq(doc: Document, seq: YAMLSeq, values: readonly unknown[]): void {
  seq.items = values.map((value, index) => toNode(doc, seq.items[index], value) as Node);
}

/** The YAML of the form's data, written over the file's own YAML so that the rest stays as it was. */
export function toEditedYaml(original: string, data: Data): string {
  const parsed = parseDocument(original, { schema: 'core' });
  // A new file (or one that is not a list of fields) starts from an empty document.
  const doc = isMap(parsed.contents) ? parsed : new Document({}, { schema: 'core' });
  mergeMap(doc, doc.contents as YAMLMap, data);
  return doc.toString({ lineWidth: 0 });
}

/** `data` with its keys in the form's order (the order of a new file's lines), others after. */
function toOrdered(data: Data, order: readonly string[]): Data {
  const keys = [...order.filter((key) => key in data), ...Object.keys(data).filter((key) => !order.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/**
 * The file the form's data makes: the edited YAML, and for MDX the body after it. A new file
 * lists its fields in `order`, the form's; an existing one keeps its own order.
 */
export function toEditorFile(format: EditorFormat, data: Data, order: readonly string[] = []): string {
  const { body, [ORIGINAL_KEY]: original, ...fields } = data;
  const yaml = typeof original === 'string' && original.trim() !== '' ? toEditedYaml(original, fields) : toEditedYaml('', toOrdered(fields, order));
  if (format === 'yaml') return yaml;
  const text = typeof body === 'string' ? body.replace(/^\s*\n/, '').trimEnd() : '';
  return `---\n${yaml}---\n${text === '' ? '' : `${text}\n`}`;
}
