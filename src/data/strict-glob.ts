/**
 * The loader of every content collection, in place of Astro's glob loader, for four reasons:
 *
 * 1. Data is read with src/lib/content/frontmatter.ts, which keeps dates as written: YAML's own
 *    reading turns an unquoted `2021-13-45` into 14 February 2022 before any schema sees it.
 * 2. Every file of the collection is validated before any error is raised, and all problems
 *    are reported at once in Spanish, naming file, field, value and what is expected.
 * 3. MDX bodies are turned into HTML here (src/lib/publishing/body-html.ts) instead of one JavaScript
 *    module per file: bodies may only hold Markdown and the editors' components, and at
 *    thousands of files bundling those modules was most of the build time.
 * 4. Only regular files are read, as UTF-8, the way validation reads them
 *    (src/data/read-content.ts): a link is never followed, a folder named like a file is
 *    never opened, and a file that is not UTF-8 is refused rather than read with its accents
 *    replaced.
 */
import { globSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { toBodyHtml } from '../lib/publishing/body-html';
import { getBodyText, readFileData, toEntryId } from '../lib/content/frontmatter';
import { getLimitProblems } from '../lib/validation/limits';
import { toRefusalProblem } from '../lib/validation/found-files';
import { ContentError, toSchemaProblems, type Problem } from '../lib/validation/problems';
import { toFragmentId } from '../lib/site/routes';
import { getRefusal, readFileText } from './read-content';

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
  const found = globSync(options.pattern, { cwd: folder, withFileTypes: true }).map((entry) => [join(entry.parentPath, entry.name), entry] as const);
  for (const [absolute, entry] of found.sort(([a], [b]) => (a < b ? -1 : 1))) {
    const filePath = relative(root, absolute).split(sep).join('/');
    const id = toEntryId(relative(folder, absolute).split(sep).join('/'));
    const refusal = getRefusal(entry);
    const text = refusal ?? readFileText(absolute);
    if (typeof text !== 'string') {
      problems.push(toRefusalProblem(filePath, text));
      continue;
    }
    // A file stored with this exact text, path and code passed every check below when it was
    // stored: a rebuild reads it again but does not parse it again (at 5,000 activities, over a
    // second). The code's digest (astro.config.mjs) makes a schema or parser change read it anew.
    const digest = context.generateDigest(`${import.meta.env.SOURCE_DIGEST}\n${base}\n${filePath}\n${text}`);
    if (context.store.get(id)?.digest === digest) {
      seen.add(id);
      continue;
    }
    // Parsing a file past a limit is what would crash or stall: a build has stopped on it in
    // validation already, and `astro dev` shows it in the problem list while it loads the rest.
    const overLimit = getLimitProblems(filePath, text);
    if (overLimit.length > 0) {
      problems.push(...overLimit);
      continue;
    }
    const data = readFileData(filePath, text);
    const result = options.schema.safeParse(data);
    if (!result.success) {
      problems.push(...toSchemaProblems(filePath, data, result.error));
      continue;
    }
    seen.add(id);
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
