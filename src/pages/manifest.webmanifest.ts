/** The web app manifest: the site's name and icons for a phone's home screen. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/load-catalog';
import { toHref } from '../lib/site/routes';
import { toWebManifest } from '../lib/publishing/web-manifest';

export const GET: APIRoute = async () => {
  const { site } = await getCatalog();
  return new Response(toWebManifest({ entity: site.entidad, brand: site.color, toHref: (path) => toHref(path) }), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
