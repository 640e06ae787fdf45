import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from './support/browser';

const served = useServedSite(inject('sampleSite').outDir);

describe('a citizen on a phone', () => {
  test('goes from a figure on the home page to its products, an activity and the proof, in few clicks', async () => {
    const context = await served.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.url}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Plan de Participación Ciudadana 2021');

    await page.getByRole('link', { name: 'Ver los 5 productos que cuenta' }).click();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/2021/informes/i-semestre/#cronograma');
    const card = page.locator('#cronograma ~ ol > li', { hasText: 'Elaborar un (1) video' });
    await expect(card.getByText('Cumplida').count()).resolves.toBe(1);

    await card.getByRole('link', { name: /Generar espacio virtual/ }).click();
    expect(new URL(page.url()).pathname).toBe('/2021/actividades/espacio-virtual/');
    const proof = page.getByRole('link', { name: 'Video de ENTerritorio en YouTube' });
    await expect(proof.getAttribute('href')).resolves.toBe('https://www.youtube.com/watch?v=hUYCEN1ylVY');
    await context.close();
  });

  test('filters the evidence by component and by state without JavaScript', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.url}/2021/evidencias/`);
    await expect(page.getByText('Se encontraron 5 evidencias.').count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Desarrollo de espacios de diálogo (3)' }).click();
    await page.getByRole('link', { name: 'Aplazada (1)' }).click();
    expect(new URL(page.url()).pathname).toBe('/2021/evidencias/dialogo/aplazada/');
    await expect(page.getByText('Se encontró 1 evidencia.').count()).resolves.toBe(1);
    await expect(page.locator('h2', { hasText: 'Evidencia del 30 de junio de 2021' }).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('a citizen using only the keyboard', () => {
  test('skips to the content and sees where the focus is', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.url}/2021/informes/i-semestre/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('contenido');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return {
        insideMain: element.closest('main') !== null,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    expect(focused).toEqual({ insideMain: true, outline: true });
    await context.close();
  });
});
