import { describe, expect, test } from 'vitest';
import { formatProblem, type Problem } from '../validation/problems';
import { getCorrectedFigures, getOriginalSummary, getReportCorrections, toPublishedRecord, toRecordYaml } from './published';
import { validateContent, type ContentFile } from '../validation/validate';
import { getPeriodView } from './views';

const TODAY = '2021-09-15';

/** A plan with two components and two cut-offs; a report of the first is added by each test. */
const PLAN: ContentFile[] = [
  { path: 'content/sitio.yaml', text: 'entidad: Entidad de prueba\n' },
  {
    path: 'content/planes/2021.yaml',
    text: [
      'titulo: Plan 2021',
      'anio: 2021',
      'componentes:',
      '  - id: dialogo',
      '    nombre: Diálogo',
      '  - id: seguimiento',
      '    nombre: Seguimiento',
      'periodos:',
      '  - id: i-semestre',
      '    nombre: I semestre',
      '    corte: 2021-06-30',
      '  - id: ii-semestre',
      '    nombre: II semestre',
      '    corte: 2021-12-31',
      '',
    ].join('\n'),
  },
  {
    path: 'content/actividades/2021/foro.mdx',
    text: [
      '---',
      'plan: 2021',
      'componente: dialogo',
      'nombre: Foro',
      'tareas:',
      '  - id: convocar',
      '    tarea: Convocar el foro',
      '    programada: 2021-05-31',
      '  - id: realizar',
      '    tarea: Realizar el foro',
      '    producto: Memoria del foro',
      '    programada: 2021-06-30',
      '  - id: responder',
      '    tarea: Responder las preguntas',
      '    programada: 2021-10-31',
      '---',
      '',
    ].join('\n'),
  },
  toEvidence('2021-05-20-convocar', 'convocar', '2021-05-20', 100),
  toEvidence('2021-06-20-realizar', 'realizar', '2021-06-20', 50),
];

function toEvidence(name: string, tarea: string, fecha: string, avance: number): ContentFile {
  return {
    path: `content/evidencias/2021/${name}.mdx`,
    text: ['---', 'plan: 2021', `tarea: ${tarea}`, `fecha: ${fecha}`, `avance: ${avance}`, 'enlaces:', '  - url: https://www.example.gov.co/acta', '    texto: Acta', '    tipo: documento', '---', 'Texto.', ''].join('\n'),
  };
}

function toReport(frontmatter: readonly string[]): ContentFile {
  return {
    path: 'content/informes/2021/i-semestre.mdx',
    text: ['---', 'plan: 2021', 'periodo: i-semestre', 'titulo: Informe del I semestre', 'objetivo: Informar.', ...frontmatter, '---', ''].join('\n'),
  };
}

/** The content as the closing command leaves it: the report records what it published then. */
function getPublished(files: readonly ContentFile[] = PLAN): ContentFile[] {
  const { catalog } = validateContent([...files, toReport([])], 'content', TODAY);
  const plan = catalog.plans[0]!;
  return [...files, toReport(toRecordYaml(toPublishedRecord(plan.tasks, '2021-06-30')))];
}

function check(files: readonly ContentFile[]) {
  return validateContent(files, 'content', TODAY);
}

function replaceIn(files: readonly ContentFile[], path: string, from: string, to: string): ContentFile[] {
  return files.map((file) => (file.path === path ? { ...file, text: file.text.replace(from, to) } : file));
}

/** The report file with the lines a problem offers to copy added before its closing `---`. */
function withCopiedLines(files: readonly ContentFile[], problem: Problem): ContentFile[] {
  return files.map((file) => {
    if (file.path !== 'content/informes/2021/i-semestre.mdx') return file;
    const end = file.text.indexOf('\n---', 4);
    return { ...file, text: `${file.text.slice(0, end)}\n${problem.copy!.join('\n')}${file.text.slice(end)}` };
  });
}

describe('a published report', () => {
  test('records every product of the plan with its component, whether it was programmed and its execution at the cut-off', () => {
    const report = check(getPublished()).catalog.plans[0]!.reportedPeriods[0]!.report;
    expect([...report.published!.products]).toEqual([
      ['convocar', { componente: 'dialogo', programado: true, ejecucion: 100 }],
      ['realizar', { componente: 'dialogo', programado: true, ejecucion: 50 }],
      ['responder', { componente: 'dialogo', programado: false, ejecucion: 0 }],
    ]);
    expect(report.published!.figures).toEqual({ ejecucion: 50, avance: 50, programados: 2, ejecutados: 1, productos: 3 });
  });

  test('passes validation while the content still gives what it published', () => {
    const files = getPublished().concat(toEvidence('2021-07-10-realizar', 'realizar', '2021-07-10', 100));
    expect(check(files).problems).toEqual([]);
  });

  test('does not count a product added to the plan after it was published', () => {
    const files = getPublished().concat({
      path: 'content/actividades/2021/taller.mdx',
      text: '---\nplan: 2021\ncomponente: seguimiento\nnombre: Taller\ntareas:\n  - id: taller\n    tarea: Hacer un taller\n    programada: 2021-06-15\n---\n',
    });
    const { problems, catalog } = check(files);
    expect(problems).toEqual([]);
    const view = getPeriodView(catalog.plans[0]!.reportedPeriods[0]!);
    expect(view.summary).toMatchObject({ total: 3, programmed: 2, executed: 1, execution: 50, progress: 50 });
    expect(view.components.map(({ component }) => component.id)).toEqual(['dialogo']);
  });

  test('asks for its figures when the file has none, offering the lines that make it valid', () => {
    const files = [...PLAN, toReport([])];
    const [problem] = check(files).problems;
    expect(formatProblem(problem!)).toMatch(/^content\/informes\/2021\/i-semestre\.mdx, campo `cifras`: faltan las cifras publicadas del informe/);
    expect(problem!.copy).toContain('  ejecucion: 50');
    expect(check(withCopiedLines(files, problem!)).problems).toEqual([]);
  });

  test('refuses figures edited by hand, naming the figure, what it says and what its products give', () => {
    const files = replaceIn(getPublished(), 'content/informes/2021/i-semestre.mdx', '  avance: 50', '  avance: 60');
    expect(check(files).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/informes\/2021\/i-semestre\.mdx, línea \d+, campo `cifras › avance`: dice 60, pero los productos de este informe \(campo productos\) dan 50\./),
    ]);
  });
});

describe('a change that would alter a published figure', () => {
  test('is refused on the evidence that makes it, saying which figure changes from what to what', () => {
    const files = getPublished().concat(toEvidence('2021-06-29-realizar', 'realizar', '2021-06-29', 100));
    const problems = check(files).problems;
    expect(problems.map(formatProblem)).toEqual([
      'content/evidencias/2021/2021-06-29-realizar.mdx, línea 5, campo `avance`: cambia una cifra publicada del «Informe del I semestre» (content/informes/2021/i-semestre.mdx, corte al 30 de junio de 2021): la ejecución de «Memoria del foro» al 30 de junio de 2021 pasa de 50%, como se publicó, a 100%. Con este cambio, la ejecución del I semestre publicada pasaría de 50% a 100% y el avance global publicado pasaría de 50% a 66%. Un informe publicado no cambia sin aviso. Si el cambio es un error, corríjalo o deshágalo. Si lo que estaba mal era el informe, publique una fe de erratas: agregue estas líneas al final de los campos de content/informes/2021/i-semestre.mdx (antes de la segunda línea ---) y escriba el motivo (o use npm run nuevo -- errata):',
    ]);
    expect(problems[0]!.copy).toEqual([
      'erratas:',
      '  - fecha: 2021-09-15',
      '    motivo: Escriba aquí, en lenguaje claro, por qué se corrige el informe.',
      '    productos:',
      '      realizar: { componente: dialogo, programado: true, ejecucion: 100 }',
    ]);
  });

  test('is refused on the activity when a product is moved to another component or across the cut-off', () => {
    const moved = replaceIn(getPublished(), 'content/actividades/2021/foro.mdx', 'programada: 2021-06-30', 'programada: 2021-07-15');
    expect(check(moved).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/actividades\/2021\/foro\.mdx, línea 12, campo `tareas › elemento 2 › programada`: .*«Memoria del foro» estaba programado hasta el 30 de junio de 2021, y ahora su fecha programada es posterior a ese corte\. Con este cambio, la ejecución del I semestre publicada pasaría de 50% a 100%\./),
    ]);
    const otherComponent = replaceIn(getPublished(), 'content/actividades/2021/foro.mdx', 'componente: dialogo', 'componente: seguimiento');
    expect(check(otherComponent).problems.map(formatProblem)).toHaveLength(3);
    expect(check(otherComponent).problems.map(formatProblem)[0]).toMatch(
      /campo `componente`: .*«Convocar el foro» se publicó en otro componente: su actividad cambió de componente\. En el informe publicado, el producto pasaría del componente «Diálogo» al componente «Seguimiento»/,
    );
  });

  test('is refused on the report when a product it published no longer exists', () => {
    const files = replaceIn(getPublished(), 'content/actividades/2021/foro.mdx', '  - id: responder\n    tarea: Responder las preguntas\n    programada: 2021-10-31\n', '');
    expect(check(files).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/informes\/2021\/i-semestre\.mdx, línea \d+, campo `productos › responder`: .*el producto «responder», que este informe publicó, ya no está en ninguna actividad del plan.*el avance global publicado pasaría de 50% a 75%/),
    ]);
  });

  test('points to the evidence whose date moved past the cut-off', () => {
    const files = replaceIn(getPublished(), 'content/evidencias/2021/2021-06-20-realizar.mdx', 'fecha: 2021-06-20', 'fecha: 2021-07-20');
    expect(check(files).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/evidencias\/2021\/2021-06-20-realizar\.mdx, línea 4, campo `fecha`: .*pasa de 50%, como se publicó, a 0%\. Ya no tiene evidencias hasta el corte: ¿se cambió la fecha de esta evidencia\?/),
    ]);
  });
});

describe('a correction (fe de erratas)', () => {
  function getCorrected() {
    const files = getPublished().concat(toEvidence('2021-06-29-realizar', 'realizar', '2021-06-29', 100));
    const [problem] = check(files).problems;
    return withCopiedLines(files, problem!);
  }

  test('made with the lines validation offers, makes the change valid and the report stand by the corrected figures', () => {
    const { problems, catalog } = check(getCorrected());
    expect(problems).toEqual([]);
    const period = catalog.plans[0]!.reportedPeriods[0]!;
    expect(getPeriodView(period).summary).toMatchObject({ execution: 100, progress: 66 });
    expect(getOriginalSummary(period.report)).toMatchObject({ execution: 50, progress: 50 });
  });

  test('tells when and why, which figures changed from what to what, and which products', () => {
    const report = check(getCorrected()).catalog.plans[0]!.reportedPeriods[0]!.report;
    const [correction] = getReportCorrections(report);
    expect(correction!.errata.fecha).toBe('2021-09-15');
    expect(correction!.figures).toEqual([
      { figure: 'ejecucion', before: 50, after: 100 },
      { figure: 'avance', before: 50, after: 66 },
    ]);
    expect(correction!.products.map(({ id, before, after }) => [id, before?.ejecucion, after?.ejecucion])).toEqual([['realizar', 50, 100]]);
  });

  test('marks each headline figure it changed with the value first published and the date of the correction', () => {
    const report = check(getCorrected()).catalog.plans[0]!.reportedPeriods[0]!.report;
    expect(getCorrectedFigures(report)).toEqual({
      ejecucion: { published: 50, date: '2021-09-15' },
      avance: { published: 50, date: '2021-09-15' },
    });
    const published = check(getPublished()).catalog.plans[0]!.reportedPeriods[0]!.report;
    expect(getCorrectedFigures(published)).toEqual({});
  });

  test('can take a product out of a report, and is refused for one the report does not have', () => {
    const retire = (id: string) =>
      getPublished().map((file) =>
        file.path.endsWith('i-semestre.mdx')
          ? { ...file, text: file.text.replace('\n---', `\nerratas:\n  - fecha: 2021-08-01\n    motivo: Se retiró.\n    productos:\n      ${id}: retirado\n---`) }
          : file,
      );
    const { catalog, problems } = check(replaceIn(retire('responder'), 'content/actividades/2021/foro.mdx', '  - id: responder\n    tarea: Responder las preguntas\n    programada: 2021-10-31\n', ''));
    expect(problems).toEqual([]);
    const period = catalog.plans[0]!.reportedPeriods[0]!;
    expect(period.report.tasks.map((task) => task.id)).toEqual(['convocar', 'realizar']);
    expect(getPeriodView(period).summary).toMatchObject({ total: 2, progress: 75 });
    expect(check(retire('no-existe')).problems.map(formatProblem)).toEqual([
      expect.stringContaining('campo `erratas › elemento 1 › productos › no-existe`: "no-existe" no está entre los productos del informe'),
    ]);
  });

  test('is dated on or after the cut-off, not in the future, and in order', () => {
    const dated = (fecha: string) => replaceIn(getCorrected(), 'content/informes/2021/i-semestre.mdx', 'fecha: 2021-09-15', `fecha: ${fecha}`);
    expect(check(dated('2021-06-01')).problems.map(formatProblem)).toEqual([expect.stringContaining('una fe de erratas es igual o posterior al corte del informe (2021-06-30)')]);
    expect(check(dated('2021-10-01')).problems.map(formatProblem)).toEqual([expect.stringContaining('la fe de erratas no puede tener una fecha futura')]);
  });
});

describe('a file that cannot be read', () => {
  test('is the only problem reported: the reports are checked once every file is read', () => {
    const files = replaceIn(getPublished(), 'content/evidencias/2021/2021-05-20-convocar.mdx', 'fecha: 2021-05-20', 'fecha: 2021-13-45');
    expect(check(files).problems.map(formatProblem)).toEqual([expect.stringContaining('campo `fecha`: "2021-13-45" no es válido')]);
  });
});

describe('a date typed wrong', () => {
  test('is the only problem reported, not also a change of published figures', () => {
    const files = replaceIn(getPublished(), 'content/evidencias/2021/2021-06-20-realizar.mdx', 'fecha: 2021-06-20', 'fecha: 2201-06-20');
    const problems = check(files).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('campo `fecha`');
    expect(problems[0]).not.toContain('cambia una cifra publicada');
  });
});
