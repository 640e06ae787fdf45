import { describe, expect, test } from 'vitest';
import { getParentFolder, toCatalog } from './catalog';
import { formatProblem, formatProblems } from './problems';
import {
  toActivityEntry,
  toCatalogInput,
  toEvidenceEntry,
  toPlanEntry,
  toReportEntry,
  toTask,
} from './test-fixtures';

function getProblemLines(input: Parameters<typeof toCatalog>[0]): string[] {
  return toCatalog(input).problems.map(formatProblem);
}

describe('linking content files', () => {
  test('links activities, tasks, evidence and reports to their plan, component and period', () => {
    const { catalog, problems } = toCatalog(
      toCatalogInput({
        activities: [toActivityEntry('dialogos', { tareas: [toTask('foro', '2021-06-30')] })],
        evidence: [
          toEvidenceEntry('2021-06-30-foro', { tarea: 'foro', fecha: '2021-06-30', avance: 100 }),
          toEvidenceEntry('2021-03-01-foro', { tarea: 'foro', fecha: '2021-03-01', avance: 40 }),
        ],
        reports: [toReportEntry('i-semestre')],
      }),
    );
    expect(problems).toEqual([]);
    const plan = catalog.plans[0]!;
    const task = plan.tasks[0]!;
    expect(task.activity.component.id).toBe('dialogo');
    expect(task.activity.slug).toBe('dialogos');
    expect(task.evidence.map((e) => e.fecha)).toEqual(['2021-03-01', '2021-06-30']);
    expect(plan.components[0]?.tasks).toEqual([task]);
    expect(plan.reportedPeriods.map((p) => p.report?.titulo)).toEqual(['Informe i-semestre']);
  });

  test('orders activities by their position in the plan, then by name', () => {
    const { catalog } = toCatalog(
      toCatalogInput({
        activities: [
          toActivityEntry('c', { nombre: 'Zeta', tareas: [toTask('t1', '2021-06-30')] }),
          toActivityEntry('b', { nombre: 'Beta', orden: 2, tareas: [toTask('t2', '2021-06-30')] }),
          toActivityEntry('a', { nombre: 'Alfa', tareas: [toTask('t3', '2021-06-30')] }),
          toActivityEntry('d', { nombre: 'Delta', orden: 1, tareas: [toTask('t4', '2021-06-30')] }),
        ],
      }),
    );
    expect(catalog.plans[0]?.activities.map((a) => a.nombre)).toEqual(['Delta', 'Beta', 'Alfa', 'Zeta']);
    expect(catalog.plans[0]?.tasks.map((t) => t.id)).toEqual(['t4', 't2', 't3', 't1']);
  });

  test('orders periods by cut-off whatever the order in the file', () => {
    const plan = toPlanEntry('2021', {
      periodos: [
        { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
        { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
      ],
    });
    const { catalog } = toCatalog(toCatalogInput({ plans: [plan] }));
    expect(catalog.plans[0]?.periods.map((p) => p.id)).toEqual(['i-semestre', 'ii-semestre']);
  });
});

describe('integrity across files', () => {
  test('rejects evidence about a task that does not exist, listing the valid task ids', () => {
    const lines = getProblemLines(
      toCatalogInput({
        activities: [toActivityEntry('dialogos', { tareas: [toTask('foro', '2021-06-30'), toTask('acta', '2021-06-30')] })],
        evidence: [toEvidenceEntry('2021-06-30-video', { tarea: 'vidoe', fecha: '2021-06-30', avance: 100 })],
      }),
    );
    expect(lines).toEqual([
      'content/evidencias/2021/2021-06-30-video.mdx, campo `tarea`: "vidoe" no existe. Escriba uno de estos identificadores de tareas del plan: foro, acta.',
    ]);
  });

  test('rejects an activity in a component the plan does not have', () => {
    const lines = getProblemLines(
      toCatalogInput({
        activities: [toActivityEntry('dialogos', { componente: 'dialogos', tareas: [toTask('foro', '2021-06-30')] })],
      }),
    );
    expect(lines).toEqual([
      'content/actividades/2021/dialogos.mdx, campo `componente`: "dialogos" no existe. Escriba uno de estos componentes del plan: dialogo, seguimiento.',
    ]);
  });

  test('rejects a reference to a plan that does not exist', () => {
    const lines = getProblemLines(
      toCatalogInput({ activities: [toActivityEntry('x', { tareas: [toTask('foro', '2022-06-30')] }, '2022')] }),
    );
    expect(lines).toEqual([
      'content/actividades/2022/x.mdx, campo `plan`: "2022" no existe. Escriba uno de estos planes: 2021.',
    ]);
  });

  test('rejects a file whose plan does not match its folder', () => {
    const entry = toEvidenceEntry('2021-06-30-foro', { tarea: 'foro', fecha: '2021-06-30', avance: 10 });
    const lines = getProblemLines(
      toCatalogInput({
        activities: [toActivityEntry('dialogos', { tareas: [toTask('foro', '2021-06-30')] })],
        evidence: [{ ...entry, file: 'content/evidencias/2020/2021-06-30-foro.mdx' }],
      }),
    );
    expect(lines).toEqual([
      'content/evidencias/2020/2021-06-30-foro.mdx, campo `plan`: "2021" no coincide con la carpeta del archivo (2020). Mueva el archivo a la carpeta de su plan o corrija el campo.',
    ]);
  });

  test('rejects a task id used twice in one plan, naming the file that has it first', () => {
    const lines = getProblemLines(
      toCatalogInput({
        activities: [
          toActivityEntry('a', { orden: 1, tareas: [toTask('foro', '2021-06-30')] }),
          toActivityEntry('b', { orden: 2, tareas: [toTask('acta', '2021-06-30'), toTask('foro', '2021-09-30')] }),
        ],
      }),
    );
    expect(lines).toEqual([
      'content/actividades/2021/b.mdx, campo `tareas › elemento 2 › id`: "foro" ya se usa como id de tarea en content/actividades/2021/a.mdx. Use un identificador distinto.',
    ]);
  });

  test('rejects a report for a period the plan does not have, and a second report for one period', () => {
    const lines = getProblemLines(
      toCatalogInput({
        reports: [
          toReportEntry('i-semestre'),
          { ...toReportEntry('i-semestre'), file: 'content/informes/2021/copia.mdx' },
          toReportEntry('ii-semestre'),
        ],
      }),
    );
    expect(lines).toEqual([
      'content/informes/2021/copia.mdx, campo `periodo`: "i-semestre" ya se usa como periodo de informe en content/informes/2021/i-semestre.mdx. Use un identificador distinto.',
      'content/informes/2021/ii-semestre.mdx, campo `periodo`: "ii-semestre" no es un periodo del plan. Para publicar el informe de un periodo nuevo, agréguelo primero a la lista periodos de content/planes/2021.yaml (con id, nombre y corte), o use npm run nuevo -- informe, que lo agrega por usted. Todos los periodos que el plan tiene ya tienen su informe.',
    ]);
  });

  test('offers, for a report of a period the plan does not have, only the periods still waiting for their report', () => {
    const twoPeriods = {
      periodos: [
        { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
        { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
      ],
    };
    const lines = getProblemLines(
      toCatalogInput({ plans: [toPlanEntry('2021', twoPeriods)], reports: [toReportEntry('i-semestre'), toReportEntry('segundo-semestre')] }),
    );
    expect(lines).toEqual([expect.stringMatching(/"segundo-semestre" no es un periodo del plan\. .* Los periodos del plan que todavía no tienen informe son: ii-semestre\.$/)]);
  });

  test('lists every problem at once under one heading', () => {
    const { problems } = toCatalog(
      toCatalogInput({
        activities: [toActivityEntry('x', { componente: 'nada', tareas: [toTask('foro', '2021-06-30')] })],
        evidence: [toEvidenceEntry('e', { tarea: 'foro', fecha: '2021-06-30', avance: 5 })],
      }),
    );
    const text = formatProblems(problems);
    expect(text.split('\n')[0]).toBe('Se encontraron 2 problemas en el contenido. Corríjalos antes de publicar:');
    expect(text).toContain('campo `componente`');
    expect(text).toContain('campo `tarea`: "foro" no existe: todavía no hay identificadores de tareas del plan.');
  });

  test('reads the plan folder from a file path', () => {
    expect(getParentFolder('content/evidencias/2021/2021-06-30-video.mdx')).toBe('2021');
  });
});
