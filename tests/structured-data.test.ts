/**
 * The structured data of the built sample site as a crawler and an open-data harvester read it:
 * the JSON-LD blocks of every page, expanded by a real JSON-LD processor (jsonld.js) against
 * schema.org's own context, and the published JSON files checked against their JSON Schemas.
 *
 * The context is served from tests/fixtures/schemaorg/schemaorgcontext.jsonld, so the test
 * runs offline: it is data/releases/30.0/schemaorgcontext.jsonld of schemaorg/schemaorg
 * (release 30.0 of 2026-03-19, commit cc71c8e064859e912aac8b11ec06e6bc53255b6a), the file
 * https://schema.org/ serves as its JSON-LD context. To update it, copy the newest release's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import jsonld, { type JsonLdDocument } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { describe, expect, inject, test } from 'vitest';
import { getToday } from '../src/data/read-content';
import { listPages } from './support/browser';
import { ROOT, ROOT_SITE_URL, SUB_PATH, type BuildResult } from './support/build-site';

const sample = inject('sampleSite');
const subPath = inject('subPathSite');

const CONTEXT_FILE = join(ROOT, 'tests/fixtures/schemaorg/schemaorgcontext.jsonld');
const context = JSON.parse(readFileSync(CONTEXT_FILE, 'utf8')) as { '@context': Record<string, unknown> };
/** The addresses a JSON-LD processor may ask for schema.org's context by. */
const CONTEXT_URLS = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/', 'https://schema.org/docs/jsonldcontext.jsonld']);
const SCHEMA_ORG = /^https?:\/\/schema\.org\//;

type Node = Record<string, unknown>;

/** Offline: schema.org's context from the fixture, and nothing else from the network. */
async function documentLoader(url: string): Promise<RemoteDocument> {
  if (!CONTEXT_URLS.has(url)) throw new Error(`The test loads no document from ${url}`);
  return { documentUrl: url, document: context as RemoteDocument['document'] };
}

async function expand(node: Node): Promise<Node[]> {
  return (await jsonld.expand(node as JsonLdDocument, { documentLoader })) as Node[];
}

function readPage(outDir: string, page: string): string {
  return readFileSync(join(outDir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
}

/** The text of every JSON-LD block of a page. */
function getBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

function getDataPages(outDir: string): string[] {
  return listPages(outDir).filter((page) => /^\/[^/]+\/datos\/$/.test(page));
}

function getCatalog(outDir: string, page: string): Node {
  const catalog = getBlocks(readPage(outDir, page))
    .map((block) => JSON.parse(block) as Node)
    .find((node) => node['@type'] === 'DataCatalog');
  if (!catalog) throw new Error(`${page} has no DataCatalog`);
  return catalog;
}

function getDatasets(catalog: Node): Node[] {
  return catalog.dataset as Node[];
}

/** Every key of a node and of the nodes inside it, as often as it occurs. */
function getKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(getKeys);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...getKeys(inner)]);
}

/** The local file a published address stands for, in a build of `siteRoot`. */
function toBuiltFile(build: BuildResult, siteRoot: string, url: string): string {
  expect(url.startsWith(siteRoot), url).toBe(true);
  return join(build.outDir, url.slice(siteRoot.length));
}

/** Every date the sample's content states, and the bounds of its plans' years. */
function getContentDates(build: BuildResult): Set<string> {
  const dates = new Set<string>();
  for (const name of readdirSync(join(ROOT, build.contentDir), { recursive: true }).map(String)) {
    const path = join(ROOT, build.contentDir, name);
    if (!/\.(ya?ml|mdx)$/.test(name)) continue;
    const text = readFileSync(path, 'utf8');
    for (const [date] of text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) dates.add(date);
    for (const [, year] of text.matchAll(/^anio: (\d{4})$/gm)) dates.add(`${year}-01-01`).add(`${year}-12-31`);
  }
  return dates;
}

describe('structured data on every page of the sample site', () => {
  const pages = listPages(sample.outDir);

  test('there are pages to read, the data page included', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/2021/datos/']));
  });

  test.each(pages)('%s has exactly one organization block, and every block is JSON that names schema.org', (page) => {
    const nodes = getBlocks(readPage(sample.outDir, page)).map((block) => JSON.parse(block) as Node);
    expect(nodes.every((node) => node['@context'] === 'https://schema.org')).toBe(true);
    const organizations = nodes.filter((node) => node['@type'] === 'GovernmentOrganization');
    expect(organizations).toEqual([
      { '@context': 'https://schema.org', '@type': 'GovernmentOrganization', '@id': `${ROOT_SITE_URL}/#entidad`, name: 'ENTerritorio', url: 'https://www.enterritorio.gov.co/', slogan: 'Somos el aliado técnico que transforma vidas' },
    ]);
  });

  test('names the entity by one identifier on the sub-path build too, under its base', () => {
    const html = readPage(subPath.outDir, '/');
    const [organization] = getBlocks(html).map((block) => JSON.parse(block) as Node);
    expect(organization!['@id']).toBe(`${SUB_PATH.SITE_URL}${SUB_PATH.BASE_PATH}#entidad`);
  });
});

describe("the data page's catalogue, as Google Dataset Search and a DCAT harvester read it", () => {
  const dataPages = getDataPages(sample.outDir);

  test('every plan of the sample has a data page with a DataCatalog of its datasets', () => {
    expect(dataPages).toEqual(['/2021/datos/']);
    const catalog = getCatalog(sample.outDir, '/2021/datos/');
    expect(catalog).toMatchObject({ '@id': `${ROOT_SITE_URL}/2021/datos/#catalogo`, url: `${ROOT_SITE_URL}/2021/datos/`, publisher: { '@id': `${ROOT_SITE_URL}/#entidad` } });
    expect(getDatasets(catalog).map((dataset) => dataset.name)).toEqual([
      'Productos del I semestre del Plan de Participación Ciudadana 2021',
      'Evidencias del Plan de Participación Ciudadana 2021',
    ]);
  });

  test.each(dataPages)('%s: each dataset has what Google requires and recommends', (page) => {
    for (const dataset of getDatasets(getCatalog(sample.outDir, page))) {
      expect(dataset['@type']).toBe('Dataset');
      expect(typeof dataset.name).toBe('string');
      expect((dataset.description as string).length).toBeGreaterThanOrEqual(50);
      expect((dataset.description as string).length).toBeLessThanOrEqual(5000);
      expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/deed.es');
      for (const role of ['creator', 'publisher']) expect(dataset[role]).toEqual({ '@type': 'GovernmentOrganization', '@id': `${ROOT_SITE_URL}/#entidad`, name: 'ENTerritorio' });
      expect(dataset.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
      expect(dataset).toMatchObject({ isAccessibleForFree: true, inLanguage: 'es-CO', url: expect.stringMatching(`^${ROOT_SITE_URL}${page}#archivo-`) });
      expect((dataset.keywords as string[]).length).toBeGreaterThan(0);
      const distribution = dataset.distribution as Node[];
      expect(distribution.map((download) => download.encodingFormat)).toEqual(['text/csv', 'application/json']);
      for (const download of distribution) {
        expect(download['@type']).toBe('DataDownload');
        expect(existsSync(toBuiltFile(sample, `${ROOT_SITE_URL}/`, download.contentUrl as string)), String(download.contentUrl)).toBe(true);
      }
    }
  });

  test.each(dataPages)('%s: each dataset has what a DCAT harvester maps (title, description, publisher, download URL, media type, licence, temporal, modified)', (page) => {
    for (const dataset of getDatasets(getCatalog(sample.outDir, page))) {
      const [start, end] = (dataset.temporalCoverage as string).split('/');
      expect(start! <= end!).toBe(true);
      expect(dataset.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((dataset.publisher as Node).name).toBe('ENTerritorio');
      expect(URL.canParse(dataset.license as string)).toBe(true);
      for (const download of dataset.distribution as Node[]) {
        expect(new URL(download.contentUrl as string).protocol).toBe('https:');
        expect(download.encodingFormat).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      }
    }
  });

  test('the sub-path build points every download at a file it published, under its base', () => {
    for (const page of getDataPages(subPath.outDir)) {
      for (const dataset of getDatasets(getCatalog(subPath.outDir, page))) {
        for (const download of dataset.distribution as Node[]) {
          expect(existsSync(toBuiltFile(subPath, `${SUB_PATH.SITE_URL}${SUB_PATH.BASE_PATH}`, download.contentUrl as string))).toBe(true);
        }
      }
    }
  });

  test('dates come from the content, never from the day of the build', () => {
    const contentDates = getContentDates(sample);
    const today = getToday();
    for (const page of dataPages) {
      const catalog = getCatalog(sample.outDir, page);
      const nodes = [catalog, ...getDatasets(catalog)];
      const dates = nodes.flatMap((node) => [node.dateModified, node.datePublished, ...String(node.temporalCoverage ?? '').split('/')]).filter((date): date is string => typeof date === 'string' && date !== '');
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.filter((date) => !contentDates.has(date))).toEqual([]);
      expect(dates.filter((date) => date === today && !contentDates.has(today))).toEqual([]);
    }
    expect(getDatasets(getCatalog(sample.outDir, '/2021/datos/')).map((dataset) => [dataset.temporalCoverage, dataset.dateModified])).toEqual([
      ['2021-01-01/2021-06-30', '2021-06-30'],
      ['2021-01-01/2021-06-30', '2021-06-30'],
    ]);
  });
});

describe("JSON-LD expanded by a JSON-LD processor with schema.org's context", () => {
  const terms = new Set(Object.keys(context['@context']));
  const pages = ['/', '/404.html', ...getDataPages(sample.outDir)];

  test.each(pages)('%s: expansion keeps every property, each a term schema.org defines, and every type', async (page) => {
    for (const block of getBlocks(readPage(sample.outDir, page))) {
      const node = JSON.parse(block) as Node;
      const { '@context': _context, ...data } = node;
      const expanded = await expand(node);
      const properties = getKeys(data).filter((key) => !key.startsWith('@'));
      // @vocab would turn any word into a schema.org address: a term must be one the context defines.
      expect(properties.filter((key) => !terms.has(key))).toEqual([]);
      const expandedProperties = getKeys(expanded).filter((key) => !key.startsWith('@'));
      expect(expandedProperties.filter((iri) => !SCHEMA_ORG.test(iri))).toEqual([]);
      expect(expandedProperties.map((iri) => iri.replace(SCHEMA_ORG, '')).sort()).toEqual(properties.sort());
      const types = JSON.stringify(expanded).match(/"@type":\["[^"]+"\]/g) ?? [];
      expect(types.length).toBe(getKeys(data).filter((key) => key === '@type').length);
      expect(types.filter((type) => !/"https?:\/\/schema\.org\/(GovernmentOrganization|DataCatalog|Dataset|DataDownload|PostalAddress)"/.test(type))).toEqual([]);
    }
  });

  test("expands the data page's addresses to IRIs, and its dates to typed dates", async () => {
    const [expanded] = await expand(getCatalog(sample.outDir, '/2021/datos/'));
    const datasets = expanded!['http://schema.org/dataset'] as Node[];
    const [products] = datasets;
    const distribution = products!['http://schema.org/distribution'] as Node[];
    expect(distribution[0]!['http://schema.org/contentUrl']).toEqual([{ '@id': `${ROOT_SITE_URL}/2021/datos/productos-i-semestre.csv` }]);
    expect(products!['http://schema.org/license']).toEqual([{ '@id': 'https://creativecommons.org/licenses/by/4.0/deed.es' }]);
    expect(products!['http://schema.org/dateModified']).toEqual([{ '@type': 'http://schema.org/Date', '@value': '2021-06-30' }]);
    expect(products!['http://schema.org/publisher']).toEqual([
      { '@id': `${ROOT_SITE_URL}/#entidad`, '@type': ['http://schema.org/GovernmentOrganization'], 'http://schema.org/name': [{ '@value': 'ENTerritorio' }] },
    ]);
  });
});

describe('the published JSON files, checked against their JSON Schemas by ajv', () => {
  test.each(getDataPages(sample.outDir))('%s: each schema compiles in strict mode, and each JSON file validates against the schema it names', (page) => {
    const dir = join(sample.outDir, page);
    const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
    const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
    const schemas = names.filter((name) => name.startsWith('esquema-'));
    expect(schemas.sort()).toEqual(['esquema-evidencias.json', 'esquema-productos.json']);
    for (const name of schemas) {
      const schema = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Node;
      expect(schema.$id).toBe(`${ROOT_SITE_URL}${page}${name}`);
      expect(typeof schema.title).toBe('string');
      expect(typeof schema.description).toBe('string');
      ajv.addSchema(schema);
    }
    const dataFiles = names.filter((name) => !name.startsWith('esquema-'));
    expect(dataFiles.length).toBeGreaterThanOrEqual(2);
    for (const name of dataFiles) {
      const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Node;
      const validate = ajv.getSchema(data.$schema as string);
      expect(validate, `${name} names ${String(data.$schema)}`).toBeDefined();
      expect(validate!(data), `${name}: ${JSON.stringify(validate!.errors)}`).toBe(true);
    }
  });
});
