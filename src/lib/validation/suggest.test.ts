import { describe, expect, test } from 'vitest';
import { getClosest, getEditDistance, getSuggestion } from './suggest';

describe('counting edits as a typist makes them', () => {
  test('counts a swap of two neighbouring letters as one edit', () => {
    expect(getEditDistance('vidoe', 'video')).toBe(1);
    expect(getEditDistance('avanse', 'avance')).toBe(1);
  });

  test('counts insertions, deletions and substitutions', () => {
    expect(getEditDistance('', 'abc')).toBe(3);
    expect(getEditDistance('dialogos', 'dialogo')).toBe(1);
    expect(getEditDistance('foro', 'acta')).toBe(4);
  });
});

describe('suggesting what the editor meant', () => {
  test('offers the valid value one or two edits away', () => {
    expect(getClosest('avanse', ['plan', 'tarea', 'fecha', 'avance', 'aplazada'])).toBe('avance');
    expect(getClosest('elaborar-vide', ['publicar-plan', 'elaborar-video'])).toBe('elaborar-video');
    expect(getClosest('2022', ['2021'])).toBe('2021');
  });

  test('ignores accents and capital letters', () => {
    expect(getClosest('Avance', ['avance'])).toBe('avance');
    expect(getClosest('año', ['titulo', 'anio'])).toBe('anio');
    expect(getClosest('diálogo', ['dialogo', 'seguimiento'])).toBe('dialogo');
  });

  test('allows more edits in long ids, up to a third of their length', () => {
    expect(getClosest('relizar-foro-jovens-rurale', ['realizar-foro-jovenes-rurales'])).toBe('realizar-foro-jovenes-rurales');
  });

  test('offers nothing when no valid value is close', () => {
    expect(getClosest('video', ['foro', 'acta'])).toBeUndefined();
    expect(getClosest('ab', ['xy'])).toBeUndefined();
    expect(getClosest('x', [])).toBeUndefined();
  });

  test('offers the closest of several near values', () => {
    expect(getClosest('semestre-ii', ['semestre-i', 'semestre-ii-b', 'semestre-ii'])).toBe('semestre-ii');
  });
});

describe('listing the valid values', () => {
  test('lists every valid value, in its order, when there are few', () => {
    expect(getSuggestion('vidoe', ['foro', 'video', 'acta'])).toEqual({ closest: 'video', shown: ['foro', 'video', 'acta'], more: 0 });
    const fifteen = Array.from({ length: 15 }, (_, index) => `tarea-${index + 1}`);
    expect(getSuggestion('x', fifteen)).toEqual({ closest: undefined, shown: fifteen, more: 0 });
  });

  test('lists only the ten closest of a long list, and counts the rest', () => {
    const ids = Array.from({ length: 250 }, (_, index) => `tarea-${index + 1}`);
    const { closest, shown, more } = getSuggestion('tarea-1000', ids);
    expect(closest).toBe('tarea-100');
    expect(shown).toHaveLength(10);
    expect(shown[0]).toBe('tarea-100');
    expect(more).toBe(240);
  });
});
