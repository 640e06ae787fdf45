import { describe, expect, test } from 'vitest';
import { toHref } from '../site/routes';
import { APPLE_TOUCH_ICON, HOME_SCREEN_ICONS, toWebManifest } from './web-manifest';

describe('the web app manifest', () => {
  const read = (base: string) => JSON.parse(toWebManifest({ entity: 'ENTerritorio', brand: '#0b4f8a', toHref: (path) => toHref(path, base) }));

  test('names the site and the entity in Spanish, in the entity’s colour', () => {
    expect(read('/')).toMatchObject({
      name: 'Avance del Plan de Participación Ciudadana · ENTerritorio',
      short_name: 'ENTerritorio',
      lang: 'es-CO',
      theme_color: '#0b4f8a',
      start_url: '/',
    });
  });

  test('lists the 192 and 512 pixel PNG icons Android asks for, under the site’s base path', () => {
    const manifest = read('/participacion/');
    expect(manifest.start_url).toBe('/participacion/');
    expect(manifest.icons).toEqual([
      { src: '/participacion/iconos/icono-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/participacion/iconos/icono-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    ]);
  });

  test('keeps the 180 pixel icon for iOS, which reads it from the page, not the manifest', () => {
    expect(APPLE_TOUCH_ICON.size).toBe(180);
    expect(HOME_SCREEN_ICONS).toContain(APPLE_TOUCH_ICON);
  });
});
