/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests the same virtual modules as the site (astro:content), so the
// loader is tested on the real content files, as collected by `astro sync` into .astro/
// (astro.config.mjs points Astro's cacheDir there, where Vitest looks for them).
export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 20_000,
    projects: [
      // Fast: pure modules and the content loader. `vitest run --project unit` while editing.
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      // Slow: builds the site first, then reads the pages (and opens them in Chromium).
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['./tests/support/build-site.ts'],
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
