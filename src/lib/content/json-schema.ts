/**
 * The content schemas as JSON Schema (through z.toJSONSchema), for what is made from them: the
 * field reference of CONTRIBUTING.md and the web editor's forms. VS Code reads the same.
 */
import { z } from 'astro/zod';
import { FILE_SCHEMAS, type FileKind } from './schemas';

/** The part of JSON Schema that z.toJSONSchema emits for the content schemas. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  /** A text that may hold several lines (schemas.ts, `longText`). */
  multiline?: boolean;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  /** A map's values (a report's products by task id). */
  additionalProperties?: JsonSchema;
  anyOf?: JsonSchema[];
  const?: unknown;
}

/** The JSON Schema of one kind of file, as editors write it (before defaults are filled in). */
export function toJsonSchema(kind: FileKind): JsonSchema {
  return z.toJSONSchema(FILE_SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}
