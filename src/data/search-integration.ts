/**
 * Builds the site search after the pages: Pagefind reads the generated HTML (the parts marked
 * data-pagefind-body, with their data-pagefind-filter values) and writes a static index to
 * pagefind/, which the search page loads from the site itself. No server, no third party.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

function toPagefindError(step: string, errors: readonly string[]): Error | undefined {
  return errors.length > 0 ? new Error(`Pagefind (${step}): ${errors.join('; ')}`) : undefined;
}

export function search(): AstroIntegration {
  return {
    name: 'search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Spanish stemming for every page: "evidencias" finds "evidencia".
        const { index, errors } = await createIndex({ forceLanguage: 'es' });
        if (!index) throw toPagefindError('createIndex', errors) ?? new Error('Pagefind did not start');
        try {
          const added = await index.addDirectory({ path: outDir });
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          const error = toPagefindError('addDirectory', added.errors) ?? toPagefindError('writeFiles', written.errors);
          if (error) throw error;
          logger.info(`${added.page_count} páginas en el índice de búsqueda`);
        } finally {
          await close();
        }
      },
    },
  };
}
