/**
 * Colour checks for the entity's brand colour: it is used for the header background behind
 * white text and for links on light backgrounds, so it must keep WCAG AA contrast there.
 */

/** True for #rgb or #rrggbb. */
export function isHexColor(value: string): boolean {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);
}

function toChannels(hex: string): [number, number, number] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance as WCAG 2 defines it. */
function getLuminance(hex: string): number {
  const [r, g, b] = toChannels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function getContrastRatio(a: string, b: string): number {
  const [light, dark] = [getLuminance(a), getLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The brand colour must reach 5:1 against white: 4.5:1 is the AA minimum for text, and the
 * margin keeps it above 4.5:1 on the light grey panels too.
 */
export const MIN_BRAND_CONTRAST = 5;

export function isReadableOnWhite(hex: string): boolean {
  return isHexColor(hex) && getContrastRatio(hex, '#ffffff') >= MIN_BRAND_CONTRAST;
}

/**
 * The semáforo's colours: the progress bars, the figure cards and the shared cards use them,
 * always beside the band's word. Each reaches 5:1 on white, like the brand colour.
 */
export const SEMAPHORE_COLORS = { rojo: '#a12622', amarillo: '#8a5a00', verde: '#1d6b32' } as const;

/**
 * The stylesheet that gives the site the entity's colour and the semáforo's. `html:root`
 * outweighs the defaults in global.css whatever order the two stylesheets load in.
 */
export function toThemeCss(brand: string): string {
  return [
    'html:root {',
    `  --pp-color-brand: ${brand};`,
    `  --pp-color-good: ${SEMAPHORE_COLORS.verde};`,
    `  --pp-color-warn: ${SEMAPHORE_COLORS.amarillo};`,
    `  --pp-color-bad: ${SEMAPHORE_COLORS.rojo};`,
    '}',
    '',
  ].join('\n');
}

/**
 * The site's icon, in the entity's colour: a bar chart, the site's subject. Home-screen icons
 * are square (`rounded: false`): phones cut their own corners, and paint transparent ones black.
 */
export function toFaviconSvg(brand: string, { rounded = true }: { rounded?: boolean } = {}): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"${rounded ? ' rx="6"' : ''} fill="${brand}"/><path d="M8 22V12M14 22V8M20 22v-6M26 22V10" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>\n`;
}
