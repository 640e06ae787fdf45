/**
 * The site's icon in the entity's colour, generated like tema.css: public/ holds only what
 * editors publish, so a fixture or another entity brings no copy of the site's own files.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/load-catalog';
import { toFaviconSvg } from '../lib/site/color';

export const GET: APIRoute = async () => {
  const { site } = await getCatalog();
  return new Response(toFaviconSvg(site.color), { headers: { 'Content-Type': 'image/svg+xml' } });
};
