/**
 * The field reference of CONTRIBUTING.md, made from the zod schemas (through the JSON Schema
 * that VS Code also reads), so that what editors read is what validation checks.
 */
import { t } from '../i18n';
import { toJsonSchema, type JsonSchema } from './json-schema';
import { SLUG_PATTERN, type FileKind } from './schemas';
import { REPOSITORY_PATTERN } from '../editor/repository';

/** The fields of a map's values: the object among the alternatives a value may take. */
function getMapValue(schema: JsonSchema): JsonSchema | undefined {
  const value = schema.additionalProperties;
  return value?.anyOf ? value.anyOf.find((option) => option.type === 'object') : value;
}

const r = t.reference;

function toTypeLabel(schema: JsonSchema): string {
  if (schema.enum) return r.types.oneOf(schema.enum.map(String));
  if (Array.isArray(schema.type)) return r.types.identifier;
  switch (schema.type) {
    case 'boolean':
      return r.types.boolean;
    case 'integer':
      if (schema.minimum === undefined) return r.types.integer;
      return schema.maximum === undefined || schema.maximum >= Number.MAX_SAFE_INTEGER
        ? r.types.integerFrom(schema.minimum)
        : r.types.integerRange(schema.minimum, schema.maximum);
    case 'array':
      return schema.items?.type === 'object' ? r.types.objectList : r.types.textList;
    case 'object': {
      if (!schema.additionalProperties) return r.types.object;
      const words = schema.additionalProperties.anyOf?.flatMap((option) => (option.const === undefined ? [] : [String(option.const)])) ?? [];
      return r.types.map(words);
    }
    default:
      if (schema.format === 'date') return r.types.date;
      if (schema.format === 'email') return r.types.email;
      if (schema.format === 'uri-reference') return r.types.address;
      if (schema.format === 'uri') return r.types.httpsAddress;
      if (schema.pattern === REPOSITORY_PATTERN.source) return r.types.repository;
      return schema.pattern === SLUG_PATTERN.source ? r.types.identifier : r.types.text;
  }
}

function toRequiredLabel(schema: JsonSchema, required: boolean): string {
  if (required) return r.required;
  const value = schema.default;
  if (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))) return r.optional;
  if (Array.isArray(value)) return value.length === 0 ? r.noneByDefault : r.optionalWithDefault(JSON.stringify(value));
  return r.optionalWithDefault(`\`${String(value)}\``);
}

function toCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** One table row per field, nested fields after their parent as `padre › campo`. */
function toRows(schema: JsonSchema, prefix: string): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const row = `| \`${name}\` | ${toRequiredLabel(field, required.has(key))} | ${toCell(toTypeLabel(field))} | ${toCell(field.description ?? '')} |`;
    const value = field.type === 'object' ? getMapValue(field) : undefined;
    if (value) return [row, ...toRows(value, `${name} › ${r.mapKey} › `)];
    const nested = field.type === 'array' ? field.items : field.type === 'object' ? field : undefined;
    return [row, ...(nested?.properties ? toRows(nested, `${name} › `) : [])];
  });
}

/** The Markdown reference of every field of every kind of file, in the order editors meet them. */
export function toFieldReference(): string {
  const kinds: FileKind[] = ['evidencias', 'actividades', 'informes', 'planes', 'sitio'];
  return kinds
    .map((kind) => {
      const { title, path } = r.files[kind];
      const header = `| ${r.columns.join(' | ')} |\n|${r.columns.map(() => ' --- |').join('')}`;
      return [`### ${title}: \`${path}\``, '', header, ...toRows(toJsonSchema(kind), '')].join('\n');
    })
    .join('\n\n');
}

export const REFERENCE_START = '<!-- referencia-de-campos: inicio. La escribe `npm run documentar`; no la edite a mano. -->';
export const REFERENCE_END = '<!-- referencia-de-campos: fin -->';

/** The guide with its field reference, between the two markers, replaced by the current one. */
export function toGuideWithFieldReference(guide: string): string {
  const start = guide.indexOf(REFERENCE_START);
  const end = guide.indexOf(REFERENCE_END);
  if (start === -1 || end < start) throw new Error(`The guide must contain ${REFERENCE_START} and then ${REFERENCE_END}`);
  return `${guide.slice(0, start + REFERENCE_START.length)}\n\n${toFieldReference()}\n\n${guide.slice(end)}`;
}
