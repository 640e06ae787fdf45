/**
 * The entity's colour from content/sitio.yaml, as a stylesheet: a style attribute would need
 * 'unsafe-inline' in the Content Security Policy.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/load-catalog';
import { toThemeCss } from '../lib/site/color';

export const GET: APIRoute = async () => {
  const { site } = await getCatalog();
  return new Response(toThemeCss(site.color), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
