/**
 * Writes sitemap.xml after the build, from the pages Astro actually generated, so it lists
 * every page and nothing else. Without SITE_URL there are no absolute addresses to list: the
 * build says so once, in Spanish, and publishes no sitemap.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { toSitemapXml } from '../lib/publishing/discovery';
import { t } from '../lib/i18n';
import { getEditorPath } from '../lib/site/routes';

export function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        site = config.site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (!site) logger.warn(t.feed.noSiteUrl);
      },
      'astro:build:done': ({ dir, pages }) => {
        if (!site) return;
        const urls = pages
          .map(({ pathname }) => pathname)
          // Pages are directories; files (data, feed, styles), the not-found page and the staff's
          // editor are not listed.
          .filter((pathname) => (pathname === '' || pathname.endsWith('/')) && pathname !== '404/' && `/${pathname}` !== getEditorPath())
          .map((pathname) => new URL(`${base}${pathname}`, site).href);
        writeFileSync(new URL('sitemap.xml', dir), toSitemapXml(urls));
      },
    },
  };
}
