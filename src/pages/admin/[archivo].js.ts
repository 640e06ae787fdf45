/**
 * The editor's scripts, copied from the decap-cms package: only for a site that has an editor,
 * so a site without one publishes none of its 5 MB.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEditorScripts, getEditorScript } from '../../data/editor-bundle';
import { getEditorConfig } from '../../data/edit-links';

export const getStaticPaths = (async () => {
  if (!(await getEditorConfig())) return [];
  return getEditorScripts().map((file) => ({ params: { archivo: file.replace(/\.js$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(getEditorScript(`${String(params.archivo)}.js`), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
