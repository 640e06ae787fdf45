import { describe, expect, test } from 'vitest';
import { getParentFolder, toCatalog, toProblemsWithNotes } from './catalog';
import { getFeedItems } from '../publishing/discovery';
import { checkIntegrity } from '../validation/integrity';
import { getDataFiles } from '../publishing/open-data';
import { formatProblem, formatProblems } from '../validation/problems';
import { checkPublishedReports } from '../progress/published';
import { getSearchFilterOptions } from '../publishing/search';
import {
  toActivityEntry,
  toCatalogInput,
  toEvidenceEntry,
  toPlanEntry,
  toReportEntry,
  toTask,
} from '../testing/test-fixtures';
import {
  getAsOfDate,
  getCurrentPlan,
  getEvidenceFeed,
  getNewerPlans,
  getPeriodView,
  getPlanSnapshot,
  getPlanSummaries,
  getSchedule,
} from '../progress/views';

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

  test('gives each task its own unit, else its activity\'s, and each unit its tasks and their activities in the plan\'s order', () => {
    const { catalog, problems } = toCatalog(
      toCatalogInput({
        plans: [toPlanEntry('2021', { dependencias: [{ id: 'comunicaciones', nombre: 'Grupo de Comunicaciones' }, { id: 'planeacion', nombre: 'Planeación' }] })],
        activities: [
          toActivityEntry('foro', { orden: 1, dependencia: 'comunicaciones', tareas: [toTask('convocar', '2021-05-01'), toTask('acta', '2021-06-30', { dependencia: 'planeacion' })] }),
          toActivityEntry('informe', { orden: 2, tareas: [toTask('publicar', '2021-06-30')] }),
        ],
      }),
    );
    expect(problems).toEqual([]);
    const [comunicaciones, planeacion] = catalog.plans[0]!.units;
    const taskUnits = catalog.plans[0]!.tasks.map((task) => [task.id, task.unit?.id]);
    expect(taskUnits).toEqual([['convocar', 'comunicaciones'], ['acta', 'planeacion'], ['publicar', undefined]]);
    expect(comunicaciones!.tasks.map((task) => task.id)).toEqual(['convocar']);
    expect(planeacion!.activities.map((activity) => activity.slug)).toEqual(['foro']);
    expect(catalog.plans[0]!.activities.map((activity) => activity.unit?.id)).toEqual(['comunicaciones', undefined]);
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
      'content/actividades/2021/dialogos.mdx, campo `componente`: "dialogos" no existe. ¿Quiso decir dialogo? Escriba uno de estos componentes del plan: dialogo, seguimiento.',
    ]);
  });

  test('rejects a unit the plan does not list, on the activity or on the task, offering the one the editor meant', () => {
    const lines = getProblemLines(
      toCatalogInput({
        plans: [toPlanEntry('2021', { dependencias: [{ id: 'comunicaciones', nombre: 'Grupo de Comunicaciones' }, { id: 'planeacion', nombre: 'Planeación' }] })],
        activities: [
          toActivityEntry('dialogos', {
            dependencia: 'comunicacion',
            tareas: [toTask('foro', '2021-06-30'), toTask('acta', '2021-06-30', { dependencia: 'planeasion' })],
          }),
        ],
      }),
    );
    expect(lines).toEqual([
      'content/actividades/2021/dialogos.mdx, campo `dependencia`: "comunicacion" no existe. ¿Quiso decir comunicaciones? Escriba uno de estos identificadores de dependencias del plan: comunicaciones, planeacion.',
      'content/actividades/2021/dialogos.mdx, campo `tareas › elemento 2 › dependencia`: "planeasion" no existe. ¿Quiso decir planeacion? Escriba uno de estos identificadores de dependencias del plan: comunicaciones, planeacion.',
    ]);
  });

  test('rejects a unit in a plan that lists none, saying there are none yet', () => {
    const lines = getProblemLines(
      toCatalogInput({ activities: [toActivityEntry('dialogos', { dependencia: 'comunicaciones', tareas: [toTask('foro', '2021-06-30')] })] }),
    );
    expect(lines).toEqual([
      'content/actividades/2021/dialogos.mdx, campo `dependencia`: "comunicaciones" no existe: todavía no hay identificadores de dependencias del plan. Agregue primero lo que este campo nombra, o corrija el campo.',
    ]);
  });

  test('rejects a reference to a plan that does not exist', () => {
    const lines = getProblemLines(
      toCatalogInput({ activities: [toActivityEntry('x', { tareas: [toTask('foro', '2022-06-30')] }, '2022')] }),
    );
    expect(lines).toEqual([
      'content/actividades/2022/x.mdx, campo `plan`: "2022" no existe. ¿Quiso decir 2021? Escriba uno de estos planes: 2021.',
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

  test('rejects a report for a period the plan does not have, and a second report for one period, on the file that comes later by its path', () => {
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
      'content/informes/2021/i-semestre.mdx, campo `periodo`: "i-semestre" ya se usa como periodo de informe en content/informes/2021/copia.mdx. Use un identificador distinto.',
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
        evidence: [toEvidenceEntry('e', { tarea: 'acta', fecha: '2021-06-30', avance: 5 })],
      }),
    );
    const text = formatProblems(problems);
    expect(text.split('\n')[0]).toBe('Se encontraron 2 problemas en el contenido. Corríjalos antes de publicar:');
    expect(text).toContain('campo `componente`');
    expect(text).toContain('campo `tarea`: "acta" no existe: todavía no hay identificadores de tareas del plan. Agregue primero lo que este campo nombra, o corrija el campo.');
  });

  test('offers the task id the editor most likely meant, accents and capitals aside', () => {
    const lines = getProblemLines(
      toCatalogInput({
        activities: [toActivityEntry('dialogos', { tareas: [toTask('foro', '2021-06-30'), toTask('acta', '2021-06-30')] })],
        evidence: [toEvidenceEntry('2021-06-30-acta', { tarea: 'atca', fecha: '2021-06-30', avance: 10 })],
      }),
    );
    expect(lines).toEqual([
      'content/evidencias/2021/2021-06-30-acta.mdx, campo `tarea`: "atca" no existe. ¿Quiso decir acta? Escriba uno de estos identificadores de tareas del plan: foro, acta.',
    ]);
  });

  test('lists only the ten closest task ids of a big plan, and says how many more there are', () => {
    const tareas = Array.from({ length: 300 }, (_, index) => toTask(`producto-${index + 1}`, '2021-06-30'));
    const [line] = getProblemLines(
      toCatalogInput({
        activities: [toActivityEntry('grande', { tareas })],
        evidence: [toEvidenceEntry('2021-06-30-x', { tarea: 'producto-1000', fecha: '2021-06-30', avance: 10 })],
      }),
    );
    expect(line).toMatch(/"producto-1000" no existe\. ¿Quiso decir producto-100\? Los identificadores de tareas del plan más parecidos son: producto-100, (?:[a-z0-9-]+, ){8}[a-z0-9-]+ \(y 290 más\)\.$/);
  });

  test('offers the period a report most likely meant', () => {
    const plan = toPlanEntry('2021', {
      periodos: [
        { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
        { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
      ],
    });
    const [line] = getProblemLines(toCatalogInput({ plans: [plan], reports: [toReportEntry('ii-semestr')] }));
    expect(line).toMatch(/"ii-semestr" no es un periodo del plan\. ¿Quiso decir ii-semestre\? Para publicar/);
  });

  test('reads the plan folder from a file path', () => {
    expect(getParentFolder('content/evidencias/2021/2021-06-30-video.mdx')).toBe('2021');
  });
});

describe('one root cause, one problem', () => {
  const activity = toActivityEntry('dialogos', { tareas: [toTask('foro', '2021-06-30')] });
  const evidence = toEvidenceEntry('2021-06-30-foro', { tarea: 'foro', fecha: '2021-06-30', avance: 10 });

  test('does not check the files of a plan whose file is broken, and says so once on the plan file', () => {
    const lines = getProblemLines(
      toCatalogInput({
        plans: [],
        activities: [activity],
        evidence: [evidence],
        reports: [toReportEntry('i-semestre')],
        broken: { plans: new Map([['2021', 'content/planes/2021.yaml']]), activities: [] },
      }),
    );
    expect(lines).toEqual([
      'content/planes/2021.yaml: los demás archivos de este plan (3) no se revisaron: su plan, componente, tarea o periodo se comprueban con este archivo. Corrija primero este; después se revisarán los demás.',
    ]);
  });

  test('still reports a plan that does not exist when the broken plan is another one', () => {
    const lines = getProblemLines(
      toCatalogInput({
        plans: [toPlanEntry('2021')],
        activities: [toActivityEntry('x', { tareas: [toTask('foro', '2022-06-30')] }, '2022')],
        broken: { plans: new Map([['2020', 'content/planes/2020.yaml']]), activities: [] },
      }),
    );
    expect(lines).toEqual(['content/actividades/2022/x.mdx, campo `plan`: "2022" no existe. ¿Quiso decir 2021? Escriba uno de estos planes: 2021.']);
  });

  test('does not check evidence of the tasks a broken activity declares, but still checks other tasks', () => {
    const lines = getProblemLines(
      toCatalogInput({
        evidence: [evidence, toEvidenceEntry('2021-06-30-otra', { tarea: 'otra', fecha: '2021-06-30', avance: 10 })],
        broken: { plans: new Map(), activities: [{ file: 'content/actividades/2021/dialogos.mdx', plan: '2021', tasks: new Set(['foro']) }] },
      }),
    );
    expect(lines).toEqual([
      'content/evidencias/2021/2021-06-30-otra.mdx, campo `tarea`: "otra" no existe: todavía no hay identificadores de tareas del plan. Agregue primero lo que este campo nombra, o corrija el campo.',
      'content/actividades/2021/dialogos.mdx: la evidencia de una tarea de esta actividad no se revisó: sus tareas se comprueban con este archivo. Corrija primero este; después se revisará la evidencia.',
    ]);
  });

  test('does not check unknown tasks of a plan while one of its activities cannot be read', () => {
    const lines = getProblemLines(
      toCatalogInput({
        activities: [activity],
        evidence: [evidence, toEvidenceEntry('a', { tarea: 'otra', fecha: '2021-06-30', avance: 10 }), toEvidenceEntry('b', { tarea: 'mas', fecha: '2021-06-30', avance: 10 })],
        broken: { plans: new Map(), activities: [{ file: 'content/actividades/2021/rota.mdx', plan: '2021', tasks: undefined }] },
      }),
    );
    expect(lines).toEqual([
      'content/actividades/2021/rota.mdx: como este archivo no se puede leer, no se sabe qué tareas tiene: las evidencias de este plan que nombran una tarea desconocida (2) no se revisaron. Corrija primero este archivo; después se revisarán.',
    ]);
  });

  test('does not check evidence of an activity left out for a component the plan does not have, and says so under its problem', () => {
    const lines = getProblemLines(
      toCatalogInput({
        activities: [{ ...activity, data: { ...activity.data, componente: 'dialgo' } }],
        evidence: [evidence, { ...evidence, file: 'content/evidencias/2021/otra.mdx' }],
      }),
    );
    expect(lines).toEqual([
      'content/actividades/2021/dialogos.mdx, campo `componente`: "dialgo" no existe. ¿Quiso decir dialogo? Escriba uno de estos componentes del plan: dialogo, seguimiento.',
      'content/actividades/2021/dialogos.mdx: las evidencias de las tareas de esta actividad (2) no se revisaron: sus tareas se comprueban con este archivo. Corrija primero este; después se revisarán las evidencias.',
    ]);
  });

  test('does not check evidence of an activity that names a plan that does not exist', () => {
    const lines = getProblemLines(
      toCatalogInput({ activities: [{ ...activity, data: { ...activity.data, plan: '2012' } }], evidence: [evidence] }),
    );
    expect(lines).toEqual([
      'content/actividades/2021/dialogos.mdx, campo `plan`: "2012" no existe. ¿Quiso decir 2021? Escriba uno de estos planes: 2021.',
      'content/actividades/2021/dialogos.mdx: la evidencia de una tarea de esta actividad no se revisó: sus tareas se comprueban con este archivo. Corrija primero este; después se revisará la evidencia.',
    ]);
  });
});

describe('placing notes', () => {
  test('puts a note right after the last problem of its file, or last when the file has none', () => {
    const problem = (file: string, detail: string) => ({ file, field: '', detail });
    const problems = [problem('a', '1'), problem('a', '2'), problem('b', '3')];
    expect(toProblemsWithNotes(problems, [problem('a', 'nota'), problem('c', 'otra')]).map(({ detail }) => detail)).toEqual([
      '1',
      '2',
      'nota',
      '3',
      'otra',
    ]);
  });
});

describe('reading files in any order', () => {
  const link = [{ url: 'https://www.example.gov.co/acta', texto: 'Acta', tipo: 'documento' as const }];
  const reported = { periodos: [{ id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' }, { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' }] };
  const input = toCatalogInput({
    plans: [
      toPlanEntry('2021', reported),
      toPlanEntry('otro-2021', reported),
      toPlanEntry('2022', { anio: 2022, periodos: [{ id: 'i-semestre', nombre: 'I semestre', corte: '2022-06-30' }] }),
      toPlanEntry('otro-2022', { anio: 2022, periodos: [] }),
    ],
    activities: [
      // Equal positions and names, equal programmed dates, a task id used twice.
      toActivityEntry('foro-b', { nombre: 'Foro', orden: 1, tareas: [toTask('foro-b', '2021-06-30')] }),
      toActivityEntry('foro-a', { nombre: 'Foro', orden: 1, tareas: [toTask('foro-a', '2021-06-30'), toTask('acta', '2021-03-31')] }),
      toActivityEntry('video-b', { nombre: 'Video', componente: 'seguimiento', tareas: [toTask('video-b', '2021-09-30')] }),
      toActivityEntry('video-a', { nombre: 'Video', componente: 'seguimiento', tareas: [toTask('video-a', '2021-06-30')] }),
      toActivityEntry('copia', { nombre: 'Copia', tareas: [toTask('acta', '2021-12-31')] }),
      toActivityEntry('otra', { nombre: 'Otra', tareas: [toTask('otra', '2021-06-30')] }, 'otro-2021'),
    ],
    evidence: [
      // Same task and day, differing only in what the figures cannot tell apart.
      toEvidenceEntry('foro-a-1', { tarea: 'foro-a', fecha: '2021-06-30', avance: 50 }),
      toEvidenceEntry('foro-a-2', { tarea: 'foro-a', fecha: '2021-06-30', avance: 50, aplazada: true, nota: 'Se aplazó.' }),
      toEvidenceEntry('foro-a-3', { tarea: 'foro-a', fecha: '2021-06-30', avance: 50, nota: 'Otra nota.', enlaces: link }),
      // Same day, different tasks.
      toEvidenceEntry('foro-b', { tarea: 'foro-b', fecha: '2021-06-15', avance: 100, enlaces: link }),
      toEvidenceEntry('video-a', { tarea: 'video-a', fecha: '2021-06-15', avance: 30 }),
      toEvidenceEntry('acta', { tarea: 'acta', fecha: '2021-03-31', avance: 100, enlaces: link }),
      toEvidenceEntry('tardia', { tarea: 'video-b', fecha: '2022-01-20', avance: 100, enlaces: link }),
      toEvidenceEntry('otra', { tarea: 'otra', fecha: '2021-06-10', avance: 20 }, 'otro-2021'),
    ],
    reports: [
      toReportEntry('i-semestre'),
      { ...toReportEntry('i-semestre'), id: '2021/copia', file: 'content/informes/2021/copia.mdx' },
      toReportEntry('i-semestre', {}, 'otro-2021'),
    ],
  });

  // Everything the site publishes that has an order or a value: pages, feeds, open data, problems.
  function getPublished(parts: typeof input): unknown {
    const { catalog, problems } = toCatalog(parts);
    const ids = (tasks: readonly { task: { id: string } }[]) => tasks.map((item) => item.task.id);
    return {
      current: getCurrentPlan(catalog)?.id,
      summaries: getPlanSummaries(catalog).map(({ plan, date, summary, closed }) => [plan.id, date, summary, closed]),
      newer: catalog.plans.map((plan) => [plan.id, getNewerPlans(catalog, plan).map((other) => other.id)]),
      feed: getFeedItems(catalog).map((item) => [item.id, item.description]),
      search: getSearchFilterOptions(catalog.plans),
      plans: catalog.plans.map((plan) => {
        const date = getAsOfDate(plan);
        const snapshot = getPlanSnapshot(plan, date);
        return {
          id: plan.id,
          activities: plan.activities.map((activity) => activity.slug),
          tasks: plan.tasks.map((task) => [task.id, task.activity.slug, task.evidence.map((evidence) => evidence.entryId)]),
          snapshot: [snapshot.summary, snapshot.tasks.map((item) => [item.task.id, item.execution, item.state, item.evidence.map((e) => e.entryId)])],
          components: snapshot.components.map((component) => [component.component.id, component.summary, component.activities.map((a) => [a.activity.slug, ids(a.tasks)])]),
          periods: plan.reportedPeriods.map((period) => {
            const view = getPeriodView(period);
            return [period.report.file, view.summary, ids(view.programmedTasks), ids(view.laterTasks)];
          }),
          schedule: getSchedule(plan, date).months.map((month) => [month.month, ids(month.tasks)]),
          evidence: getEvidenceFeed(plan, date).map((item) => [item.evidence.entryId, item.taskState, item.late]),
          data: getDataFiles(plan).map((file) => [file.name, file.content]),
        };
      }),
      problems: [...problems, ...checkIntegrity(catalog, '2022-02-01'), ...checkPublishedReports(catalog, '2022-02-01')].map(formatProblem),
    };
  }

  // A fixed pseudo-random order, so a failure can be replayed.
  function toShuffled<Item>(items: readonly Item[], seed: number): Item[] {
    const shuffled = [...items];
    let state = seed;
    for (let index = shuffled.length - 1; index > 0; index -= 1) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const other = state % (index + 1);
      [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
    }
    return shuffled;
  }

  const orders: [string, (items: readonly never[]) => never[]][] = [
    ['reversed', (items) => [...items].reverse()],
    ...[1, 2, 3, 4, 5].map((seed): [string, (items: readonly never[]) => never[]] => [`shuffled (seed ${seed})`, (items) => toShuffled(items, seed)]),
  ];

  test.each(orders)('gives the same figures, orders and problems whatever the order the files are read in: %s', (_, reorder) => {
    const reordered = {
      ...input,
      plans: reorder(input.plans as never[]),
      activities: reorder(input.activities as never[]),
      evidence: reorder(input.evidence as never[]),
      reports: reorder(input.reports as never[]),
    };
    expect(getPublished(reordered)).toEqual(getPublished(input));
  });

  test('lists the plans oldest first, and activities with the same position and name by their address', () => {
    const { catalog } = toCatalog(input);
    expect(catalog.plans.map((plan) => plan.id)).toEqual(['2021', 'otro-2021', '2022', 'otro-2022']);
    expect(catalog.plans[0]!.activities.map((activity) => activity.slug)).toEqual(['foro-a', 'foro-b', 'copia', 'video-a', 'video-b']);
  });

  test('refuses a repeated id or period on the file that comes later by its path, whatever the order', () => {
    const reversed = { ...input, activities: [...input.activities].reverse(), reports: [...input.reports].reverse() };
    for (const parts of [input, reversed]) {
      expect(toCatalog(parts).problems.map(formatProblem)).toEqual([
        'content/actividades/2021/foro-a.mdx, campo `tareas › elemento 2 › id`: "acta" ya se usa como id de tarea en content/actividades/2021/copia.mdx. Use un identificador distinto.',
        'content/informes/2021/i-semestre.mdx, campo `periodo`: "i-semestre" ya se usa como periodo de informe en content/informes/2021/copia.mdx. Use un identificador distinto.',
      ]);
    }
  });
});
