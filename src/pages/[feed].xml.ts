/**
 * /evidencias.xml: RSS feed of the newest evidence of every plan. Feed readers need absolute
 * addresses, so the feed is published only when SITE_URL is set (the build says so otherwise).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../data/load-catalog';
import { getFeed } from '../lib/publishing/discovery';
import { FEED_NAME } from '../lib/site/routes';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { feed: FEED_NAME } }] : []) satisfies GetStaticPaths;

// getStaticPaths gives this route only when SITE_URL is set, so `site` is always there.
export const GET: APIRoute = async ({ site }) => rss(getFeed(await getCatalog(), site!));
