// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { search } from './src/data/search-integration';
import { sitemap } from './src/data/sitemap-integration';
import { contentValidation } from './src/data/validation-integration';
import { getSourceDigest } from './src/data/source-digest';

/**
 * SITE_URL and BASE_PATH let one build target any static host: the root of a domain,
 * or a sub-path such as GitHub Pages' /<repo>/. Astro exposes the base to the code as
 * import.meta.env.BASE_URL, which the single link helper in src/lib/site/routes.ts reads.
 */
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  // Where `astro sync` stores collections; Vitest reads them from .astro/ (see vitest.config.ts).
  // The benchmark builds elsewhere (ASTRO_CACHE_DIR) so it never replaces what tests read.
  cacheDir: process.env.ASTRO_CACHE_DIR || './.astro',
  // What editors publish as it is (documents, images, the logo); fixtures bring their own.
  publicDir: process.env.PUBLIC_DIR || './public',
  // Directory URLs ending in "/" work on every static host without rewrites.
  trailingSlash: 'always',
  // Stylesheets as files, never inline <style>: the Content Security Policy allows styles from 'self' only.
  // Four pages at a time: some render while the others' files are written, here and in the
  // incremental build's cache (the main thread was idle about half the time writing pages one
  // by one; at 5,000 activities two at a time saved 1.5 s, four 3 s more). The output is the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [contentValidation(), mdx(), sitemap(), search()],
  // `astro dev` must look like the published site: the toolbar is not part of it, and it adds an
  // inline script the Content Security Policy would refuse.
  devToolbar: { enabled: false },
  // JSON Schemas of the collections in .astro/collections/: VS Code offers completion, the
  // Spanish description and validation of every frontmatter field (see .vscode/settings.json).
  experimental: {
    contentIntellisense: true,
    // A rebuild copies from the previous build (kept in cacheDir) every page whose code and
    // cacheKey are unchanged; see getPageCacheKey in src/data/load-catalog.ts for what a key covers.
    incrementalBuild: true,
  },
  vite: {
    // What the code is (src/data/source-digest.ts): with it in the configuration, Astro reuses
    // pages and the loader reuses parsed files only while no code has changed.
    define: { 'import.meta.env.SOURCE_DIGEST': JSON.stringify(getSourceDigest(fileURLToPath(new URL('./', import.meta.url)))) },
    build: {
      // One stylesheet for the whole site (about 5 KB gzip) instead of one per component: a
      // single render-blocking request, cached after the first page.
      cssCodeSplit: false,
    },
  },
});
