/** The site's icon as PNG at the home-screen sizes, drawn from the favicon in the entity's colour. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/load-catalog';
import { toPng } from '../../data/share-image';
import { toFaviconSvg } from '../../lib/site/color';
import { HOME_SCREEN_ICONS, type HomeScreenIcon } from '../../lib/publishing/web-manifest';

export const getStaticPaths = (() => HOME_SCREEN_ICONS.map((icon) => ({ params: { icono: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: HomeScreenIcon }> = async ({ props }) => {
  const { site } = await getCatalog();
  const png = await toPng(toFaviconSvg(site.color, { rounded: false }), props.icon.size);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
