import { describe, expect, test } from 'vitest';
import { getContrastRatio, isHexColor, isReadableOnWhite, SEMAPHORE_COLORS, toFaviconSvg, toThemeCss } from './color';

describe('brand colour checks', () => {
  test('accept only hexadecimal colours', () => {
    expect(isHexColor('#0b4f8a')).toBe(true);
    expect(isHexColor('#fff')).toBe(true);
    expect(isHexColor('azul')).toBe(false);
    expect(isHexColor('#12345')).toBe(false);
  });

  test('compute the WCAG contrast ratio', () => {
    expect(getContrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(getContrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(getContrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  test('accept a dark brand colour and reject one that white text cannot be read on', () => {
    expect(isReadableOnWhite('#0b4f8a')).toBe(true);
    expect(isReadableOnWhite('#f2b500')).toBe(false);
    expect(isReadableOnWhite('#767676')).toBe(false);
  });
});

describe('toThemeCss', () => {
  test('sets the brand colour with more weight than the default in global.css, and the semáforo colours', () => {
    const css = toThemeCss('#0b4f8a');
    expect(css).toMatch(/^html:root \{\n  --pp-color-brand: #0b4f8a;\n/);
    expect(css).toContain(`--pp-color-good: ${SEMAPHORE_COLORS.verde};`);
    expect(css).toContain(`--pp-color-warn: ${SEMAPHORE_COLORS.amarillo};`);
    expect(css).toContain(`--pp-color-bad: ${SEMAPHORE_COLORS.rojo};`);
  });

  test('gives every semáforo colour at least 5:1 on white, like the brand colour', () => {
    for (const color of Object.values(SEMAPHORE_COLORS)) expect(isReadableOnWhite(color)).toBe(true);
  });
});

describe('toFaviconSvg', () => {
  test('draws the icon in the brand colour, with white bars', () => {
    const svg = toFaviconSvg('#0b4f8a');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('fill="#0b4f8a"');
    expect(svg).toContain('stroke="#fff"');
  });

  test('draws a square icon for home screens, whose corners phones cut themselves', () => {
    expect(toFaviconSvg('#0b4f8a')).toContain('rx="6"');
    expect(toFaviconSvg('#0b4f8a', { rounded: false })).not.toContain('rx=');
  });
});
