import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { parseCsv } from '../src/lib/publishing/open-data';
import { ROOT_SITE_URL } from './support/build-site';
import { getCrawlResult } from './support/crawl';
import { readPageText } from './support/read-page';

/**
 * The sample with tests/fixtures/reprogramacion on top: a III-trimestre report (cut-off 30
 * September) and three reprogrammed tasks. The first dialogue was moved on 10 September to
 * 29 October and done then; the plain-language pieces were moved on 5 October, after the
 * cut-off; the bulletin was moved on 20 September to 15 November and missed that date too.
 */
const site = inject('reprogrammingSite');

const DIALOGUE =
  'Programada para el 30 de septiembre de 2021 · Reprogramada el 10 de septiembre de 2021 para el 29 de octubre de 2021: Las alcaldías pidieron pasar el encuentro después de sus consejos de gobierno.';
const PIECES =
  'Programada para el 31 de agosto de 2021 · Reprogramada el 5 de octubre de 2021 para el 30 de noviembre de 2021: La agencia de diseño entregó las piezas con un mes de retraso.';
const BULLETIN =
  'Programada para el 15 de octubre de 2021 · Reprogramada el 20 de septiembre de 2021 para el 15 de noviembre de 2021: El boletín contará los resultados del primer espacio de diálogo.';

/** What a page says right after a product's dates: its execution and state, then its evidence. */
function getAfter(text: string, schedule: string): string {
  const start = text.indexOf(schedule);
  expect(start, schedule).toBeGreaterThan(-1);
  return text.slice(start + schedule.length, start + schedule.length + 200);
}

/** Where the heading of a month of the cronograma starts, e.g. "octubre de 2021 · 1 producto". */
function getMonth(text: string, month: string): number {
  return text.search(new RegExp(`${month} de 2021 · \\d+ productos?`));
}

describe('reprogrammed tasks (tests/fixtures/reprogramacion)', () => {
  test('build, every figure of both reports as their files record it', () => {
    expect(site.status, site.output).toBe(0);
  });

  test('a report counts the date in force at its cut-off: moved before it, the task leaves; moved after it, the task stays', () => {
    const text = readPageText(site.outDir, '2021/informes/iii-trimestre');
    // 7 programmed (the five of June, the report of July, the pieces of August), 4 executed.
    expect(text).toMatch(/57 ?%/);
    expect(getAfter(text, DIALOGUE)).toMatch(/^ Ejecución 0 ?% \(Bajo\) Estado Reprogramada /);
    expect(getAfter(text, `${PIECES} Se decidió después del 30 de septiembre de 2021: no cambia la fecha que regía ese día.`)).toMatch(/^ Ejecución 0 ?% \(Bajo\) Estado Vencida /);
  });

  test('the I-semestre report keeps its published figures and shows later decisions as such', () => {
    const text = readPageText(site.outDir, '2021/informes/i-semestre');
    expect(text).toMatch(/80 ?%/);
    expect(text).toMatch(/26 ?%/);
    expect(getAfter(text, `${BULLETIN} Se decidió después del 30 de junio de 2021: no cambia la fecha que regía ese día.`)).toMatch(/Estado Sin iniciar/);
  });

  test('activity pages show the original and the new date with the reason, and the state now', () => {
    const dialogue = readPageText(site.outDir, '2021/actividades/espacios-dialogo-gestion');
    expect(getAfter(dialogue, DIALOGUE)).toMatch(/^ Ejecución 100 ?% \(Alto\) Estado Cumplida /);
    const text = readPageText(site.outDir, '2021/actividades/lenguaje-claro');
    // In progress before its new date: reprogramada, not en curso.
    expect(getAfter(text, PIECES)).toMatch(/^ Ejecución 30 ?% \(Bajo\) Estado Reprogramada /);
    expect(getAfter(text, BULLETIN)).toMatch(/^ Ejecución 50 ?% \(Bajo\) Estado Vencida /);
  });

  test('the cronograma puts each task in the month of its date in force and lists the missed new date as overdue', () => {
    const text = readPageText(site.outDir, '2021/cronograma');
    const october = getMonth(text, 'octubre');
    const november = getMonth(text, 'noviembre');
    expect(october).toBeGreaterThan(-1);
    expect(november).toBeGreaterThan(october);
    expect(text.slice(october, november)).toContain(DIALOGUE);
    expect(text.slice(november)).toContain(PIECES);
    expect(text.slice(november)).toContain(BULLETIN);
    expect(getMonth(text, 'septiembre')).toBe(-1);
    expect(text.slice(0, october)).toContain(`Boletín enviado por correo electrónico Vencida · ${BULLETIN}`);
  });

  test('the postponed Facebook Live stays aplazada, as the source report says', () => {
    const text = readPageText(site.outDir, '2021/cronograma');
    expect(text).toContain('Registros en Redes sociales del evento en vivo realizado Aplazada · Programada para el 30 de junio de 2021');
  });

  test('the evidence lists have a page for the state, with the evidence of the tasks in it', () => {
    const text = readPageText(site.outDir, '2021/evidencias/todos/reprogramada');
    expect(text).toContain('Reprogramada (1)');
    expect(text).toContain('Evidencia del 10 de noviembre de 2021');
    expect(readPageText(site.outDir, '2021/evidencias')).toContain('Reprogramada (1)');
  });

  test('the open data give the original date, the date in force at the cut-off and its reason', () => {
    const rows = parseCsv(readFileSync(join(site.outDir, '2021/datos/productos-iii-trimestre.csv'), 'utf8'));
    const row = (id: string) => rows.find((candidate) => candidate.tarea_id === id)!;
    expect(row('dialogo-virtual-1')).toMatchObject({
      fecha_programada: '2021-09-30',
      fecha_vigente: '2021-10-29',
      motivo_reprogramacion: 'Las alcaldías pidieron pasar el encuentro después de sus consejos de gobierno.',
      programada_al_corte: 'no',
      estado: 'reprogramada',
    });
    expect(row('piezas-lenguaje-claro')).toMatchObject({ fecha_programada: '2021-08-31', fecha_vigente: '2021-08-31', motivo_reprogramacion: '', programada_al_corte: 'sí', estado: 'vencida' });
    const json = JSON.parse(readFileSync(join(site.outDir, '2021/datos/productos-iii-trimestre.json'), 'utf8'));
    expect(json.cifras).toMatchObject({ programados: 7, ejecutados: 4, ejecucion: 57, avance_global: 26 });
    const data = readPageText(site.outDir, '2021/datos');
    expect(data).toContain('fecha_vigente Fecha programada vigente al corte');
    expect(data).toContain('motivo_reprogramacion Motivo de la reprogramación vigente al corte');
  });

  test('/como-se-calcula/ states the rule with its worked example', () => {
    const text = readPageText(site.outDir, 'como-se-calcula');
    expect(text).toContain('Cada corte usa la fecha vigente ese día: la de la última reprogramación decidida hasta el corte, o la original si no hubo ninguna.');
    expect(text).toContain('Si se decidió el 20 de junio de 2021, la fecha vigente en el corte es el 30 de septiembre de 2021: el informe no lo cuenta');
    expect(text).toContain('Si se decidió el 5 de julio de 2021, la fecha vigente en el corte es el 30 de junio de 2021: el informe lo cuenta');
    expect(text).toMatch(/Reprogramada La entidad le dio una nueva fecha/);
  });

  test('the pages that show reprogrammings are valid HTML, and no link is broken', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const page of ['2021/cronograma', '2021/actividades/lenguaje-claro', '2021/informes/iii-trimestre', 'como-se-calcula']) {
      const report = await validator.validateFile(join(site.outDir, page, 'index.html'));
      expect(report.results.flatMap((result) => result.messages.map((message) => message.message)), page).toEqual([]);
    }
    expect(getCrawlResult(site.outDir, '/', ROOT_SITE_URL).broken).toEqual([]);
  });
});
