/**
 * The card image of each page that owns figures (see src/lib/publishing/share.ts), shown when the page is
 * shared: /tarjetas/inicio.png, /tarjetas/2021.png, /tarjetas/2021/informes/i-semestre.png…
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getPageCacheKey } from '../../data/load-catalog';
import { renderShareCard } from '../../data/share-image';
import { getShareCards, toShareCardTree, type ShareCard } from '../../lib/publishing/share';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return Promise.all(
    getShareCards(catalog).map(async (card) => ({
      params: { tarjeta: card.name },
      props: { card },
      // The image is drawn from the card and the site's name and colour alone.
      cacheKey: await getPageCacheKey({}, { shareImage: card.path }),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const { site } = await getCatalog();
  const png = await renderShareCard(toShareCardTree(props.card, site.entidad, site.color));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
