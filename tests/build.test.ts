import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { t } from '../src/lib/i18n';
import { parseCsv } from '../src/lib/publishing/open-data';
import { BROKEN_CONTENT, SUB_PATH } from './support/build-site';
import { getCrawlResult } from './support/crawl';
import { readPage, toText } from './support/read-page';

const site = inject('sampleSite');

describe('the site built from the sample (the seed report as published)', () => {
  test('shows the period report with the figures computed at build time', () => {
    const text = toText(readPage(site.outDir, '2021/informes/i-semestre'));
    expect(text).toMatch(/80 ?% de ejecución del I semestre/);
    expect(text).toMatch(/26 ?% de avance global del plan/);
    expect(text).toContain('4 de 5 productos programados hasta el 30 de junio de 2021 se ejecutaron.');
    expect(text).toContain('En todo el plan 15');
    expect(text).toContain('Objetivo de este informe');
  });

  test('shows the latest period figures on the home page, in Spanish (Colombia)', () => {
    const html = readPage(site.outDir, '');
    expect(html).toContain('<html lang="es-CO"');
    expect(toText(html)).toMatch(/80 ?% de ejecución del I semestre .* 26 ?% de avance global del plan/);
    expect(html).toContain('href="/2021/informes/i-semestre/"');
  });

  test('publishes one page per activity, with its evidence links', () => {
    const html = readPage(site.outDir, '2021/actividades/espacio-virtual');
    expect(toText(html)).toContain('Generar espacio virtual para la interacción de la ciudadanía');
    expect(html).toContain('href="https://www.youtube.com/watch?v=hUYCEN1ylVY"');
  });

  test('shows the example marker wherever a second-semester example product appears', () => {
    const report = toText(readPage(site.outDir, '2021/informes/i-semestre'));
    expect(report.match(/Dato de ejemplo/g)).toHaveLength(10);
    expect(toText(readPage(site.outDir, '2021/actividades/seguimiento-evaluacion'))).toContain('Dato de ejemplo');
    expect(toText(readPage(site.outDir, '2021/actividades/espacio-virtual'))).not.toContain('Dato de ejemplo');
  });

  test('serves every internal link under BASE_PATH', () => {
    const subPathSite = inject('subPathSite');
    expect(subPathSite.status).toBe(0);
    const html = readPage(subPathSite.outDir, '2021/informes/i-semestre');
    const internal = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]);
    expect(internal.length).toBeGreaterThan(5);
    expect(internal.filter((href) => !href?.startsWith('/participacion/'))).toEqual([]);
  });
});

describe('a build from content with a mistake', () => {
  const broken = inject('brokenSites');

  test('stops when a date does not exist, naming the file, the line, the field and the value', () => {
    const { status, output, contentDir } = broken.impossibleDate;
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${contentDir}/${BROKEN_CONTENT.impossibleDate.file}, línea 4, campo \`fecha\`: "2021-13-45" no es válido; debe ser una fecha real`,
    );
  });

  test('stops when evidence points to a task that does not exist, listing the valid ones', () => {
    const { status, output, contentDir } = broken.unknownTask;
    expect(status).not.toBe(0);
    expect(output).toContain(`${contentDir}/${BROKEN_CONTENT.unknownTask.file}, línea 3, campo \`tarea\`: "elaborar-vide" no existe.`);
    expect(output).toContain('"elaborar-vide" no existe. ¿Quiso decir elaborar-video?');
    expect(output).toContain('publicar-plan-registro, publicar-plan-observaciones');
  });

  test('stops when an MDX body would run code, naming the file and the line', () => {
    const { status, output, contentDir } = broken.unsafeMdx;
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${contentDir}/${BROKEN_CONTENT.unsafeMdx.file}, línea 12: {process.env.SECRETO} no está permitido: lo que va entre llaves se ejecuta como código.`,
    );
  });

  test('prints only the Spanish problem list, with no stack trace or English heading around it', () => {
    const intros = Array.from({ length: 20 }, (_, index) => t.integrity.problemIntro(index + 1));
    for (const [name, { status, output }] of Object.entries(broken)) {
      expect(status, name).not.toBe(0);
      expect(intros, name).toContain(output.trimStart().split('\n')[0]);
      expect(output, name).not.toMatch(/^\s+at /m);
      expect(output, name).not.toMatch(/ContentError|\[ERROR\]|Stack trace|Location:|unhandled error|Error reference/);
    }
  });
});

describe('a build whose evidence uses the components offered to editors, under a sub-path', () => {
  const editorSite = inject('editorSite');

  test('renders the video and the document as labelled links and the note as a note', () => {
    expect(editorSite.status, editorSite.output).toBe(0);
    const html = readPage(editorSite.outDir, '2021/actividades/espacio-virtual');
    const text = toText(html);
    expect(html).toMatch(/<a href="https:\/\/www\.youtube\.com\/watch\?v=hUYCEN1ylVY"[^>]*>Canales de participación de ENTerritorio<\/a>/);
    expect(text).toContain('Video: Canales de participación de ENTerritorio (en youtube.com, otro sitio)');
    expect(text).toContain('Documento: Informe de avance del I semestre');
    expect(html).toMatch(/<div class="pp-editor-note" role="note" aria-label="Aclaración">[\s\S]*El video sigue publicado/);
  });

  test('puts the sub-path in front of site paths, in components and in Markdown links alike', () => {
    const html = readPage(editorSite.outDir, '2021/actividades/espacio-virtual');
    const report = '/participacion/documentos/2021/informe-avance-2021-i-semestre.txt';
    expect(html).toMatch(new RegExp(`<a href="${report}"[^>]*>Informe de avance del I semestre</a>`));
    expect(html).toMatch(new RegExp(`<a href="${report}"[^>]*>el informe</a>`));
    expect(getCrawlResult(editorSite.outDir, SUB_PATH.BASE_PATH, SUB_PATH.SITE_URL).broken).toEqual([]);
  });
});

describe('the published open data', () => {
  test('recomputes the figures of every period page from its CSV alone', () => {
    const dataDir = join(site.outDir, '2021/datos');
    const periods = readdirSync(dataDir).filter((name) => /^productos-.+\.csv$/.test(name));
    expect(periods).toEqual(['productos-i-semestre.csv']);
    for (const name of periods) {
      const rows = parseCsv(readFileSync(join(dataDir, name), 'utf8'));
      const programmed = rows.filter((row) => row.programada_al_corte === 'sí');
      const executed = programmed.filter((row) => row.ejecucion === '100');
      const execution = Math.floor((executed.length * 100) / programmed.length);
      const progress = Math.floor(rows.reduce((sum, row) => sum + Number(row.ejecucion), 0) / rows.length);
      const page = toText(readPage(site.outDir, `2021/informes/${name.slice('productos-'.length, -'.csv'.length)}`));
      expect(page).toMatch(new RegExp(`${execution} ?% de ejecución del`));
      expect(page).toMatch(new RegExp(`${progress} ?% de avance global del plan`));
      expect([execution, progress]).toEqual([80, 26]);
    }
  });
});
