import { describe, expect, test } from 'vitest';
import { toCatalog } from './catalog';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from './test-fixtures';
import { getActivityView, getCurrentPlan, getPeriodView, isExampleActivity } from './views';

const twoPeriods = {
  periodos: [
    { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
    { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
  ],
};

function getSamplePlan() {
  const { catalog } = toCatalog(
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
      ],
      reports: [toReportEntry('i-semestre')],
    }),
  );
  return catalog.plans[0]!;
}

describe('period view', () => {
  test('lists programmed tasks in calendar order, keeping the plan order on the same date', () => {
    const view = getPeriodView(getSamplePlan().periods[0]!);
    expect(view.programmedTasks.map((item) => item.task.id)).toEqual(['foro', 'acta', 'video']);
    expect(view.laterTasks.map((item) => item.task.id)).toEqual(['informe']);
  });

  test('shows each task as of the cut-off and keeps later evidence apart', () => {
    const view = getPeriodView(getSamplePlan().periods[0]!);
    const acta = view.programmedTasks.find((item) => item.task.id === 'acta')!;
    expect(acta).toMatchObject({ execution: 50, state: 'vencida' });
    expect(acta.evidence.map((e) => e.fecha)).toEqual(['2021-06-15']);
    expect(acta.laterEvidence.map((e) => e.fecha)).toEqual(['2021-08-01']);
    expect(view.summary).toEqual({ total: 4, programmed: 3, executed: 1, execution: 33, progress: 37 });
  });

  test('does not change a published period when later evidence is added', () => {
    const plan = getSamplePlan();
    expect(getPeriodView(plan.periods[0]!).summary.execution).toBe(33);
    expect(getPeriodView(plan.periods[1]!).summary).toMatchObject({ programmed: 4, executed: 2, execution: 50 });
  });

  test('gives the figures of each component at the cut-off', () => {
    const view = getPeriodView(getSamplePlan().periods[0]!);
    expect(view.components.map(({ component, summary }) => [component.id, summary.execution, summary.progress])).toEqual([
      ['dialogo', 50, 50],
      ['seguimiento', 0, 25],
    ]);
  });
});

describe('activity view and current plan', () => {
  test('shows an activity at the cut-off of the latest published report', () => {
    const plan = getSamplePlan();
    const view = getActivityView(plan.activities[0]!);
    expect(view.progress?.period.id).toBe('i-semestre');
    expect(view.progress?.summary).toMatchObject({ programmed: 1, executed: 0, progress: 25 });
  });

  test('shows no figures for an activity whose plan has no report yet', () => {
    const { catalog } = toCatalog(
      toCatalogInput({ activities: [toActivityEntry('a', { tareas: [toTask('foro', '2021-03-31')] })] }),
    );
    expect(getActivityView(catalog.plans[0]!.activities[0]!).progress).toBeUndefined();
  });

  test('presents the plan with the most recent report on the home page', () => {
    const { catalog } = toCatalog(
      toCatalogInput({
        plans: [toPlanEntry('2021'), toPlanEntry('2022', { anio: 2022, periodos: [{ id: 'i-semestre', nombre: 'I', corte: '2022-06-30' }] })],
        reports: [toReportEntry('i-semestre')],
      }),
    );
    expect(getCurrentPlan(catalog)?.id).toBe('2021');
    expect(getCurrentPlan({ ...catalog, plans: [] })).toBeUndefined();
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
