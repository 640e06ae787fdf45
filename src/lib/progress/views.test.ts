import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from '../testing/test-fixtures';
import {
  filterEvidenceFeed,
  getEvidenceFilterOptions,
  getActivitySnapshot,
  getAdjacentReports,
  getAsOfDate,
  getCurrentPlan,
  getEvidenceFeed,
  getNewerPlans,
  getListPage,
  getPageCount,
  getPageNumbers,
  getPagination,
  getPeriodHistory,
  getPeriodView,
  getReportSummaries,
  getSchedule,
  getSnapshot,
  getTasksEvidenceFeed,
  getUnitSnapshot,
  isExampleActivity,
  isPlanClosed,
} from './views';

const twoPeriods = {
  periodos: [
    { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
    { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
  ],
};

function getSamplePlan(reports = [toReportEntry('i-semestre')]) {
  const { catalog, problems } = toCatalog(
    toCatalogInput({
      plans: [toPlanEntry('2021', twoPeriods)],
      activities: [
        toActivityEntry('a', {
          orden: 1,
          componente: 'seguimiento',
          tareas: [toTask('informe', '2021-12-31'), toTask('acta', '2021-06-30')],
        }),
        toActivityEntry('b', { orden: 2, tareas: [toTask('foro', '2021-03-31'), toTask('video', '2021-06-30')] }),
      ],
      evidence: [
        toEvidenceEntry('1', { tarea: 'foro', fecha: '2021-03-31', avance: 100 }),
        toEvidenceEntry('2', { tarea: 'acta', fecha: '2021-06-15', avance: 50 }),
        toEvidenceEntry('3', { tarea: 'acta', fecha: '2021-08-01', avance: 100 }),
        toEvidenceEntry('4', { tarea: 'video', fecha: '2021-06-30', avance: 0, aplazada: true }),
      ],
      reports,
    }),
  );
  expect(problems).toEqual([]);
  return catalog.plans[0]!;
}

describe('period view', () => {
  test('lists programmed tasks in calendar order, keeping the plan order on the same date', () => {
    const view = getPeriodView(getSamplePlan().reportedPeriods[0]!);
    expect(view.programmedTasks.map((item) => item.task.id)).toEqual(['foro', 'acta', 'video']);
    expect(view.laterTasks.map((item) => item.task.id)).toEqual(['informe']);
  });

  test('shows each task as of the cut-off and keeps later evidence apart', () => {
    const view = getPeriodView(getSamplePlan().reportedPeriods[0]!);
    const acta = view.programmedTasks.find((item) => item.task.id === 'acta')!;
    expect(acta).toMatchObject({ execution: 50, state: 'vencida' });
    expect(acta.evidence.map((e) => e.fecha)).toEqual(['2021-06-15']);
    expect(acta.laterEvidence.map((e) => e.fecha)).toEqual(['2021-08-01']);
    expect(view.summary).toEqual({ total: 4, programmed: 3, executed: 1, execution: 33, executionSum: 150, progress: 37 });
  });

  test('does not change a published period when later evidence is added', () => {
    const plan = getSamplePlan();
    expect(getPeriodView(plan.reportedPeriods[0]!).summary.execution).toBe(33);
    expect(getSnapshot(plan.tasks, '2021-12-31').summary).toMatchObject({ programmed: 4, executed: 2, execution: 50 });
  });

  test('gives the figures of each component and of each of its activities at the cut-off', () => {
    const view = getPeriodView(getSamplePlan().reportedPeriods[0]!);
    expect(view.components.map(({ component, summary }) => [component.id, summary.execution, summary.progress])).toEqual([
      ['dialogo', 50, 50],
      ['seguimiento', 0, 25],
    ]);
    expect(view.components[1]?.activities.map(({ activity, summary }) => [activity.slug, summary.progress])).toEqual([
      ['a', 25],
    ]);
  });

  test('lists every report newest first, each with its figures and whether it was corrected', () => {
    const plan = getSamplePlan([toReportEntry('i-semestre'), toReportEntry('ii-semestre')]);
    expect(getReportSummaries(plan).map(({ period, summary, correctedOn }) => [period.id, summary.execution, correctedOn])).toEqual([
      ['ii-semestre', 50, undefined],
      ['i-semestre', 33, undefined],
    ]);
  });

  test('leads from each report to the one before and the one after it', () => {
    const plan = getSamplePlan([toReportEntry('i-semestre'), toReportEntry('ii-semestre')]);
    const [first, second] = plan.reportedPeriods;
    expect(getAdjacentReports(first!)).toEqual({ previous: undefined, next: second });
    expect(getAdjacentReports(second!)).toEqual({ previous: first, next: undefined });
  });

  test('gives the figures of every published period, oldest first', () => {
    const plan = getSamplePlan([toReportEntry('i-semestre'), toReportEntry('ii-semestre')]);
    expect(getPeriodHistory(plan).map(({ period, summary }) => [period.id, summary.execution, summary.progress])).toEqual([
      ['i-semestre', 33, 37],
      ['ii-semestre', 50, 50],
    ]);
  });
});

describe('the state now', () => {
  test('is measured at the latest evidence or published cut-off, whichever is later', () => {
    expect(getAsOfDate(getSamplePlan())).toBe('2021-08-01');
    expect(getAsOfDate(getSamplePlan([toReportEntry('i-semestre'), toReportEntry('ii-semestre')]))).toBe('2021-12-31');
  });

  test('stays open, dated by its latest information, while that information is inside the plan year', () => {
    const plan = getSamplePlan();
    expect(isPlanClosed(plan)).toBe(false);
    expect(getAsOfDate(plan)).toBe('2021-08-01');
  });

  test('closes the plan on 31 December once a report reaches that cut-off', () => {
    const plan = getSamplePlan([toReportEntry('i-semestre'), toReportEntry('ii-semestre')]);
    expect(isPlanClosed(plan)).toBe(true);
    expect(getAsOfDate(plan)).toBe('2021-12-31');
  });

  test('closes the plan, never dated after its year, when evidence is recorded after the year ends', () => {
    const { catalog } = toCatalog(
      toCatalogInput({
        activities: [toActivityEntry('a', { tareas: [toTask('acta', '2021-11-30')] })],
        evidence: [toEvidenceEntry('tarde', { tarea: 'acta', fecha: '2022-02-10', avance: 100 })],
      }),
    );
    const plan = catalog.plans[0]!;
    expect(isPlanClosed(plan)).toBe(true);
    expect(getAsOfDate(plan)).toBe('2021-12-31');
    expect(getActivitySnapshot(plan.activities[0]!, getAsOfDate(plan)).tasks[0]).toMatchObject({ execution: 0, state: 'vencida' });
  });

  test('starts on the first day of the plan year while there is no evidence nor report', () => {
    const { catalog } = toCatalog(toCatalogInput());
    expect(getAsOfDate(catalog.plans[0]!)).toBe('2021-01-01');
  });

  test('shows an activity with its tasks at a date', () => {
    const plan = getSamplePlan();
    const snapshot = getActivitySnapshot(plan.activities[0]!, '2021-08-01');
    expect(snapshot.summary).toMatchObject({ programmed: 1, executed: 1, progress: 50 });
    expect(snapshot.tasks.map((item) => [item.task.id, item.state])).toEqual([
      ['acta', 'cumplida'],
      ['informe', 'sin-iniciar'],
    ]);
  });

  test('groups the schedule by month and lists what is overdue or postponed', () => {
    const schedule = getSchedule(getSamplePlan(), '2021-06-30');
    expect(schedule.months.map(({ month, tasks }) => [month, tasks.map((item) => item.task.id)])).toEqual([
      ['2021-03-01', ['foro']],
      ['2021-06-01', ['acta', 'video']],
      ['2021-12-01', ['informe']],
    ]);
    expect(schedule.overdue.map((item) => [item.task.id, item.state])).toEqual([
      ['acta', 'vencida'],
      ['video', 'aplazada'],
    ]);
  });

  test('lists evidence newest first and filters it by component and by task state', () => {
    const feed = getEvidenceFeed(getSamplePlan(), '2021-08-01');
    expect(feed.map((item) => item.evidence.fecha)).toEqual(['2021-08-01', '2021-06-30', '2021-06-15', '2021-03-31']);
    const filter = (componentId?: string, state?: (typeof feed)[number]['taskState']) =>
      filterEvidenceFeed(feed, { componentId, state }).map((item) => item.evidence.fecha);
    expect(filter('seguimiento')).toEqual(['2021-08-01', '2021-06-15']);
    expect(filter(undefined, 'aplazada')).toEqual(['2021-06-30']);
    expect(filter('dialogo', 'cumplida')).toEqual(['2021-03-31']);
    expect(filter('seguimiento', 'aplazada')).toEqual([]);
  });
});

describe('responsible units', () => {
  function getUnitPlan() {
    const { catalog, problems } = toCatalog(
      toCatalogInput({
        plans: [toPlanEntry('2021', { dependencias: [{ id: 'comunicaciones', nombre: 'Comunicaciones' }, { id: 'planeacion', nombre: 'Planeación' }] })],
        activities: [
          toActivityEntry('a', {
            orden: 1,
            dependencia: 'comunicaciones',
            tareas: [toTask('foro', '2021-03-31'), toTask('acta', '2021-06-30', { dependencia: 'planeacion' }), toTask('video', '2021-09-30')],
          }),
          toActivityEntry('b', { orden: 2, componente: 'seguimiento', tareas: [toTask('informe', '2021-06-30')] }),
        ],
        evidence: [
          toEvidenceEntry('1', { tarea: 'foro', fecha: '2021-03-31', avance: 100 }),
          toEvidenceEntry('2', { tarea: 'acta', fecha: '2021-06-15', avance: 50 }),
          toEvidenceEntry('3', { tarea: 'informe', fecha: '2021-06-30', avance: 100 }),
        ],
      }),
    );
    expect(problems).toEqual([]);
    return catalog.plans[0]!;
  }

  test('give a unit the figures of its own tasks: execution of what was programmed and global progress', () => {
    const [comunicaciones, planeacion] = getUnitPlan().units;
    const snapshot = getUnitSnapshot(comunicaciones!, '2021-06-30');
    // foro done and programmed; video programmed later at 0: 1 of 1 executed, (100 + 0) / 2 progress.
    expect(snapshot.summary).toMatchObject({ programmed: 1, executed: 1, execution: 100, total: 2, progress: 50 });
    expect(snapshot.tasks.map((item) => item.task.id)).toEqual(['foro', 'video']);
    expect(getUnitSnapshot(planeacion!, '2021-06-30').summary).toMatchObject({ programmed: 1, executed: 0, execution: 0, progress: 50 });
  });

  test('count in each activity of a unit only the unit\'s tasks, so the figures of a shared activity add up', () => {
    const [comunicaciones, planeacion] = getUnitPlan().units;
    expect(getUnitSnapshot(comunicaciones!, '2021-06-30').activities.map((item) => [item.activity.slug, item.summary.total])).toEqual([['a', 2]]);
    expect(getUnitSnapshot(planeacion!, '2021-06-30').activities.map((item) => [item.activity.slug, item.summary.total])).toEqual([['a', 1]]);
  });

  test('list a unit\'s evidence newest first, and none of the other units\' or of tasks without a unit', () => {
    const plan = getUnitPlan();
    const feed = getTasksEvidenceFeed(plan.units[0]!.tasks, '2021-06-30');
    expect(feed.map((item) => item.evidence.entryId)).toEqual(['2021/1']);
    expect(getTasksEvidenceFeed(plan.units[1]!.tasks, '2021-06-30').map((item) => [item.evidence.entryId, item.taskState])).toEqual([['2021/2', 'vencida']]);
  });
});

describe('current plan and example data', () => {
  test('presents the plan with the most recent report on the home page', () => {
    const { catalog } = toCatalog(
      toCatalogInput({
        plans: [
          toPlanEntry('2021'),
          toPlanEntry('2022', { anio: 2022, periodos: [{ id: 'i-semestre', nombre: 'I', corte: '2022-06-30' }] }),
        ],
        reports: [toReportEntry('i-semestre')],
      }),
    );
    expect(getCurrentPlan(catalog)?.id).toBe('2021');
    expect(getCurrentPlan({ ...catalog, plans: [] })).toBeUndefined();
  });

  test('presents the same plan and announces newer plans in the same order whatever the order plans are listed in', () => {
    const { catalog } = toCatalog(
      toCatalogInput({
        plans: [
          toPlanEntry('2021'),
          toPlanEntry('2021-ajustado'),
          toPlanEntry('2022', { anio: 2022, periodos: [] }),
          toPlanEntry('2022-ajustado', { anio: 2022, periodos: [] }),
        ],
        reports: [toReportEntry('i-semestre'), toReportEntry('i-semestre', {}, '2021-ajustado')],
      }),
    );
    const reversed = { ...catalog, plans: [...catalog.plans].reverse() };
    expect(getCurrentPlan(reversed)?.id).toBe(getCurrentPlan(catalog)?.id);
    const newer = (list: typeof catalog) => getNewerPlans(list, catalog.plans[0]!).map((plan) => plan.id);
    expect(newer(reversed)).toEqual(newer(catalog));
  });

  test('marks an activity as example data only when all its products are examples', () => {
    const { catalog } = toCatalog(
      toCatalogInput({
        activities: [
          toActivityEntry('a', { tareas: [toTask('x', '2021-09-30', { ejemplo: true })] }),
          toActivityEntry('b', { tareas: [toTask('y', '2021-09-30', { ejemplo: true }), toTask('z', '2021-09-30')] }),
        ],
      }),
    );
    expect(catalog.plans[0]!.activities.map(isExampleActivity)).toEqual([true, false]);
  });
});

describe('evidence filters', () => {
  test('offer every component and state with the count each would show, keeping the other filter', () => {
    const plan = getSamplePlan();
    const feed = getEvidenceFeed(plan, '2021-08-01');
    const options = getEvidenceFilterOptions(plan, feed, { componentId: 'dialogo', state: undefined }, [
      'cumplida',
      'aplazada',
    ]);
    expect(options.components.map((o) => [o.value?.id ?? 'todos', o.count, o.current])).toEqual([
      ['todos', 4, false],
      ['dialogo', 2, true],
      ['seguimiento', 2, false],
    ]);
    expect(options.states.map((o) => [o.value ?? 'todos', o.count, o.current])).toEqual([
      ['todos', 2, true],
      ['cumplida', 1, false],
      ['aplazada', 1, false],
    ]);
  });
});

describe('reprogrammed tasks on the pages', () => {
  const reprogramaciones = [
    { fecha: '2021-09-30', decision: '2021-06-20', motivo: 'Las alcaldías pidieron otra fecha.' },
    { fecha: '2021-11-30', decision: '2021-10-05', motivo: 'Se cruzó con el cierre fiscal.' },
  ];

  function getPlan(reports = [toReportEntry('i-semestre')]) {
    const { catalog, problems } = toCatalog(
      toCatalogInput({
        plans: [toPlanEntry('2021', twoPeriods)],
        activities: [toActivityEntry('a', { tareas: [toTask('foro', '2021-06-30', { reprogramaciones }), toTask('acta', '2021-08-31')] })],
        evidence: [toEvidenceEntry('1', { tarea: 'acta', fecha: '2021-07-01', avance: 20 })],
        reports,
      }),
    );
    expect(problems).toEqual([]);
    return catalog.plans[0]!;
  }

  test('show each task with the date in force at the date, the changes decided by then and those decided later', () => {
    const foro = getActivitySnapshot(getPlan().activities[0]!, '2021-06-30').tasks.find((item) => item.task.id === 'foro')!;
    expect(foro).toMatchObject({ programmedDate: '2021-09-30', state: 'reprogramada' });
    expect(foro.reprogrammings.map((item) => item.decision)).toEqual(['2021-06-20']);
    expect(foro.laterReprogrammings.map((item) => item.decision)).toEqual(['2021-10-05']);
  });

  test('put a report\'s reprogrammed task among the later ones when its new date was decided by the cut-off', () => {
    const view = getPeriodView(getPlan().reportedPeriods[0]!);
    expect(view.programmedTasks.map((item) => item.task.id)).toEqual([]);
    expect(view.laterTasks.map((item) => item.task.id)).toEqual(['acta', 'foro']);
  });

  test('place a reprogrammed task in the schedule month of its date in force', () => {
    const schedule = getSchedule(getPlan(), '2021-10-05');
    expect(schedule.months.map(({ month, tasks }) => [month, tasks.map((item) => item.task.id)])).toEqual([
      ['2021-08-01', ['acta']],
      ['2021-11-01', ['foro']],
    ]);
    expect(getSchedule(getPlan(), '2021-07-01').months.map(({ month }) => month)).toEqual(['2021-08-01', '2021-09-01']);
  });

  test('date the plan as of its latest reprogramming decision when nothing later happened', () => {
    expect(getAsOfDate(getPlan())).toBe('2021-10-05');
  });
});

describe('long lists in pages', () => {
  const items = Array.from({ length: 120 }, (_, index) => index + 1);

  test('cuts a list in pages of 50 and says which items each page shows', () => {
    expect(getPageCount(120)).toBe(3);
    expect(getPageCount(0)).toBe(1);
    const third = getListPage(items, 3);
    expect(third).toMatchObject({ page: 3, pages: 3, first: 101, last: 120 });
    expect(third.items).toHaveLength(20);
    expect(getListPage([], 1)).toMatchObject({ items: [], pages: 1, first: 0, last: 0 });
  });

  test('links the first, the last, the current page and its neighbours, with gaps between', () => {
    expect(getPagination(1, 1)).toEqual({ previous: undefined, next: undefined, links: [1] });
    expect(getPagination(1, 3)).toEqual({ previous: undefined, next: 2, links: [1, 2, 3] });
    expect(getPagination(5, 10)).toEqual({ previous: 4, next: 6, links: [1, null, 4, 5, 6, null, 10] });
    expect(getPagination(10, 10).links).toEqual([1, null, 9, 10]);
    expect(getPageNumbers(3)).toEqual([1, 2, 3]);
  });
});
