import { describe, expect, test } from 'vitest';
import { toCatalog, type Catalog } from '../content/catalog';
import { SEMAPHORE_COLORS } from '../site/color';
import {
  formatHeadline,
  getActivityShare,
  getComponentShare,
  getHeadlineFigures,
  getHomeShare,
  getPlanShare,
  getReportShare,
  getShareCards,
  getShareCardsByPath,
  toShareCardTree,
  type CardElement,
} from './share';
import { siteSchema } from '../content/schemas';
import { getActivitySnapshot } from '../progress/views';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toReportEntry, toTask } from '../testing/test-fixtures';

// Four products, two programmed by the 30 June cut-off; one of those done: 50% execution,
// (100 + 40) / 4 = 35% global progress.
function getCatalog(extra: { reports?: boolean } = { reports: true }): Catalog {
  const { catalog, problems } = toCatalog(
    toCatalogInput({
      activities: [
        toActivityEntry('foro', { nombre: 'Foro con la ciudadanía', tareas: [toTask('convocar', '2021-05-01'), toTask('realizar', '2021-06-15')] }),
        toActivityEntry('informe', { componente: 'seguimiento', tareas: [toTask('redactar', '2021-09-01'), toTask('publicar', '2021-11-01')] }),
      ],
      evidence: [
        toEvidenceEntry('2021-05-01-convocar', { tarea: 'convocar', fecha: '2021-05-01', avance: 100 }),
        toEvidenceEntry('2021-06-10-realizar', { tarea: 'realizar', fecha: '2021-06-10', avance: 40 }),
      ],
      reports: extra.reports ? [toReportEntry('i-semestre', { titulo: 'Informe del primer semestre', objetivo: 'Contar el avance.' })] : [],
    }),
  );
  expect(problems).toEqual([]);
  return catalog;
}

function getText(element: CardElement | string): string {
  if (typeof element === 'string') return element;
  const { children } = element.props;
  if (children === undefined) return '';
  return (Array.isArray(children) ? children : [children]).map(getText).join(' ');
}

function findColors(element: CardElement | string): string[] {
  if (typeof element === 'string') return [];
  const { style, children } = element.props;
  const own = Object.values(style).filter((value): value is string => typeof value === 'string');
  const nested = children === undefined || typeof children === 'string' ? [] : (Array.isArray(children) ? children : [children]).flatMap(findColors);
  return [...own, ...nested];
}

describe('the figures a shared page leads with', () => {
  test('names each figure as its figure card does, and leaves out one with nothing to measure', () => {
    const summary = { total: 4, programmed: 0, executed: 0, execution: null, executionSum: 0, progress: 0 };
    expect(getHeadlineFigures(summary, 'I semestre', 'plan')).toEqual([{ value: 0, label: 'de avance global del plan', semaphore: 'rojo' }]);
    expect(formatHeadline([])).toBe('Todavía no hay cifras que medir');
  });

  test('puts the report figures first in its description, with the cut-off, then the objective', () => {
    const period = getCatalog().plans[0]!.reportedPeriods[0]!;
    expect(getReportShare(period).description).toBe(
      '50% de ejecución del I semestre · 35% de avance global del plan, con corte al 30 de junio de 2021. Contar el avance.',
    );
  });

  test('gives the home page the latest report figures, and its introduction when there is no report yet', () => {
    expect(getHomeShare(getCatalog()).description).toMatch(/^50% de ejecución del I semestre · 35% de avance global del plan, con corte al 30 de junio de 2021\. Entidad de prueba publica/);
    expect(getHomeShare(getCatalog({ reports: false })).description).toMatch(/^Entidad de prueba publica aquí/);
  });

  test('dates the plan, component and activity figures at the plan’s latest information', () => {
    const plan = getCatalog().plans[0]!;
    expect(getPlanShare(plan).description).toMatch(/^50% de ejecución de lo programado · 35% de avance global del plan, al 30 de junio de 2021\./);
    expect(getComponentShare(plan.components[0]!).description).toMatch(/^50% de ejecución de lo programado · 70% de avance del componente, al 30 de junio de 2021\. Componente «Diálogo»/);
    expect(getActivityShare(getActivitySnapshot(plan.activities.find((activity) => activity.slug === 'foro')!, '2021-06-30')).description).toContain('Actividad «Foro con la ciudadanía» del Plan 2021.');
  });
});

describe('the card images', () => {
  test('are published for the home page, each plan, each report and each component, never per activity', () => {
    expect(getShareCards(getCatalog()).map((card) => card.path)).toEqual([
      '/tarjetas/inicio.png',
      '/tarjetas/2021.png',
      '/tarjetas/2021/informes/i-semestre.png',
      '/tarjetas/2021/componentes/dialogo.png',
      '/tarjetas/2021/componentes/seguimiento.png',
    ]);
  });

  test('give an activity page its component’s card, and every page an image that exists', () => {
    const catalog = getCatalog();
    const plan = catalog.plans[0]!;
    const cards = getShareCardsByPath(catalog);
    const shares = [getHomeShare(catalog), getPlanShare(plan), getReportShare(plan.reportedPeriods[0]!), getComponentShare(plan.components[1]!), getActivityShare(getActivitySnapshot(plan.activities.find((activity) => activity.slug === 'informe')!, '2021-06-30'))];
    for (const share of shares) expect(cards.has(share.image)).toBe(true);
    expect(getActivityShare(getActivitySnapshot(plan.activities.find((activity) => activity.slug === 'informe')!, '2021-06-30')).image).toBe('/tarjetas/2021/componentes/seguimiento.png');
  });

  test('say each figure with its semáforo word in their text alternative, never by colour alone', () => {
    const report = getShareCards(getCatalog()).find((card) => card.name === '2021/informes/i-semestre')!;
    expect(report.alt).toBe(
      'Plan 2021. Informe del primer semestre. 50% de ejecución del I semestre (semáforo: bajo) · 35% de avance global del plan (semáforo: bajo). Corte: 30 de junio de 2021.',
    );
  });

  test('draw the entity, title, date and each figure with its semáforo word and colour', () => {
    const catalog = getCatalog();
    const report = getShareCards(catalog).find((card) => card.name === '2021/informes/i-semestre')!;
    const tree = toShareCardTree({ ...report, figures: [{ value: 80, label: 'de ejecución del I semestre', semaphore: 'verde' }, ...report.figures.slice(1)] }, 'ENTerritorio', '#0b4f8a');
    const text = getText(tree);
    for (const part of ['ENTerritorio', 'Informe del primer semestre', 'Corte: 30 de junio de 2021', '80%', 'Alto', 'de ejecución del I semestre', '35%', 'Bajo']) {
      expect(text).toContain(part);
    }
    expect(findColors(tree)).toEqual(expect.arrayContaining(['#0b4f8a', SEMAPHORE_COLORS.verde, SEMAPHORE_COLORS.rojo]));
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
  });

  test('cut a long title at a fixed number of lines, so it never covers the figures', () => {
    const card = getShareCards(getCatalog())[1]!;
    const tree = toShareCardTree({ ...card, title: 'Palabra '.repeat(80) }, 'Entidad', '#0b4f8a');
    const clamped = JSON.stringify(tree).match(/"lineClamp":\d/g);
    expect(clamped?.length).toBeGreaterThanOrEqual(3);
  });

  test('still exist, without figures, for a site with no plan yet', () => {
    const { catalog } = toCatalog({ ...toCatalogInput(), site: siteSchema.parse({ entidad: 'Entidad nueva' }), plans: [] });
    const [home] = getShareCards(catalog);
    expect(home).toMatchObject({ path: '/tarjetas/inicio.png', figures: [], title: 'Avance del Plan de Participación Ciudadana' });
    expect(getText(toShareCardTree(home!, 'Entidad nueva', '#0b4f8a'))).toContain('Entidad nueva');
  });
});
