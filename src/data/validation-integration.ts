/**
 * Runs the content validation, the same check as `npm run validar`. Before every build: one
 * bad file stops the build, with every problem listed, before anything is generated. Under
 * `astro dev`: every page shows the problem list while the content has errors (content-preview.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, isError, type Problem } from '../lib/validation/problems';
import { validateContent } from '../lib/validation/validate';
import { getEditorPath, toHref } from '../lib/site/routes';
import { startContentPreview } from './content-preview';
import { getContentDir, getPublicDir, getToday, listPublicFiles, readContentFiles } from './read-content';

function getProblems(root: string): Problem[] {
  const contentDir = getContentDir();
  return validateContent(readContentFiles(root, contentDir), contentDir, getToday(), listPublicFiles(root)).problems;
}

export function contentValidation(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (command !== 'build') return;
        const problems = getProblems(root);
        if (problems.length === 0) return;
        if (!problems.some(isError)) return console.warn(formatProblems(problems));
        await new Promise((resolve) => process.stderr.write(`${formatProblems(problems)}\n`, resolve));
        // Astro wraps whatever a hook throws in an English heading and a stack trace, and has no
        // way to stop a build quietly: the editor must read only the list, so the build ends here.
        process.exit(1);
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        // Vitest runs this hook too (vitest.config.ts uses getViteConfig), on a server without
        // HTTP: it serves no page, and its output must not carry the live content's problems.
        if (!server.httpServer || !refreshContent) return;
        startContentPreview({
          server,
          folders: [join(root, getContentDir()), join(root, getPublicDir())],
          getProblems: () => getProblems(root),
          refreshContent: () => refreshContent({}),
          // The web editor of `npm run editor` is how staff fix the problem: it stays open.
          editorPath: toHref(getEditorPath(), base),
        });
      },
    },
  };
}
