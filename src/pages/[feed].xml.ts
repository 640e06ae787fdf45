/**
 * /evidencias.xml: RSS feed of the newest evidence of every plan. Feed readers need absolute
 * addresses, so the feed is published only when SITE_URL is set (the build says so otherwise).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../data/load-catalog';
import { toDayInstant } from '../lib/dates';
import { getFeedItems } from '../lib/discovery';
import { t } from '../lib/i18n';
import { FEED_NAME, toHref } from '../lib/routes';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { feed: FEED_NAME } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const entity = catalog.site.entidad;
  return rss({
    title: t.feed.title(entity),
    description: t.feed.description(entity),
    site: new URL(toHref('/'), site).href,
    items: getFeedItems(catalog).map((item) => ({
      title: item.title,
      link: new URL(toHref(item.path), site).href,
      pubDate: toDayInstant(item.date),
      description: item.description,
    })),
    customData: `<language>${t.locale.toLowerCase()}</language>`,
  });
};
