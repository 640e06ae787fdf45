/**
 * What every printed page carries in its margins, and the addresses of the site's own links
 * (src/lib/publishing/print.ts): the entity's name and SITE_URL come from content and the build, and a
 * style attribute would need 'unsafe-inline' in the Content Security Policy.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/load-catalog';
import { toSitePrintCss } from '../lib/publishing/print';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  return new Response(toSitePrintCss({ entity: catalog.site.entidad, site }), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
