import { describe, expect, test } from 'vitest';
import { getLineOfPath, toYamlLines } from './yaml-lines';

const activity = [
  '# Fuente: informe de avance.', // 1
  'plan: 2021', // 2
  'componente: dialogo', // 3
  'nombre: Video', // 4
  'grupos: [Ciudadanía, Alcaldías]', // 5
  'tareas:', // 6
  '  - id: elaborar-video', // 7
  '    tarea: Elaborar un video', // 8
  '    programada: 2021-06-30', // 9
  '', // 10
  '  - id: publicar-video', // 11
  '    # comentario', // 12
  '    tarea: Publicar el video', // 13
  '    programada: 2021-13-45', // 14
  'canal: YouTube', // 15
].join('\n');

test('finds a top-level field', () => {
  expect(getLineOfPath(toYamlLines(activity), ['componente'])).toBe(3);
  expect(getLineOfPath(toYamlLines(activity), ['canal'])).toBe(15);
});

test('finds a field inside the second item of a list, past blank lines and comments', () => {
  expect(getLineOfPath(toYamlLines(activity), ['tareas', 1, 'programada'])).toBe(14);
  expect(getLineOfPath(toYamlLines(activity), ['tareas', 1, 'id'])).toBe(11);
  expect(getLineOfPath(toYamlLines(activity), ['tareas', 0, 'programada'])).toBe(9);
});

test('points at the item when one of its fields is missing', () => {
  expect(getLineOfPath(toYamlLines(activity), ['tareas', 0, 'producto'])).toBe(7);
});

test('points at the key when its list is written on one line', () => {
  expect(getLineOfPath(toYamlLines(activity), ['grupos', 1])).toBe(5);
});

test('does not confuse a field of a list item with a top-level field of the same name', () => {
  const text = ['tareas:', '  - tarea: A', '    id: a', 'id: raiz'].join('\n');
  expect(getLineOfPath(toYamlLines(text), ['id'])).toBe(4);
  expect(getLineOfPath(toYamlLines(text), ['tareas', 0, 'id'])).toBe(3);
});

test('reads a list written at the same column as its key', () => {
  const text = ['tareas:', '- id: a', '- id: b', '  programada: x', 'canal: web'].join('\n');
  expect(getLineOfPath(toYamlLines(text), ['tareas', 1, 'programada'])).toBe(4);
  expect(getLineOfPath(toYamlLines(text), ['canal'])).toBe(5);
});

test('has no line for a field that is not there at all', () => {
  expect(getLineOfPath(toYamlLines(activity), ['responsable'])).toBeUndefined();
});

describe('a file with thousands of problems', () => {
  test('finds the line of each in bounded time once the YAML is read', () => {
    const yaml = ['enlaces:', ...Array.from({ length: 5000 }, (_, index) => `  - url: sitio-${index}\n    texto: Enlace ${index}\n    tipo: web`)].join('\n');
    const started = performance.now();
    const read = toYamlLines(yaml);
    const lines = Array.from({ length: 5000 }, (_, index) => getLineOfPath(read, ['enlaces', index, 'url']));
    // About 1 s on an idle 2-core machine; CI runs site builds beside the unit tests, so the
    // bound is there to catch a blow-up (a re-read of the file per problem), not a slowdown.
    expect(performance.now() - started).toBeLessThan(8000);
    expect(lines.at(-1)).toBe(2 + 3 * 4999);
  });
});
