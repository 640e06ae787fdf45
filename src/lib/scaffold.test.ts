import { describe, expect, test } from 'vitest';
import { parseYamlData, getYamlSource } from './frontmatter';
import { formatProblem } from './problems';
import { toActivityFile, toEvidenceFile, toSlug } from './scaffold';
import { VALID_CONTENT_FILES } from './test-fixtures';
import { validateContent } from './validate';

const TODAY = '2021-07-15';

function getProblems(path: string, text: string): string[] {
  const files = [...VALID_CONTENT_FILES, { path: `content/${path}`, text }];
  return validateContent(files, 'content', TODAY, new Set(['/documentos/2021/acta.pdf'])).problems.map(formatProblem);
}

function getData(text: string): Record<string, unknown> {
  return parseYamlData(getYamlSource('nuevo.mdx', text).yaml);
}

describe('toSlug', () => {
  test('makes a file name from Spanish text', () => {
    expect(toSlug('Publicación del Plan de Participación 2021')).toBe('publicacion-del-plan-de-participacion-2021');
    expect(toSlug('  ¿Diálogo?  Sí, ¡con niños!  ')).toBe('dialogo-si-con-ninos');
  });

  test('cuts long names at a word boundary', () => {
    expect(toSlug('uno dos tres cuatro', 12)).toBe('uno-dos-tres');
    expect(toSlug('uno dos tres cuatro', 10)).toBe('uno-dos');
  });
});

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
