/**
 * Astro's glob loader with two changes that editors need:
 *
 * 1. Data is read with src/lib/frontmatter.ts, which keeps dates as written: Astro's own
 *    YAML reading turns an unquoted `2021-13-45` into 14 February 2022 before any schema
 *    sees it.
 * 2. Every file of the collection is validated before any error is raised, and all problems
 *    are reported at once in Spanish, naming file, field, value and what is expected.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readFileData } from '../lib/frontmatter';
import { ContentError, toSchemaProblems, type Problem } from '../lib/problems';

export function strictGlob(options: { pattern: string; base: string; schema: z.ZodType }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'strict-glob',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const problems: Problem[] = [];
      const parseData: LoaderContext['parseData'] = async (props) => {
        const filePath = props.filePath ?? props.id;
        const data = readFileData(filePath, await readFile(filePath, 'utf8')) as typeof props.data;
        const result = options.schema.safeParse(data);
        if (result.success) return context.parseData({ ...props, data });
        problems.push(...toSchemaProblems(relative(root, filePath).split('\\').join('/'), data, result.error));
        return data;
      };
      await inner.load({ ...context, parseData });
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
