import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getPlanCacheKey } from '../../../data/load-catalog';
import { getDataFiles, type DataFile } from '../../../lib/publishing/open-data';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return Promise.all(
    catalog.plans.flatMap((plan) =>
      getDataFiles(plan).map(async (file) => ({ params: { plan: plan.id, archivo: file.name }, props: { file }, cacheKey: await getPlanCacheKey(plan) })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
  new Response(props.file.content, { headers: { 'Content-Type': props.file.mediaType } });
