import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  FEED_NAME,
  getActivityPath,
  getComponentFeedPath,
  getEvidencePath,
  getReportPath,
  getReportsPath,
  getSearchIndexPath,
  getUnitEvidencePath,
  getUnitPath,
  getUnitsPath,
  isReservedId,
  toHref,
  toLinkHref,
  toUnitEvidenceRouteParam,
} from './routes';

describe('internal links', () => {
  test('are prefixed with the base path the site is served from', () => {
    expect(toHref('/2021/informes/i-semestre/', '/participacion/')).toBe('/participacion/2021/informes/i-semestre/');
    expect(toHref('/', '/participacion')).toBe('/participacion/');
    expect(toHref('/2021/', '/')).toBe('/2021/');
  });

  test('use the base Astro was built with by default', () => {
    expect(toHref('/')).toBe(import.meta.env.BASE_URL);
  });

  test('give editors\' site paths the base and leave web addresses alone', () => {
    expect(toLinkHref('/documentos/2021/informe.txt', '/participacion/')).toBe('/participacion/documentos/2021/informe.txt');
    expect(toLinkHref('https://www.youtube.com/watch?v=hUYCEN1ylVY', '/participacion/')).toBe(
      'https://www.youtube.com/watch?v=hUYCEN1ylVY',
    );
  });

  test('give every report and activity a directory address that works on any static host', () => {
    expect(getReportPath('2021', 'i-semestre')).toBe('/2021/informes/i-semestre/');
    expect(getReportsPath('2021')).toBe('/2021/informes/');
    expect(getActivityPath('2021', 'espacio-virtual')).toBe('/2021/actividades/espacio-virtual/');
  });

  test('give every filter and page of the evidence list its own address', () => {
    expect(getEvidencePath('2021')).toBe('/2021/evidencias/');
    expect(getEvidencePath('2021', 'dialogo')).toBe('/2021/evidencias/dialogo/');
    expect(getEvidencePath('2021', undefined, 'vencida')).toBe('/2021/evidencias/todos/vencida/');
    expect(getEvidencePath('2021', 'dialogo', 'vencida', 1)).toBe('/2021/evidencias/dialogo/vencida/');
    expect(getEvidencePath('2021', undefined, undefined, 3)).toBe('/2021/evidencias/pagina/3/');
    expect(getEvidencePath('2021', 'dialogo', 'cumplida', 2)).toBe('/2021/evidencias/dialogo/cumplida/pagina/2/');
  });
});

test('give the units, each unit\'s pages of evidence and each component\'s feed their own address', () => {
  expect(getUnitsPath('2021')).toBe('/2021/dependencias/');
  expect(getUnitPath('2021', 'comunicaciones')).toBe('/2021/dependencias/comunicaciones/');
  expect(getUnitEvidencePath('2021', 'comunicaciones')).toBe('/2021/dependencias/comunicaciones/evidencias/');
  expect(getUnitEvidencePath('2021', 'comunicaciones', 2)).toBe('/2021/dependencias/comunicaciones/evidencias/pagina/2/');
  expect(toUnitEvidenceRouteParam(getUnitEvidencePath('2021', 'comunicaciones', 2))).toBe('pagina/2');
  expect(toUnitEvidenceRouteParam(getUnitEvidencePath('2021', 'comunicaciones'))).toBeUndefined();
  expect(getComponentFeedPath('2021', 'dialogo')).toBe('/2021/componentes/dialogo/evidencias.xml');
});

test('put the site\'s search index beside Pagefind\'s script and each plan\'s index in a folder of its own inside it', () => {
  expect(getSearchIndexPath()).toBe('/pagefind/');
  expect(getSearchIndexPath('2021')).toBe('/pagefind/planes/2021/');
  expect(toHref(getSearchIndexPath('2021'), '/participacion/')).toBe('/participacion/pagefind/planes/2021/');
});

describe('reserved ids', () => {
  // The first segment of each page's address: buscar.astro, favicon.svg.ts, [plan]/informes/…
  const toSegments = (folder: string) =>
    readdirSync(new URL(`../../pages/${folder}`, import.meta.url)).flatMap((name) => (name.startsWith('[') ? [] : [name.split('.')[0] ?? name]));

  test('hold every page and file of the site, so that no plan id can take its address', () => {
    expect(toSegments('').filter((segment) => !isReservedId(segment))).toEqual([]);
    expect(isReservedId(FEED_NAME)).toBe(true);
  });

  test('hold every page of a plan and the words of the evidence lists, so that no component or activity id can take their address', () => {
    expect(toSegments('[plan]').filter((segment) => !isReservedId(segment))).toEqual([]);
    expect(['todos', 'pagina'].filter((segment) => !isReservedId(segment))).toEqual([]);
  });

  test('leave ordinary ids free', () => {
    expect(['2021', 'dialogo', 'foro-jovenes', 'i-semestre'].filter(isReservedId)).toEqual([]);
  });
});
