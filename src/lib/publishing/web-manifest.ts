/**
 * What a phone needs to add the site to its home screen: the icon set (PNG, drawn from the
 * same bar-chart icon as the favicon) and the web app manifest that names them.
 */
import { t } from '../i18n';
import { getIconPath } from '../site/routes';

/** The PNG icons the site publishes, by name: the home-screen sizes Android and iOS ask for. */
export const HOME_SCREEN_ICONS = [
  { name: 'icono-180', size: 180 },
  { name: 'icono-192', size: 192 },
  { name: 'icono-512', size: 512 },
] as const;

export type HomeScreenIcon = (typeof HOME_SCREEN_ICONS)[number];

/** The icon iOS shows on the home screen (apple-touch-icon). */
export const APPLE_TOUCH_ICON: HomeScreenIcon = HOME_SCREEN_ICONS[0];

interface ManifestOptions {
  entity: string;
  brand: string;
  /** Turns a site path into the address the site publishes it at (its base path included). */
  toHref: (path: string) => string;
}

/** The manifest (JSON) that names the site and its icons. */
export function toWebManifest({ entity, brand, toHref }: ManifestOptions): string {
  const manifest = {
    name: `${t.ui.siteTitle} · ${entity}`,
    short_name: t.share.shortName(entity),
    description: t.ui.homeIntro(entity),
    lang: t.locale,
    dir: 'ltr',
    start_url: toHref('/'),
    scope: toHref('/'),
    display: 'browser',
    background_color: '#ffffff',
    theme_color: brand,
    icons: HOME_SCREEN_ICONS.filter((icon) => icon !== APPLE_TOUCH_ICON).map((icon) => ({
      src: toHref(getIconPath(icon.name)),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
