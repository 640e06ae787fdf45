/**
 * Draws the shared-card images and the home-screen icons at build time, on the machine that
 * builds: Satori lays the card out with the typeface's files from npm, resvg (WebAssembly, so
 * no platform binary is needed) turns it into a PNG. Nothing is fetched, and no font reaches
 * the published site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { CARD_FONT, SHARE_CARD_SIZE, type CardElement } from '../lib/publishing/share';

const require = createRequire(join(process.cwd(), 'package.json'));

// Latin covers Spanish; latin-ext the names of other languages an editor may write.
const FONT_FILES = ['latin', 'latin-ext'].flatMap((subset) =>
  ([400, 800] as const).map((weight) => ({ subset, weight })),
);

let ready: Promise<void> | undefined;

function getRenderer(): Promise<void> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;

function getFonts(): Parameters<typeof satori>[1]['fonts'] {
  fonts ??= FONT_FILES.map(({ subset, weight }) => ({
    name: CARD_FONT,
    data: readFileSync(require.resolve(`@fontsource/public-sans/files/public-sans-${subset}-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** An SVG drawn at `width` pixels wide, as a PNG. */
export async function toPng(svg: string, width: number): Promise<Uint8Array<ArrayBuffer>> {
  await getRenderer();
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  try {
    // A copy backed by its own ArrayBuffer, which Response takes (WebAssembly memory is not one).
    return new Uint8Array(image.render().asPng());
  } finally {
    image.free();
  }
}

/** A card's drawing (see toShareCardTree) as a PNG of SHARE_CARD_SIZE. */
export async function renderShareCard(tree: CardElement): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...SHARE_CARD_SIZE, fonts: getFonts() });
  return toPng(svg, SHARE_CARD_SIZE.width);
}
