/**
 * Astro's glob loader with two changes that editors need:
 *
 * 1. YAML is read without its timestamp type. Astro's default YAML reading turns an unquoted
 *    `2021-13-45` into 14 February 2022 before any schema sees it; read as text, the schema
 *    can reject it. Dates stay calendar days, free of time zones.
 * 2. Every file of the collection is validated before any error is raised, and all problems
 *    are reported at once in Spanish, naming file, field, value and what is expected.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { ContentError, toSchemaProblems, type Problem } from '../lib/problems';

type EntryType = NonNullable<ReturnType<LoaderContext['entryTypes']['get']>>;
type EntryInfo = Awaited<ReturnType<EntryType['getEntryInfo']>>;

function readYamlAsText(raw: string | undefined): Record<string, unknown> {
  const parsed = raw ? loadYaml(raw, { schema: CORE_SCHEMA }) : undefined;
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

function withTextDates(entryType: EntryType): EntryType {
  return {
    ...entryType,
    async getEntryInfo(params): Promise<EntryInfo> {
      const info = await entryType.getEntryInfo(params);
      return { ...info, data: readYamlAsText(info.rawData) };
    },
  };
}

export function strictGlob(options: { pattern: string; base: string; schema: z.ZodType }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'strict-glob',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const problems: Problem[] = [];
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, entryType]) => [extension, withTextDates(entryType)]),
      );
      const parseData: LoaderContext['parseData'] = async (props) => {
        const result = options.schema.safeParse(props.data);
        if (result.success) return context.parseData(props);
        const file = relative(root, props.filePath ?? props.id).split('\\').join('/');
        problems.push(...toSchemaProblems(file, props.data, result.error));
        return props.data;
      };
      await inner.load({ ...context, entryTypes, parseData });
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
