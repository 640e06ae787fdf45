/**
 * The editor's scripts, copied from the decap-cms package: only for a site that has an editor,
 * so a site without one publishes none of its 5 MB.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/load-catalog';
import { getEditorScripts, readEditorScript } from '../../data/editor-bundle';
import { getLocalEditorProxy } from '../../data/edit-links';
import { toEditorConfig } from '../../lib/editor/config';

export const getStaticPaths = (async () => {
  const site = await getSiteData();
  if (!site || !toEditorConfig({ site, localProxy: getLocalEditorProxy() })) return [];
  return getEditorScripts().map((file) => ({ params: { archivo: file.replace(/\.js$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readEditorScript(`${String(params.archivo)}.js`), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
