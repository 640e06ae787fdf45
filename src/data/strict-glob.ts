/**
 * The loader of every content collection, in place of Astro's glob loader, for three reasons:
 *
 * 1. Data is read with src/lib/frontmatter.ts, which keeps dates as written: YAML's own
 *    reading turns an unquoted `2021-13-45` into 14 February 2022 before any schema sees it.
 * 2. Every file of the collection is validated before any error is raised, and all problems
 *    are reported at once in Spanish, naming file, field, value and what is expected.
 * 3. MDX bodies are turned into HTML here (src/lib/body-html.ts) instead of one JavaScript
 *    module per file: bodies may only hold Markdown and the editors' components, and at
 *    thousands of files bundling those modules was most of the build time.
 */
import { globSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { BODY_HTML_VERSION, toBodyHtml } from '../lib/body-html';
import { getBodyText, readFileData, toEntryId } from '../lib/frontmatter';
import { ContentError, toSchemaProblems, type Problem } from '../lib/problems';
import { toFragmentId } from '../lib/routes';

interface StrictGlobOptions {
  /** Files to load, relative to `base`, e.g. `**\/*.mdx`. */
  pattern: string;
  /** Folder of the collection, relative to the project root. */
  base: string;
  schema: z.ZodType;
}

async function loadFiles(options: StrictGlobOptions, context: LoaderContext): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const folder = join(root, options.base);
  const base = context.config.base;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const name of globSync(options.pattern, { cwd: folder }).sort()) {
    const absolute = join(folder, name);
    const filePath = relative(root, absolute).split(sep).join('/');
    const id = toEntryId(name.split(sep).join('/'));
    const text = readFileSync(absolute, 'utf8');
    const data = readFileData(filePath, text);
    const result = options.schema.safeParse(data);
    if (!result.success) {
      problems.push(...toSchemaProblems(filePath, data, result.error));
      continue;
    }
    seen.add(id);
    const digest = context.generateDigest(`${BODY_HTML_VERSION}\n${base}\n${text}`);
    if (context.store.get(id)?.digest === digest) continue;
    const isMdx = filePath.endsWith('.mdx');
    context.store.set({
      id,
      data: await context.parseData({ id, data, filePath }),
      filePath,
      digest,
      ...(isMdx ? { body: getBodyText(text), rendered: { html: toBodyHtml(text, { base, idPrefix: `${toFragmentId(basename(options.base), id)}-` }) } } : {}),
    });
  }
  for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
  // Under `astro dev` (the only command with a watcher) the content validation shows these
  // problems, and every other one, on every page and in the terminal, and reloads the
  // collections once the files are fixed (src/data/content-preview.ts); thrown here, they
  // would only reach the log while pages rendered without the entry. A build validates
  // before loading, so reaching this in a build is a bug that must stop it.
  if (problems.length > 0 && !context.watcher) throw new ContentError(problems);
}

export function strictGlob(options: StrictGlobOptions): Loader {
  return {
    name: 'strict-glob',
    load: (context) => loadFiles(options, context),
  };
}
