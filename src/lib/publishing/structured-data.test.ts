import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { siteSchema } from '../content/schemas';
import { getOrganizationId, toDataCatalog, toJsonLd, toOrganization } from './structured-data';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from '../testing/test-fixtures';

const SITE = 'https://participacion.example.gov.co';

function getPlan(options: { publicacion?: string; evidence?: boolean; errata?: string } = {}) {
  const { catalog } = toCatalog(
    toCatalogInput({
      plans: [
        toPlanEntry('2021', {
          titulo: 'Plan 2021',
          periodos: [
            { id: 'i-semestre', nombre: 'I', corte: '2021-06-30', ...(options.publicacion && { publicacion: options.publicacion }) },
            { id: 'ii-semestre', nombre: 'II', corte: '2021-12-31' },
          ],
        }),
      ],
      activities: [toActivityEntry('a', { tareas: [toTask('foro', '2021-05-31'), toTask('acta', '2021-09-30')] })],
      evidence:
        options.evidence === false
          ? []
          : [
              toEvidenceEntry('1', { tarea: 'foro', fecha: '2021-05-20', avance: 100 }),
              toEvidenceEntry('2', { tarea: 'acta', fecha: '2021-08-14', avance: 50 }),
            ],
      reports: [toReportEntry('i-semestre', options.errata ? { erratas: [{ fecha: options.errata, motivo: 'Se corrigió la fecha de un producto.', productos: {} }] } : {})],
    }),
  );
  return catalog.plans[0]!;
}

const siteData = siteSchema.parse({
  entidad: 'Entidad de prueba',
  lema: 'Al servicio de la ciudadanía',
  logo: { src: '/logo.svg', alt: 'Logo de la entidad' },
  contacto: { web: 'https://www.entidad.gov.co', correo: 'participacion@entidad.gov.co', telefono: '601 000 0000', direccion: 'Calle 1 # 2-3, Bogotá' },
});

describe('the entity that publishes the site', () => {
  test('is a GovernmentOrganization with one identifier for the whole site, its own web site, logo and contact', () => {
    expect(toOrganization(siteData, SITE)).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': `${SITE}/#entidad`,
      name: 'Entidad de prueba',
      url: 'https://www.entidad.gov.co/',
      logo: `${SITE}/logo.svg`,
      slogan: 'Al servicio de la ciudadanía',
      email: 'participacion@entidad.gov.co',
      telephone: '601 000 0000',
      address: { '@type': 'PostalAddress', streetAddress: 'Calle 1 # 2-3, Bogotá', addressCountry: 'CO' },
    });
  });

  test("takes the site's home page as its address when sitio.yaml names no web site", () => {
    const organization = toOrganization(siteSchema.parse({ entidad: 'Entidad' }), SITE);
    expect(organization).toEqual({ '@type': 'GovernmentOrganization', '@id': `${SITE}/#entidad`, name: 'Entidad', url: `${SITE}/` });
  });

  test('is a blank node without addresses of the site when the site has none (SITE_URL unset)', () => {
    const organization = toOrganization(siteData, undefined);
    expect(organization['@id']).toBe('_:entidad');
    expect(getOrganizationId(undefined)).toBe('_:entidad');
    expect(organization.logo).toBeUndefined();
    expect(organization.url).toBe('https://www.entidad.gov.co/');
  });
});

describe("a plan's data catalogue", () => {
  test('lists one dataset per reported period and one with the evidence, each with its CSV and JSON download', () => {
    const catalog = toDataCatalog(getPlan(), siteData, SITE);
    expect(catalog).toMatchObject({ '@type': 'DataCatalog', '@id': `${SITE}/2021/datos/#catalogo`, url: `${SITE}/2021/datos/`, inLanguage: 'es-CO' });
    expect(catalog.dataset.map((dataset) => dataset.distribution)).toEqual([
      [
        { '@type': 'DataDownload', name: 'Productos del I (CSV)', contentUrl: `${SITE}/2021/datos/productos-i-semestre.csv`, encodingFormat: 'text/csv' },
        { '@type': 'DataDownload', name: 'Productos y cifras del I (JSON)', contentUrl: `${SITE}/2021/datos/productos-i-semestre.json`, encodingFormat: 'application/json' },
      ],
      [
        { '@type': 'DataDownload', name: 'Todas las evidencias (CSV)', contentUrl: `${SITE}/2021/datos/evidencias.csv`, encodingFormat: 'text/csv' },
        { '@type': 'DataDownload', name: 'Todas las evidencias (JSON)', contentUrl: `${SITE}/2021/datos/evidencias.json`, encodingFormat: 'application/json' },
      ],
    ]);
    expect(catalog.dataset.map((dataset) => dataset.url)).toEqual([`${SITE}/2021/datos/#archivo-productos-i-semestre-csv`, `${SITE}/2021/datos/#archivo-evidencias-csv`]);
  });

  test('gives every dataset what Google Dataset Search asks for, even with the shortest names', () => {
    for (const dataset of toDataCatalog(getPlan(), siteData, SITE).dataset) {
      expect(dataset.name.length).toBeGreaterThan(0);
      expect(dataset.description.length).toBeGreaterThanOrEqual(50);
      expect(dataset.description.length).toBeLessThanOrEqual(5000);
      expect(dataset).toMatchObject({
        license: 'https://creativecommons.org/licenses/by/4.0/deed.es',
        creator: { '@id': `${SITE}/#entidad`, name: 'Entidad de prueba' },
        publisher: { '@id': `${SITE}/#entidad` },
        isAccessibleForFree: true,
        inLanguage: 'es-CO',
      });
      expect(dataset.keywords).toContain('2021');
      expect(dataset.temporalCoverage).toMatch(/^2021-01-01\/\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('dates a period by its cut-off and publication, and the evidence by its newest piece: never by the day of the build', () => {
    const [products, evidence] = toDataCatalog(getPlan(), siteData, SITE).dataset;
    expect(products).toMatchObject({ temporalCoverage: '2021-01-01/2021-06-30', dateModified: '2021-06-30' });
    expect(products!.datePublished).toBeUndefined();
    expect(evidence).toMatchObject({ temporalCoverage: '2021-01-01/2021-08-14', dateModified: '2021-08-14' });
    expect(evidence!.datePublished).toBeUndefined();
    const published = toDataCatalog(getPlan({ publicacion: '2021-07-15' }), siteData, SITE);
    expect(published.dataset[0]).toMatchObject({ datePublished: '2021-07-15', dateModified: '2021-07-15' });
    expect(published.dateModified).toBe('2021-08-14');
  });

  test('dates a corrected period by its latest fe de erratas, which rewrote its files', () => {
    const [products] = toDataCatalog(getPlan({ errata: '2021-09-02' }), siteData, SITE).dataset;
    expect(products).toMatchObject({ temporalCoverage: '2021-01-01/2021-06-30', dateModified: '2021-09-02' });
  });

  test('leaves out the date of a change the content does not record: a plan without evidence has none for its evidence', () => {
    const [products, evidence] = toDataCatalog(getPlan({ evidence: false }), siteData, SITE).dataset;
    expect(products!.dateModified).toBe('2021-06-30');
    expect(evidence!.dateModified).toBeUndefined();
    expect(evidence!.temporalCoverage).toBe('2021-01-01/2021-06-30');
  });

  test('names the columns each dataset holds as the variables it measures', () => {
    const [products, evidence] = toDataCatalog(getPlan(), siteData, SITE).dataset;
    expect(products!.variableMeasured).toContain('ejecucion');
    expect(evidence!.variableMeasured).toEqual(['plan', 'fecha', 'componente', 'dependencia', 'actividad', 'tarea_id', 'producto', 'avance', 'aplazada', 'nota', 'enlaces', 'personas', 'grupos_de_valor', 'aportes', 'aportes_respondidos', 'texto']);
  });

  test('carries no address without SITE_URL: no identifiers, pages or downloads that would resolve against the wrong page', () => {
    const catalog = toDataCatalog(getPlan(), siteData, undefined);
    expect(catalog['@id']).toBeUndefined();
    expect(catalog.url).toBeUndefined();
    expect(catalog.creator['@id']).toBe('_:entidad');
    for (const dataset of catalog.dataset) {
      expect(Object.keys(dataset)).not.toEqual(expect.arrayContaining(['@id']));
      expect(dataset.url).toBeUndefined();
      expect(dataset.distribution).toBeUndefined();
      expect(dataset.description.length).toBeGreaterThanOrEqual(50);
    }
  });

  test("publishes a licence that is a page of the site only with the site's address", () => {
    const local = siteSchema.parse({ entidad: 'Entidad', licencia: { nombre: 'Licencia de la entidad', url: '/licencia/' } });
    expect(toDataCatalog(getPlan(), local, SITE).dataset[0]!.license).toBe(`${SITE}/licencia/`);
    expect(toDataCatalog(getPlan(), local, undefined).dataset[0]!.license).toBeUndefined();
    expect(toDataCatalog(getPlan(), local, undefined).license).toBeUndefined();
  });
});

describe('toJsonLd', () => {
  test('writes a block with the schema.org context that no text of the content can end early', () => {
    const hostile = siteSchema.parse({ entidad: 'Entidad </script><script>alert(1)</script> <!-- & \u2028' });
    const text = toJsonLd(toOrganization(hostile, SITE));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toMatchObject({ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: hostile.entidad });
  });
});
