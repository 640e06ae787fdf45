import { describe, expect, test } from 'vitest';
import { readFileData } from './frontmatter';

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
