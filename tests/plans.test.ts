import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { ROOT_SITE_URL } from './support/build-site';
import { getCrawlResult } from './support/crawl';
import { readPageText } from './support/read-page';

const plansSite = inject('plansSite');

describe('a site with two plans (the sample and a tiny 2022 fixture)', () => {
  test('builds, with every URL carrying its plan', () => {
    expect(plansSite.status, plansSite.output).toBe(0);
    for (const path of ['2021', '2022', '2022/actividades/rendicion-cuentas', '2022/informes/i-semestre', '2022/datos']) {
      expect(existsSync(join(plansSite.outDir, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(plansSite.outDir, '2022/datos/productos-i-semestre.csv'))).toBe(true);
  });

  test('lists both plans, newest first, each with its global progress', () => {
    const text = readPageText(plansSite.outDir, 'planes');
    const newer = text.indexOf('Plan de Participación Ciudadana 2022');
    const older = text.indexOf('Plan de Participación Ciudadana 2021');
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
    // 2022: one product of two executed by the cut-off, the other not started: (100 + 0) / 2.
    expect(text).toMatch(/Plan con el informe más reciente 50 ?% de avance global al 30 de junio de 2022/);
    expect(text.slice(older)).toMatch(/\d+ ?% de avance global al \d+ de \w+ de 2021/);
  });

  test('presents the current plan on the home page and links to the others', () => {
    const text = readPageText(plansSite.outDir, '');
    expect(text).toContain('Plan de Participación Ciudadana 2022 Ver los planes de otros años');
    expect(readFileSync(join(plansSite.outDir, 'index.html'), 'utf8')).toContain('href="/2022/informes/i-semestre/"');
  });

  test('has no broken internal link', () => {
    expect(getCrawlResult(plansSite.outDir, '/', ROOT_SITE_URL).broken).toEqual([]);
  });

  test('is only a fixture: the sample has a single plan', () => {
    expect(existsSync(join(inject('sampleSite').outDir, '2022'))).toBe(false);
  });
});
