/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests the same virtual modules as the site (astro:content), so the
// loader can be tested on the real content files. Collections come from `astro sync`,
// which stores them under .astro/: hence the cache directory.
export default getViteConfig({
  cacheDir: './.astro',
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    globalSetup: ['./tests/support/build-site.ts'],
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
