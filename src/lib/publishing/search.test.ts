import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { getPlanSearchFilters, getReportSearchFilters, getSearchFilterOptions, getSearchIndexPlanId, getTasksSearchFilters, toSearchFilterPairs } from './search';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from '../testing/test-fixtures';

const { catalog } = toCatalog(
  toCatalogInput({
    plans: [
      toPlanEntry('2021', {
        periodos: [
          { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
          { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
        ],
      }),
    ],
    activities: [
      toActivityEntry('foro', { tareas: [toTask('convocar', '2021-05-01'), toTask('realizar', '2021-11-30')] }),
      toActivityEntry('informe', { componente: 'seguimiento', tareas: [toTask('publicar', '2021-06-30')] }),
    ],
    evidence: [
      toEvidenceEntry('2021-04-01-convocar', {
        tarea: 'convocar',
        fecha: '2021-04-01',
        avance: 100,
        enlaces: [{ url: 'https://example.gov.co/convocatoria', texto: 'Convocatoria', tipo: 'web' }],
      }),
    ],
    reports: [toReportEntry('i-semestre')],
  }),
);
const plan = catalog.plans[0]!;
const foro = plan.activities.find((activity) => activity.slug === 'foro')!;

describe('search filters', () => {
  test('describe an activity by its plan, component, task states and the periods its tasks are reported in', () => {
    expect(getTasksSearchFilters(plan, foro.tasks, '2021-07-15')).toEqual({
      plan: ['Plan 2021'],
      componente: ['Diálogo'],
      estado: ['Cumplida', 'Sin iniciar'],
      periodo: ['I semestre 2021', 'II semestre 2021'],
    });
  });

  test('describe a report by its own period, with the states at its cut-off', () => {
    const filters = getReportSearchFilters(plan.reportedPeriods[0]!);
    expect(filters.periodo).toEqual(['I semestre 2021']);
    expect(filters.componente).toEqual(['Diálogo', 'Seguimiento']);
    expect(filters.estado).toEqual(['Cumplida', 'Sin iniciar', 'Vencida']);
  });

  test('file a reprogrammed task under the first period that counts it, with the date in force at each cut-off', () => {
    const reprogramaciones = [{ fecha: '2021-09-30', decision: '2021-06-10', motivo: 'Cambio de fecha.' }];
    const { catalog: moved } = toCatalog(
      toCatalogInput({
        plans: [toPlanEntry('2021', { periodos: plan.periods.map(({ id, nombre, corte }) => ({ id, nombre, corte })) })],
        activities: [toActivityEntry('foro', { tareas: [toTask('mover', '2021-06-30', { reprogramaciones })] })],
      }),
    );
    const movedPlan = moved.plans[0]!;
    const filters = getTasksSearchFilters(movedPlan, movedPlan.tasks, '2021-07-15');
    expect([filters.periodo, filters.estado]).toEqual([['II semestre 2021'], ['Reprogramada']]);
  });

  test('name the units responsible for a page\'s tasks, a task\'s own unit before its activity\'s, and no unit in a plan without them', () => {
    const { catalog: withUnits } = toCatalog(
      toCatalogInput({
        plans: [
          toPlanEntry('2021', {
            dependencias: [
              { id: 'comunicaciones', nombre: 'Grupo de Comunicaciones' },
              { id: 'planeacion', nombre: 'Oficina de Planeación' },
            ],
          }),
        ],
        activities: [
          toActivityEntry('foro', {
            dependencia: 'comunicaciones',
            tareas: [toTask('convocar', '2021-05-01'), toTask('realizar', '2021-11-30', { dependencia: 'planeacion' })],
          }),
          toActivityEntry('informe', { tareas: [toTask('publicar', '2021-06-30')] }),
        ],
      }),
    );
    const [foroWithUnits, informe] = withUnits.plans[0]!.activities;
    expect(getTasksSearchFilters(withUnits.plans[0]!, foroWithUnits!.tasks, '2021-07-15').dependencia).toEqual(['Grupo de Comunicaciones', 'Oficina de Planeación']);
    expect(getTasksSearchFilters(withUnits.plans[0]!, informe!.tasks, '2021-07-15')).not.toHaveProperty('dependencia');
    expect(getSearchFilterOptions(withUnits.plans).dependencia).toEqual(['Grupo de Comunicaciones', 'Oficina de Planeación']);
  });

  test('describe plan-wide pages by their plan only', () => {
    expect(getPlanSearchFilters(plan)).toEqual({ plan: ['Plan 2021'] });
  });

  test('offer every value a page can have', () => {
    expect(getSearchFilterOptions(catalog.plans)).toEqual({
      plan: ['Plan 2021'],
      componente: ['Diálogo', 'Seguimiento'],
      dependencia: [],
      estado: ['Sin iniciar', 'En curso', 'Cumplida', 'Reprogramada', 'Aplazada', 'Vencida'],
      periodo: ['I semestre 2021', 'II semestre 2021'],
    });
  });
});

/**
 * What Pagefind 1.6 stores for data-pagefind-filter="name:value", from the attribute as the
 * HTML parser gives it: the name up to the first colon, and the value with character
 * references decoded once more (any reference stands for another character here) and
 * whitespace collapsed.
 */
function toIndexedFilter(attribute: string): [string, string] {
  const [name = '', ...value] = attribute.split(':');
  const decoded = value.join(':').replace(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/gi, (reference) => (reference === '&amp;' ? '&' : '\uFFFD'));
  return [name, decoded.replace(/\s+/g, ' ').trim()];
}

test('gives the search index the same filter value the search form sends, whatever an editor writes in a name', () => {
  const names = ['Diálogo: "control", rendición y veeduría', 'Diálogo &amp; control &lt;b&gt; &copy &#38; A&B', 'Diálogo  y   control '];
  const { catalog: named } = toCatalog(
    toCatalogInput({
      plans: [toPlanEntry('2021', { titulo: names[1], componentes: names.map((nombre, index) => ({ id: `c${index}`, nombre })) })],
    }),
  );
  const options = getSearchFilterOptions(named.plans);
  const indexed = toSearchFilterPairs({ plan: [names[1]!], componente: names }).map(toIndexedFilter);
  expect(indexed).toEqual([...options.plan.map((value) => ['plan', value]), ...options.componente.map((value) => ['componente', value])]);
  expect(options.componente).toEqual(['Diálogo: "control", rendición y veeduría', 'Diálogo &amp; control &lt;b&gt; &copy &#38; A&B', 'Diálogo y control']);
});

test('writes each filter value as Pagefind reads it, commas included', () => {
  expect(toSearchFilterPairs({ plan: ['Plan 2021'], componente: ['Diálogo, control y rendición'] })).toEqual([
    'plan:Plan 2021',
    'componente:Diálogo, control y rendición',
  ]);
});

describe('search indexes', () => {
  test('put a page about a plan in the index of the plan whose folder holds it', () => {
    expect(getSearchIndexPlanId('2021/actividades/foro/index.html', true)).toBe('2021');
    expect(getSearchIndexPlanId('2022/index.html', true)).toBe('2022');
  });

  test('put the site\'s own pages, which name no plan, in the site\'s index', () => {
    expect(getSearchIndexPlanId('index.html', false)).toBeUndefined();
    expect(getSearchIndexPlanId('glosario/index.html', false)).toBeUndefined();
    expect(getSearchIndexPlanId('index.html', true)).toBeUndefined();
  });
});
