import { expect, test } from 'vitest';
import { fromEditorFile, ORIGINAL_KEY, toEditedYaml, toEditorFile } from './file-format';

const ACTIVITY = `---
# Fuente: informe de avance del I semestre de 2021.
plan: 2021
componente: dialogo
nombre: Generar espacio virtual
orden: 3
tareas:
  - id: elaborar-video
    tarea: Elaborar un (1) video
    programada: 2021-06-30 # el día del corte
---
Texto de la actividad.
`;

test('reads ids written as numbers as text, dates as text, and the body apart', () => {
  const data = fromEditorFile('frontmatter', ACTIVITY, ['plan', 'componente']);
  expect(data.plan).toBe('2021');
  expect(data.orden).toBe(3);
  expect((data.tareas as { programada: unknown }[])[0]!.programada).toBe('2021-06-30');
  expect(data.body).toBe('Texto de la actividad.\n');
});

test('writes back an unchanged file exactly as it was, comments included', () => {
  const data = fromEditorFile('frontmatter', ACTIVITY, ['plan', 'componente']);
  expect(toEditorFile('frontmatter', data)).toBe(ACTIVITY);
});

test('changes only the value the form changed, and keeps the comments', () => {
  const data = fromEditorFile('frontmatter', ACTIVITY, ['plan']);
  const tasks = data.tareas as Record<string, unknown>[];
  tasks[0] = { ...tasks[0], programada: '2021-07-31' };
  const written = toEditorFile('frontmatter', data);
  expect(written).toBe(ACTIVITY.replace('programada: 2021-06-30 # el día del corte', 'programada: 2021-07-31'));
});

test('leaves out fields the form left empty, and removes one the form emptied', () => {
  const data = fromEditorFile('frontmatter', ACTIVITY, ['plan']);
  const written = toEditorFile('frontmatter', { ...data, orden: null, responsable: '', grupos: [], aplazada: false });
  expect(written).not.toMatch(/orden|responsable|grupos|aplazada/);
  expect(written).toContain('# Fuente');
});

test('writes a new file from the form alone, without the original key', () => {
  const written = toEditorFile('frontmatter', { plan: '2021', tarea: 'elaborar-video', fecha: '2021-07-15', avance: 100, body: '\n\nSe publicó.' });
  expect(written).toBe('---\nplan: "2021"\ntarea: elaborar-video\nfecha: 2021-07-15\navance: 100\n---\nSe publicó.\n');
  expect(written).not.toContain(ORIGINAL_KEY);
});

test('edits a YAML file in place: a period added at the end of its list, the header comment kept', () => {
  const plan = '# Plan 2021.\ntitulo: Plan\nanio: 2021\nperiodos:\n  - id: i-semestre\n    nombre: I semestre\n    corte: 2021-06-30\n';
  const data = fromEditorFile('yaml', plan, []);
  const periods = [...(data.periodos as unknown[]), { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' }];
  expect(toEditorFile('yaml', { ...data, periodos: periods })).toBe(
    `${plan}  - id: ii-semestre\n    nombre: II semestre\n    corte: 2021-12-31\n`,
  );
});

test('keeps a value the file wrote as a number when the form holds the same text', () => {
  expect(toEditedYaml('plan: 2021\n', { plan: '2021' })).toBe('plan: 2021\n');
});

test('lists the fields of a new file in the order of the form, whatever order the form kept them in', () => {
  const written = toEditorFile('frontmatter', { aplazada: true, avance: 0, plan: '2021', tarea: 'foro', fecha: '2021-08-03', nota: 'Se aplazó.' }, [
    'plan',
    'tarea',
    'fecha',
    'avance',
    'aplazada',
    'nota',
  ]);
  expect(written).toBe('---\nplan: "2021"\ntarea: foro\nfecha: 2021-08-03\navance: 0\naplazada: true\nnota: Se aplazó.\n---\n');
});
