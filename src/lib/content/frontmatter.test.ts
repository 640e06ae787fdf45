import { describe, expect, test } from 'vitest';
import { getMissingDelimiter, readFileData } from './frontmatter';

describe('reading file data', () => {
  test('keeps unquoted dates as written, so impossible dates can be rejected', () => {
    const data = readFileData('e.mdx', '---\nfecha: 2021-13-45\ncorte: 2021-06-30\n---\nTexto\n');
    expect(data).toEqual({ fecha: '2021-13-45', corte: '2021-06-30' });
  });

  test('reads numbers, booleans and lists as YAML does', () => {
    const data = readFileData('p.yaml', 'anio: 2021\naplazada: true\ngrupos:\n  - Alcaldías\n');
    expect(data).toEqual({ anio: 2021, aplazada: true, grupos: ['Alcaldías'] });
  });

  test('gives empty data for a file without frontmatter or with an empty one', () => {
    expect(readFileData('a.mdx', 'Solo texto')).toEqual({});
    expect(readFileData('a.mdx', '---\n---\nTexto')).toEqual({});
  });
});

describe('finding what keeps Astro from reading the frontmatter', () => {
  test('finds nothing missing when Astro reads the fields, even with an odd closing line', () => {
    expect(getMissingDelimiter('---\nplan: 2021\n---\nTexto\n')).toBeUndefined();
    expect(getMissingDelimiter('\n\n---\nplan: 2021\n---x\n')).toBeUndefined();
    expect(getMissingDelimiter('\uFEFF---\n---\n')).toBeUndefined();
  });

  test('places the missing closing line after the last field, past comments and list items, before the text', () => {
    const text = '---\n# Fuente: informe\nplan: 2021\ntareas:\n  - id: a\n    tarea: Publicar\n\nSe publicó el plan.\n';
    expect(getMissingDelimiter(text)).toEqual({ missing: 'closing', lastFieldLine: 6 });
    expect(getMissingDelimiter('---\nplan: 2021\ntarea: a\nTexto pegado a los campos.\n')).toEqual({ missing: 'closing', lastFieldLine: 3 });
    expect(getMissingDelimiter('---\nplan: 2021\n--\nTexto\n')).toEqual({ missing: 'closing', lastFieldLine: 2 });
  });

  test('tells a file that starts with its fields, or with an indented ---, from one with only text', () => {
    expect(getMissingDelimiter('plan: 2021\ntarea: a\n---\nTexto\n')).toEqual({ missing: 'opening', firstFieldLine: 1 });
    expect(getMissingDelimiter('\n  ---\nplan: 2021\n---\n')).toEqual({ missing: 'opening', firstFieldLine: 2 });
    expect(getMissingDelimiter('Solo texto.\n')).toEqual({ missing: 'frontmatter' });
    expect(getMissingDelimiter('')).toEqual({ missing: 'frontmatter' });
  });
});
