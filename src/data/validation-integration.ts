/**
 * Runs the content validation before every build: one bad file stops the build, with every
 * problem listed, before anything is generated. The same check as `npm run validar`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/problems';
import { validateContent } from '../lib/validate';
import { getContentDir, getToday, listPublicFiles, readContentFiles } from './read-content';

export function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const contentDir = getContentDir();
        const { problems } = validateContent(readContentFiles(root, contentDir), contentDir, getToday(), listPublicFiles(root));
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
