/**
 * /<plan>/componentes/<componente>/evidencias.xml: RSS feed of one component's newest
 * evidence. Like the site's feed (src/pages/[feed].xml.ts), it needs absolute addresses, so it
 * is published only when SITE_URL is set. Activities get no feed of their own: one file per
 * activity would add thousands of files to a large plan, and following its component is enough.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../../data/load-catalog';
import type { Component } from '../../../../lib/content/catalog';
import { getComponentFeed } from '../../../../lib/publishing/discovery';
import { FEED_NAME } from '../../../../lib/site/routes';

export const getStaticPaths = (async () => {
  if (!import.meta.env.SITE) return [];
  const catalog = await getCatalog();
  return catalog.plans.flatMap((plan) =>
    plan.components.map((component) => ({ params: { plan: plan.id, componente: component.id, feed: FEED_NAME }, props: { component } })),
  );
}) satisfies GetStaticPaths;

// getStaticPaths gives this route only when SITE_URL is set, so `site` is always there.
export const GET: APIRoute<{ component: Component }> = async ({ props, site }) =>
  rss(getComponentFeed(props.component, (await getCatalog()).site.entidad, site!));
