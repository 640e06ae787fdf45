import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { getComponentFeed, getFeed, getFeedItems, toRobotsTxt, toSitemapXml } from './discovery';
import { siteSchema } from '../content/schemas';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toTask } from '../testing/test-fixtures';

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

describe('getFeed', () => {
  const markup = '<img src=x onerror=alert(1)> <b>negrita</b> </description> ]]> & &amp; "comillas"';
  const activity = toActivityEntry('foro', { nombre: markup, tareas: [toTask('convocar', '2021-06-01', { producto: `Producto ${markup}` })] });
  // Control characters that XML cannot carry, put past the schemas: the feed must hold whatever validation lets through.
  activity.data.tareas[0]!.producto = `Producto ${markup}\u0001`;
  const { catalog: hostile } = toCatalog(
    toCatalogInput({
      site: { ...siteSchema.parse({ entidad: 'Entidad' }), entidad: `Entidad ${markup}\u000b` },
      activities: [activity],
      evidence: [
        {
          ...toEvidenceEntry('2021-05-01-convocar', { tarea: 'convocar', fecha: '2021-05-01', avance: 50, nota: `Nota ${markup}` }),
          body: 'Se hizo \\<img src=x onerror=alert(2)> y &lt;script&gt;alert(3)&lt;/script&gt;.',
        },
      ],
    }),
  );

  /** What an HTML reader makes of entity-escaped text. */
  function toHtmlDecoded(html: string): string {
    return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  }

  test('gives feed readers every text as text, never as markup, however they read the field', async () => {
    const xml = await getRssString(getFeed(hostile, 'https://participacion.example.gov.co/'));
    // A character XML cannot carry makes a reader refuse the whole feed.
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    const { channel } = new XMLParser({ parseTagValue: false }).parse(xml).rss;
    const texts: string[] = [channel.title, channel.description, channel.item.title, channel.item.description];
    // Read as HTML, a text without "<" holds no element, comment or CDATA section.
    for (const text of texts) expect(text).not.toContain('<');
    expect(toHtmlDecoded(channel.title)).toContain(`Entidad ${markup}`);
    expect(toHtmlDecoded(channel.item.title)).toBe(`1 de mayo de 2021: Producto ${markup}`);
    expect(toHtmlDecoded(channel.item.description)).toBe(
      `Se hizo <img src=x onerror=alert(2)> y <script>alert(3)</script>.\n\nEjecución registrada: 50%.\n\nNota ${markup}`,
    );
  });

  test('names its own address and dates its last change by the newest evidence, never by the build', async () => {
    const xml = await getRssString(getFeed(catalog, 'https://participacion.example.gov.co/'));
    const { channel } = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml).rss;
    expect(channel['atom:link']).toMatchObject({ '@_href': 'https://participacion.example.gov.co/evidencias.xml', '@_rel': 'self', '@_type': 'application/rss+xml' });
    // Noon UTC of the newest evidence's day (2021-06-15), as its pubDate: the same day everywhere.
    expect(channel.lastBuildDate).toBe('Tue, 15 Jun 2021 12:00:00 GMT');
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
  });

  test('keeps plain titles and descriptions as they are', () => {
    const feed = getFeed(catalog, 'https://participacion.example.gov.co/');
    expect(feed.title).toBe('Nuevas evidencias del plan de participación · Entidad de prueba');
    expect(feed.items).toContainEqual(
      expect.objectContaining({
        title: '15 de junio de 2021: Convocatoria publicada',
        description: 'Ejecución registrada: 100%.\n\nSe cerró antes de lo previsto.',
      }),
    );
  });
});

describe('getComponentFeed', () => {
  const { catalog: twoComponents } = toCatalog(
    toCatalogInput({
      activities: [
        toActivityEntry('foro', { tareas: [toTask('convocar', '2021-06-01')] }),
        toActivityEntry('informe', { componente: 'seguimiento', tareas: [toTask('publicar', '2021-06-30')] }),
      ],
      evidence: [
        toEvidenceEntry('2021-05-01-convocar', { tarea: 'convocar', fecha: '2021-05-01', avance: 50 }),
        toEvidenceEntry('2021-06-30-publicar', { tarea: 'publicar', fecha: '2021-06-30', avance: 20 }),
      ],
    }),
  );
  const [dialogo, seguimiento] = twoComponents.plans[0]!.components;

  test('carries only the evidence of its component, and names its own address and the component\'s page', async () => {
    const feed = getComponentFeed(dialogo!, 'Entidad de prueba', 'https://participacion.example.gov.co/');
    expect(feed.title).toBe('Nuevas evidencias del componente «Diálogo» · Entidad de prueba');
    expect(feed.site).toBe('https://participacion.example.gov.co/2021/componentes/dialogo/');
    expect(feed.items).toEqual([expect.objectContaining({ link: 'https://participacion.example.gov.co/2021/actividades/foro/#evidencia-2021-2021-05-01-convocar' })]);
    const { channel } = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(await getRssString(feed)).rss;
    expect(channel['atom:link']['@_href']).toBe('https://participacion.example.gov.co/2021/componentes/dialogo/evidencias.xml');
  });

  test('is still a valid feed, without items, for a component with no evidence yet', async () => {
    const { catalog: empty } = toCatalog(toCatalogInput());
    const feed = getComponentFeed(empty.plans[0]!.components[0]!, 'Entidad de prueba', 'https://participacion.example.gov.co/');
    expect(feed.items).toEqual([]);
    expect(await getRssString(feed)).not.toContain('lastBuildDate');
    expect(getComponentFeed(seguimiento!, 'Entidad de prueba', 'https://participacion.example.gov.co/').items).toHaveLength(1);
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
