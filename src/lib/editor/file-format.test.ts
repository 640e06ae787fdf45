import { expect, test } from 'vitest';
import { t } from '../i18n';
import { toEditorData, ORIGINAL_KEY, toEditedYaml, toEditorFile } from './file-format';

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
  const data = toEditorData('frontmatter', ACTIVITY, ['plan', 'componente']);
  expect(data.plan).toBe('2021');
  expect(data.orden).toBe(3);
  expect((data.tareas as { programada: unknown }[])[0]!.programada).toBe('2021-06-30');
  expect(data.body).toBe('Texto de la actividad.\n');
});

test('writes back an unchanged file exactly as it was, comments included', () => {
  const data = toEditorData('frontmatter', ACTIVITY, ['plan', 'componente']);
  expect(toEditorFile('frontmatter', data)).toBe(ACTIVITY);
});

test('changes only the value the form changed, and keeps the comments', () => {
  const data = toEditorData('frontmatter', ACTIVITY, ['plan']);
  const tasks = data.tareas as Record<string, unknown>[];
  tasks[0] = { ...tasks[0], programada: '2021-07-31' };
  const written = toEditorFile('frontmatter', data);
  expect(written).toBe(ACTIVITY.replace('programada: 2021-06-30 # el día del corte', 'programada: 2021-07-31 # el día del corte'));
});

test('leaves out fields the form left empty, and removes one the form emptied', () => {
  const data = toEditorData('frontmatter', ACTIVITY, ['plan']);
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
  const data = toEditorData('yaml', plan, []);
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

test('keeps each comment with its list item when another item is removed', () => {
  const plan = 'periodos:\n  - id: a\n    corte: 2021-03-31\n  # DATOS DE EJEMPLO\n  - id: b\n    corte: 2021-06-30\n  # El informe publicado\n  - id: c\n    corte: 2021-12-31\n';
  const data = toEditorData('yaml', plan, []);
  const [first, , last] = data.periodos as Record<string, unknown>[];
  expect(toEditorFile('yaml', { ...data, periodos: [first, last] })).toBe(
    'periodos:\n  - id: a\n    corte: 2021-03-31\n  # El informe publicado\n  - id: c\n    corte: 2021-12-31\n',
  );
});

test('keeps the comment of a value the form changed, and an id written as a number stays a number', () => {
  expect(toEditedYaml('plan: 2021 # el año\navance: 50 # medio\n', { plan: '2022', avance: 100 })).toBe('plan: 2022 # el año\navance: 100 # medio\n');
});

test('finds a key the file wrote as a number, instead of writing it twice', () => {
  expect(toEditedYaml('productos:\n  2021: { ejecucion: 50 }\n', { productos: { '2021': { ejecucion: 100 } } })).toBe('productos:\n  2021: { ejecucion: 100 }\n');
});

test('leaves out the empty fields of an item the form adds to a list', () => {
  const written = toEditedYaml('tareas:\n  - id: a\n    tarea: A\n', { tareas: [{ id: 'a', tarea: 'A' }, { id: 'b', tarea: 'B', producto: '', ejemplo: false, programada: null }] });
  expect(written).toBe('tareas:\n  - id: a\n    tarea: A\n  - id: b\n    tarea: B\n');
});

test('keeps the line endings of a file written with CRLF', () => {
  const text = '---\r\nplan: 2021\r\navance: 50\r\n---\r\nTexto.\r\n';
  const data = toEditorData('frontmatter', text, ['plan']);
  expect(toEditorFile('frontmatter', { ...data, avance: 100 })).toBe('---\r\nplan: 2021\r\navance: 100\r\n---\r\nTexto.\r\n');
});

test('refuses to write over a file whose YAML cannot be read, with a Spanish message', () => {
  expect(() => toEditedYaml('plan: [2021\n', { plan: '2021' })).toThrow(t.editor.unreadableFile);
});
