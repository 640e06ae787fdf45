/**
 * Builds the site search after the pages: Pagefind reads the generated HTML (the parts marked
 * data-pagefind-body, with their data-pagefind-filter values) and writes a static index to
 * pagefind/, one per plan (src/data/search-index.ts), which the search page loads from the site
 * itself. No server, no third party.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatNumber } from '../lib/i18n/format';
import { writeSearchIndexes } from './search-index';

/**
 * SEARCH_INDEX=off builds the site without its index: a pull request's preview is looked at,
 * not searched, and indexing is the slowest step left after rendering. The search page then
 * says that search is not available.
 */
function isSearchIndexOff(): boolean {
  return process.env.SEARCH_INDEX === 'off';
}

export function search(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'search',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Each index is kept under the hash of its pages, so a rebuild copies those that did not change.
        cacheDir = join(fileURLToPath(config.cacheDir), 'busqueda');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (isSearchIndexOff()) {
          logger.info('Sin índice de búsqueda (SEARCH_INDEX=off)');
          return;
        }
        const { pages, indexes, reused } = await writeSearchIndexes(fileURLToPath(dir), cacheDir);
        logger.info(`Índice de búsqueda: ${formatNumber(pages)} páginas en ${indexes} índices (${reused} reutilizados)`);
      },
    },
  };
}
