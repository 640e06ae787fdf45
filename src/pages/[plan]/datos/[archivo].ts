import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/load-catalog';
import { getDataFiles, type DataFile } from '../../../lib/publishing/open-data';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.plans.flatMap((plan) =>
    getDataFiles(plan).map((file) => ({ params: { plan: plan.id, archivo: file.name }, props: { file } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
  new Response(props.file.content, { headers: { 'Content-Type': props.file.mediaType } });
