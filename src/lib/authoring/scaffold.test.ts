import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { parseYamlData, getYamlSource } from '../content/frontmatter';
import { formatProblem } from '../validation/problems';
import {
  formatTaskOption,
  getFieldErrors,
  getFreePath,
  getPreviousEvidence,
  getProblemsCausedBy,
  getReportedPeriodOf,
  getSuggestedDate,
  isProofMissing,
  toActivityFile,
  toContentState,
  toEvidenceFile,
} from './scaffold';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask, VALID_CONTENT_FILES } from '../testing/test-fixtures';
import { validateContent } from '../validation/validate';

const TODAY = '2021-07-15';

function getProblems(path: string, text: string): string[] {
  const files = [...VALID_CONTENT_FILES, { path: `content/${path}`, text }];
  return validateContent(files, 'content', TODAY, new Set(['/documentos/2021/acta.pdf'])).problems.map(formatProblem);
}

function getData(text: string): Record<string, unknown> {
  return parseYamlData(getYamlSource('nuevo.mdx', text).yaml);
}

describe('a new piece of evidence', () => {
  const file = toEvidenceFile({
    plan: '2021',
    tarea: 'elaborar-video',
    fecha: TODAY,
    avance: 100,
    enlaces: [{ url: 'https://www.youtube.com/watch?v=hUYCEN1ylVY', texto: 'Video: "Canales" de ENTerritorio', tipo: 'video' }],
    texto: 'Se publicó el video en YouTube.',
  });

  test('is named by its date and task, in the plan folder', () => {
    expect(file.path).toBe('evidencias/2021/2021-07-15-elaborar-video.mdx');
  });

  test('passes every check of the content folder it is added to', () => {
    expect(getProblems(file.path, file.text)).toEqual([]);
  });

  test('keeps what the editor typed, quotes included', () => {
    expect(getData(file.text)).toEqual({
      plan: 2021,
      tarea: 'elaborar-video',
      fecha: TODAY,
      avance: 100,
      enlaces: [{ url: 'https://www.youtube.com/watch?v=hUYCEN1ylVY', texto: 'Video: "Canales" de ENTerritorio', tipo: 'video' }],
    });
    expect(file.text.endsWith('---\nSe publicó el video en YouTube.\n')).toBe(true);
  });

  test('explains each field in a comment and shows the optional ones commented out', () => {
    expect(file.text).toContain('# Ejecución de la tarea a esa fecha: un número entero de 0 a 100');
    expect(file.text).toContain('# aplazada: true');
    expect(file.text).toContain('# nota: Se aplazó porque…');
  });

  test('without links, leaves an example link commented out, and stays valid below 100 %', () => {
    const partial = toEvidenceFile({ plan: '2021', tarea: 'elaborar-video', fecha: '2021-06-01', avance: 40, enlaces: [], texto: 'Guion listo.' });
    expect(getProblems(partial.path, partial.text)).toEqual([]);
    expect(partial.text).toContain('#   - url: https://…');
  });
});

test('escapes < and { typed in a description, which MDX would read as a tag or as code', () => {
  const file = toEvidenceFile({ plan: '2021', tarea: 'elaborar-video', fecha: '2021-06-01', avance: 40, enlaces: [], texto: 'Asistieron <20 personas {aprox}.' });
  expect(file.text).toContain('Asistieron \\<20 personas \\{aprox\\}.');
  expect(getProblems(file.path, file.text)).toEqual([]);
});

describe('a new piece of evidence of a postponed task', () => {
  const file = toEvidenceFile({
    plan: '2021',
    tarea: 'elaborar-video',
    fecha: '2021-06-15',
    avance: 0,
    aplazada: true,
    nota: 'Se aplazó: la plataforma no estuvo disponible.',
    enlaces: [],
    texto: 'Se avisó a los invitados.',
  });

  test('writes aplazada and nota as fields, not as commented examples', () => {
    expect(getData(file.text)).toMatchObject({ aplazada: true, nota: 'Se aplazó: la plataforma no estuvo disponible.' });
    expect(file.text).not.toContain('# aplazada: true');
    expect(file.text).not.toContain('# nota:');
  });

  test('passes every check of the content folder it is added to', () => {
    expect(getProblems(file.path, file.text)).toEqual([]);
  });
});

describe('a new activity', () => {
  const file = toActivityFile({
    plan: '2021',
    componente: 'dialogo',
    nombre: 'Realizar un foro: "Diálogo con jóvenes"',
    tarea: { id: 'realizar-foro', tarea: 'Realizar un foro virtual', programada: '2021-11-30' },
    texto: 'Un foro con jóvenes sobre los proyectos de la entidad.',
  });

  test('is named after the activity, in the plan folder', () => {
    expect(file.path).toBe('actividades/2021/realizar-un-foro-dialogo-con-jovenes.mdx');
  });

  test('passes every check of the content folder it is added to', () => {
    expect(getProblems(file.path, file.text)).toEqual([]);
  });

  test('keeps the first task, with its product left as a commented example', () => {
    expect(getData(file.text)).toMatchObject({
      nombre: 'Realizar un foro: "Diálogo con jóvenes"',
      tareas: [{ id: 'realizar-foro', tarea: 'Realizar un foro virtual', programada: '2021-11-30' }],
    });
    expect(file.text).toContain('    # producto: Registro de publicación');
    expect(file.text).toContain('# Grupos de valor: las personas y organizaciones');
  });
});

describe('the date offered for new evidence', () => {
  const period = (id: string, corte: string) => ({ id, nombre: id, corte });
  const getPlan = (periodos: { id: string; nombre: string; corte: string }[], reported: string[]) =>
    toCatalog(toCatalogInput({ plans: [toPlanEntry('2021', { periodos })], reports: reported.map((id) => toReportEntry(id)) })).catalog.plans[0]!;
  const periods = [period('i-semestre', '2021-06-30'), period('ii-semestre', '2021-12-31')];

  test('is the latest cut-off that has passed and has no report yet', () => {
    expect(getSuggestedDate(getPlan(periods, []), '2021-07-20')).toMatchObject({ date: '2021-06-30', reason: 'cutoff', period: { id: 'i-semestre' } });
    expect(getSuggestedDate(getPlan(periods, ['i-semestre']), '2022-01-10')).toMatchObject({ date: '2021-12-31', reason: 'cutoff' });
  });

  test('is today, said as such, when no cut-off has passed or the passed ones are reported', () => {
    expect(getSuggestedDate(getPlan(periods, []), '2021-03-01')).toEqual({ date: '2021-03-01', reason: 'today' });
    expect(getSuggestedDate(getPlan(periods, ['i-semestre']), '2021-07-20')).toEqual({ date: '2021-07-20', reason: 'today' });
  });

  test('is the last day of the plan once its year is over, unless a report already covers that day', () => {
    expect(getSuggestedDate(getPlan([periods[0]!], ['i-semestre']), '2023-02-01')).toEqual({ date: '2021-12-31', reason: 'planEnd' });
    expect(getSuggestedDate(getPlan(periods, ['i-semestre', 'ii-semestre']), '2023-02-01')).toEqual({ date: '2023-02-01', reason: 'today' });
  });

  test('comes with the reported period a date falls in, whose figures new evidence could change', () => {
    const plan = getPlan(periods, ['i-semestre']);
    expect(getReportedPeriodOf(plan, '2021-06-30')?.id).toBe('i-semestre');
    expect(getReportedPeriodOf(plan, '2021-07-01')).toBeUndefined();
  });
});

describe('what a task already has, for the questions about new evidence', () => {
  const task = toCatalog(
    toCatalogInput({
      activities: [toActivityEntry('video', { nombre: 'Video institucional', tareas: [toTask('elaborar-video', '2021-06-30', { producto: 'Video publicado' })] })],
      evidence: [
        toEvidenceEntry('2021-03-01-guion', { tarea: 'elaborar-video', fecha: '2021-03-01', avance: 40 }),
        toEvidenceEntry('2021-06-30-video', { tarea: 'elaborar-video', fecha: '2021-06-30', avance: 100, enlaces: [{ url: 'https://youtu.be/a', texto: 'Video', tipo: 'video' }] }),
      ],
    }),
  ).catalog.plans[0]!.tasks[0]!;

  test('the evidence a new one follows is the latest on or before its date', () => {
    expect(getPreviousEvidence(task, '2021-02-01')).toBeUndefined();
    expect(getPreviousEvidence(task, '2021-06-29')?.avance).toBe(40);
    expect(getPreviousEvidence(task, '2021-06-30')?.avance).toBe(100);
  });

  test('a link is missing for 100 until some evidence up to that date has one', () => {
    expect(isProofMissing(task, '2021-06-29')).toBe(true);
    expect(isProofMissing(task, '2021-07-01')).toBe(false);
  });

  test('is listed with its id, product, activity and programmed date in Spanish', () => {
    expect(formatTaskOption(task, '2021-07-01')).toBe('elaborar-video: Video publicado\n   Actividad: Video institucional. Programada para el 30 de junio de 2021.');
  });

  test('is listed with the date in force that day, once a reprogramming has moved it', () => {
    const moved = { ...task, reprogramaciones: [{ fecha: '2021-09-30', decision: '2021-06-15', motivo: 'Las alcaldías lo pidieron.' }] };
    expect(formatTaskOption(moved, '2021-06-01')).toContain('Programada para el 30 de junio de 2021.');
    expect(formatTaskOption(moved, '2021-07-01')).toContain('Programada para el 30 de septiembre de 2021.');
  });
});

describe('checking a draft against the content it joins', () => {
  const content = toContentState(VALID_CONTENT_FILES, 'content', TODAY, new Set(['/documentos/2021/acta.pdf']));
  const draft = (fecha: string, avance = 50, nota?: string) =>
    toEvidenceFile({ plan: '2021', tarea: 'elaborar-video', fecha, avance, enlaces: [], texto: 'Texto.', ...(nota ? { nota } : {}) });

  test('refuses a date in the future or before the plan, with the words of validation', () => {
    expect(getFieldErrors(content, draft('2021-08-01'), 'fecha')).toEqual([expect.stringContaining('no puede tener una fecha futura')]);
    expect(getFieldErrors(content, draft('2020-12-31'), 'fecha')).toEqual([expect.stringContaining('anterior al año del plan, 2021')]);
    expect(getFieldErrors(content, draft('2021-07-01'), 'fecha')).toEqual([]);
  });

  test('refuses, at the date question, a day on which the task already has evidence, naming the file to add to', () => {
    const sameDay = draft('2021-06-30');
    expect(getFieldErrors(content, { ...sameDay, path: getFreePath(content, sameDay.path) }, 'fecha')).toEqual([
      expect.stringMatching(/^la tarea "elaborar-video" tiene otra evidencia del mismo día, el 30 de junio de 2021, en content\/evidencias\/2021\/2021-06-30-video\.mdx\. .*Junte las dos en un solo archivo/),
    ]);
  });

  test('tells the problems a new file brings, even in other files, from those the content had', () => {
    const earlier = draft('2021-06-01', 100);
    const { caused } = getProblemsCausedBy(content, [earlier]);
    expect(caused.map((problem) => problem.file)).toEqual([`content/${earlier.path}`]);
    expect(caused[0]!.detail).toContain('100 no es válido todavía');

    // Files are read in path order, so the existing activity is the one whose task id is repeated.
    const activity = toActivityFile({
      plan: '2021',
      componente: 'dialogo',
      nombre: 'Afiches',
      tarea: { id: 'elaborar-video', tarea: 'Otra tarea', programada: '2021-06-30' },
      texto: 'Texto.',
    });
    expect(getProblemsCausedBy(content, [activity]).caused.map((problem) => problem.file)).toEqual(['content/actividades/2021/video.mdx']);

    const broken = [...VALID_CONTENT_FILES, { path: 'content/evidencias/2021/roto.mdx', text: '---\nplan: 2021\n---\n' }];
    const withProblems = toContentState(broken, 'content', TODAY, new Set(['/documentos/2021/acta.pdf']));
    const fine = getProblemsCausedBy(withProblems, [draft('2021-07-01', 100)]);
    expect(fine.caused).toEqual([]);
    expect(fine.existing.map((problem) => problem.file)).toContain('content/evidencias/2021/roto.mdx');
  });

  test('never writes over a file that already has the name a new piece of evidence takes', () => {
    expect(getFreePath(content, 'evidencias/2021/2021-06-30-video.mdx')).toBe('evidencias/2021/2021-06-30-video-2.mdx');
    expect(getFreePath(content, 'evidencias/2021/2021-07-01-video.mdx')).toBe('evidencias/2021/2021-07-01-video.mdx');
  });
});
