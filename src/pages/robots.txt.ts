/** robots.txt: every page may be indexed; it names the sitemap when SITE_URL is set. */
import type { APIRoute } from 'astro';
import { toRobotsTxt } from '../lib/publishing/discovery';
import { toHref } from '../lib/site/routes';

export const GET: APIRoute = ({ site }) =>
  new Response(toRobotsTxt(site ? new URL(toHref('/sitemap.xml'), site).href : undefined), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
