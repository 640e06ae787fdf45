import { describe, expect, test } from 'vitest';
import { REFERENCE_END, REFERENCE_START, toFieldReference, toGuideWithFieldReference } from './field-reference';

const reference = toFieldReference();

function getRow(field: string, section: string): string {
  const part = reference.slice(reference.indexOf(section));
  const row = part.split('\n').find((line) => line.startsWith(`| \`${field}\` |`));
  if (!row) throw new Error(`No row for ${field} after ${section}`);
  return row;
}

describe('toFieldReference', () => {
  test('gives every field of every kind of file a Spanish description', () => {
    const rows = reference.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(row).toMatch(/\| [^|]*[a-záéíóú][^|]* \|$/);
  });

  test('says which fields are required, and what a missing optional field becomes', () => {
    expect(getRow('avance', 'Una evidencia')).toContain('| Sí | número entero de 0 a 100 |');
    expect(getRow('aplazada', 'Una evidencia')).toContain('| No. Si falta: `false` |');
    expect(getRow('nota', 'Una evidencia')).toContain('| No | texto |');
  });

  test('names the value each field takes, as validation checks it', () => {
    expect(getRow('fecha', 'Una evidencia')).toContain('fecha AAAA-MM-DD');
    expect(getRow('tarea', 'Una evidencia')).toContain('identificador: minúsculas sin tildes, números y guiones');
    expect(getRow('enlaces › tipo', 'Una evidencia')).toContain('uno de: `web`, `video`, `documento`');
    expect(getRow('enlaces › url', 'Una evidencia')).toContain('dirección web (https://…)');
    expect(getRow('orden', 'Una actividad')).toContain('número entero desde 1');
  });

  test('lists nested fields under their parent', () => {
    const tasks = reference.indexOf('| `tareas` |');
    expect(tasks).toBeGreaterThan(-1);
    expect(reference.indexOf('| `tareas › programada` |')).toBeGreaterThan(tasks);
  });
});

describe('toGuideWithFieldReference', () => {
  test('replaces only what lies between the markers', () => {
    const guide = `# Guía\n\n${REFERENCE_START}\nvieja\n${REFERENCE_END}\n\nFin\n`;
    const updated = toGuideWithFieldReference(guide);
    expect(updated.startsWith(`# Guía\n\n${REFERENCE_START}\n\n### Una evidencia`)).toBe(true);
    expect(updated).not.toContain('vieja');
    expect(updated.endsWith(`\n\n${REFERENCE_END}\n\nFin\n`)).toBe(true);
    expect(toGuideWithFieldReference(updated)).toBe(updated);
  });

  test('refuses a guide without the markers', () => {
    expect(() => toGuideWithFieldReference('# Guía')).toThrow(/must contain/);
  });
});
