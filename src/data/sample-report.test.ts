import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { listPublicFiles, readContentFiles } from './read-content';
import { validateContent } from '../lib/validation/validate';
import { getCurrentPlan, getPeriodView } from '../lib/progress/views';

// The sample (tests/fixtures/muestra) is ENTerritorio's first-semester 2021 report as
// published, read from disk and checked as validar and the build read content.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = 'tests/fixtures/muestra';

async function getCatalog() {
  const files = readContentFiles(ROOT, `${SAMPLE}/content`);
  const { catalog, problems } = validateContent(files, `${SAMPLE}/content`, '2026-11-26', listPublicFiles(ROOT, `${SAMPLE}/public`));
  expect(problems).toEqual([]);
  return catalog;
}

describe('the seed report, computed from the sample files', () => {
  test('gives 80% execution (4 of 5 products programmed to June) and 26% global progress', async () => {
    const plan = getCurrentPlan(await getCatalog())!;
    const view = getPeriodView(plan.reportedPeriods.at(-1)!);
    expect(view.date).toBe('2021-06-30');
    expect(view.summary).toEqual({ total: 15, programmed: 5, executed: 4, execution: 80, executionSum: 400, progress: 26 });
  });

  test('keeps the plan, its three components and its entity as the report publishes them', async () => {
    const catalog = await getCatalog();
    const plan = catalog.plans.find((candidate) => candidate.id === '2021')!;
    expect(catalog.site.entidad).toBe('ENTerritorio');
    expect(plan.components.map((component) => component.nombre)).toEqual([
      'Ciclo de participación de la Gestión Pública',
      'Desarrollo de espacios de diálogo',
      'Seguimiento y evaluación',
    ]);
    expect(plan.reportedPeriods[0]?.report?.objetivo).toMatch(
      /^Informar a la ciudadanía y grupos de interés\/valor el avance del plan de participación ciudadana 2021 de ENTerritorio/,
    );
  });

  test('lists the five cronograma products with their execution and evidence dates, in the report order', async () => {
    const plan = (await getCatalog()).plans.find((candidate) => candidate.id === '2021')!;
    const view = getPeriodView(plan.reportedPeriods[0]!);
    expect(
      view.programmedTasks.map((item) => [
        item.task.producto ?? item.task.tarea,
        item.execution,
        item.state,
        item.evidence.map((evidence) => evidence.fecha),
      ]),
    ).toEqual([
      ['Registro de publicaciones', 100, 'cumplida', ['2021-01-21']],
      [
        'Informe de seguimiento a las observaciones ciudadanas en el proceso de diseño del Plan de Participación Ciudadana',
        100,
        'cumplida',
        ['2021-01-21'],
      ],
      ['Envío de invitaciones a convocatoria (correo electrónico, redes sociales)', 100, 'cumplida', ['2021-06-21']],
      ['Registros en Redes sociales del evento en vivo realizado', 0, 'aplazada', ['2021-06-30']],
      ['Elaborar un (1) video', 100, 'cumplida', ['2021-06-30']],
    ]);
    expect(view.programmedTasks.every((item) => !item.task.ejemplo)).toBe(true);
  });

  test('marks every second-semester product as example data', async () => {
    const plan = (await getCatalog()).plans.find((candidate) => candidate.id === '2021')!;
    const later = getPeriodView(plan.reportedPeriods[0]!).laterTasks;
    expect(later).toHaveLength(10);
    expect(later.every((item) => item.task.ejemplo && item.task.programada > '2021-06-30')).toBe(true);
  });

  test('keeps the evidence links of the report, and the report itself where it is the only proof', async () => {
    const plan = (await getCatalog()).plans.find((candidate) => candidate.id === '2021')!;
    const links = plan.tasks.flatMap((task) => task.evidence.flatMap((evidence) => evidence.enlaces.map((l) => l.url)));
    const report = '/documentos/2021/informe-avance-2021-i-semestre.txt';
    expect(links.filter((url) => url !== report)).toEqual([
      'https://www.enterritorio.gov.co/web/calendar-field_fecha/month',
      'https://www.youtube.com/watch?v=hUYCEN1ylVY',
    ]);
    expect(links.filter((url) => url === report)).toHaveLength(3);
  });
});
