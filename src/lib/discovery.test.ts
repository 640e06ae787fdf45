import { describe, expect, test } from 'vitest';
import { toCatalog } from './catalog';
import { getFeedItems, toRobotsTxt, toSitemapXml } from './discovery';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toTask } from './test-fixtures';

const { catalog } = toCatalog(
  toCatalogInput({
    activities: [toActivityEntry('foro', { tareas: [toTask('convocar', '2021-06-01', { producto: 'Convocatoria publicada' })] })],
    evidence: [
      toEvidenceEntry('2021-05-01-b', { tarea: 'convocar', fecha: '2021-05-01', avance: 50 }),
      toEvidenceEntry('2021-05-01-a', { tarea: 'convocar', fecha: '2021-05-01', avance: 40 }),
      toEvidenceEntry('2021-06-15-convocar', {
        tarea: 'convocar',
        fecha: '2021-06-15',
        avance: 100,
        nota: 'Se cerró antes de lo previsto.',
        enlaces: [{ url: 'https://example.gov.co/convocatoria', texto: 'Convocatoria', tipo: 'web' }],
      }),
    ],
  }),
);

describe('getFeedItems', () => {
  test('lists the newest evidence first, and same-day evidence always in the same order', () => {
    expect(getFeedItems(catalog).map((item) => item.id)).toEqual(['2021/2021-06-15-convocar', '2021/2021-05-01-a', '2021/2021-05-01-b']);
  });

  test('titles each item with its date and product, and points to the evidence on its activity page', () => {
    const [item] = getFeedItems(catalog);
    expect(item).toMatchObject({
      title: '15 de junio de 2021: Convocatoria publicada',
      path: '/2021/actividades/foro/#evidencia-2021-2021-06-15-convocar',
      date: '2021-06-15',
    });
    expect(item?.description).toContain('Ejecución registrada: 100');
    expect(item?.description).toContain('Se cerró antes de lo previsto.');
  });

  test('keeps only the newest ones', () => {
    expect(getFeedItems(catalog, 1)).toHaveLength(1);
  });
});

describe('toSitemapXml', () => {
  test('lists the addresses sorted and escaped', () => {
    expect(toSitemapXml(['https://a.gov.co/b/', 'https://a.gov.co/?x=1&y=2'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://a.gov.co/?x=1&amp;y=2</loc></url>',
        '  <url><loc>https://a.gov.co/b/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});

describe('toRobotsTxt', () => {
  test('allows everything and names the sitemap when there is one', () => {
    expect(toRobotsTxt('https://a.gov.co/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://a.gov.co/sitemap.xml\n');
    expect(toRobotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
