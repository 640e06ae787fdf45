import { describe, expect, test } from 'vitest';
import {
  formatCommand,
  getMatches,
  toCheckWith,
  toDateCheck,
  toFieldCheck,
  toFlagGroups,
  toIsoDate,
  toNumberInput,
  toYesNo,
} from './answers';
import { evidenceSchema, linkSchema } from '../content/schemas';

const checkDate = toDateCheck(evidenceSchema.shape.fecha);
const checkPercent = toFieldCheck(evidenceSchema.shape.avance, toNumberInput);

describe('checking an answer with its field schema', () => {
  test('accepts what validation accepts and gives the value the file will hold', () => {
    expect(checkDate('2021-10-14')).toEqual({ value: '2021-10-14' });
    expect(checkPercent('40')).toEqual({ value: 40 });
    expect(toFieldCheck(linkSchema.shape.tipo)('video')).toEqual({ value: 'video' });
  });

  test('refuses what validation refuses, with the words of validation', () => {
    expect(checkPercent('150')).toEqual({ error: '"150" no es válido; debe ser un número entero entre 0 y 100, sin el signo %.' });
    expect(checkPercent('40%')).toEqual({ error: expect.stringContaining('sin el signo %') });
    expect(checkPercent('40,5')).toEqual({ error: expect.stringContaining('número entero') });
    expect(checkPercent('cuarenta')).toEqual({ error: expect.stringContaining('"cuarenta" no es válido') });
    expect(toFieldCheck(linkSchema.shape.url)('javascript:alert(1)')).toEqual({ error: expect.stringContaining('https://') });
    expect(toFieldCheck(linkSchema.shape.tipo)('imagen')).toEqual({ error: expect.stringContaining('web, video, documento') });
  });

  test('refuses 14/10/2021 as a date and says how to write the date it most likely means', () => {
    const result = checkDate('14/10/2021');
    expect(result).toEqual({ error: expect.stringContaining('debe ser una fecha real escrita AAAA-MM-DD') });
    expect(result).toEqual({ error: expect.stringContaining('¿Quiso decir el 14 de octubre de 2021? Escríbalo así: 2021-10-14.') });
  });

  test('refuses an impossible date without guessing another one', () => {
    expect(checkDate('2021-02-30')).toEqual({ error: expect.not.stringContaining('Quiso decir') });
    expect(checkDate('31/02/2021')).toEqual({ error: expect.not.stringContaining('Quiso decir') });
  });

  test('runs a rule of the rest of the content only on values the schema accepts', () => {
    const seen: string[] = [];
    const check = toCheckWith(checkDate, (date) => {
      seen.push(date);
      return date > '2021-12-31' ? 'es futura' : undefined;
    });
    expect(check('14/10/2021')).toHaveProperty('error');
    expect(check('2022-01-01')).toEqual({ error: 'es futura' });
    expect(check('2021-01-01')).toEqual({ value: '2021-01-01' });
    expect(seen).toEqual(['2022-01-01', '2021-01-01']);
  });
});

test('reads dates written day first, year first or without zeros as the ISO date they mean', () => {
  expect(toIsoDate('14/10/2021')).toBe('2021-10-14');
  expect(toIsoDate('1.2.2021')).toBe('2021-02-01');
  expect(toIsoDate('2021/10/14')).toBe('2021-10-14');
  expect(toIsoDate('2021-6-30')).toBe('2021-06-30');
  expect(toIsoDate('14 10 2021')).toBe('2021-10-14');
  expect(toIsoDate('10/14/2021')).toBeUndefined();
  expect(toIsoDate('14/10/21')).toBeUndefined();
  expect(toIsoDate('ayer')).toBeUndefined();
});

test('understands yes and no as editors type them', () => {
  for (const yes of ['s', 'S', 'si', 'sí', 'Sí', 'y', 'yes']) expect(toYesNo(yes), yes).toEqual({ value: true });
  for (const no of ['n', 'N', 'no', 'No']) expect(toYesNo(no), no).toEqual({ value: false });
  expect(toYesNo('tal vez')).toEqual({ error: 'Responda s (sí) o n (no).' });
});

test('finds options by several words in any order, ignoring case and accents', () => {
  const options = ['Diálogo con jóvenes', 'Publicación del plan', 'Diálogo virtual con la ciudadanía'];
  expect(getMatches(options, 'dialogo', (option) => option)).toEqual([options[0], options[2]]);
  expect(getMatches(options, 'CIUDADANÍA diálogo', (option) => option)).toEqual([options[2]]);
  expect(getMatches(options, 'foro', (option) => option)).toEqual([]);
});

describe('options that repeat, one group per link', () => {
  const link = (...pairs: [string, string][]) => new Map<string, string | true>(pairs);

  test('gives each --texto-enlace and --tipo to the --enlace written before it', () => {
    const tokens = [
      { name: 'enlace', value: 'https://a' },
      { name: 'texto-enlace', value: 'A' },
      { name: 'descripcion', value: 'Texto.' },
      { name: 'enlace', value: 'https://b' },
      { name: 'tipo', value: 'video' },
    ];
    expect(toFlagGroups(tokens, 'enlace', ['texto-enlace', 'tipo'])).toEqual({
      groups: [link(['enlace', 'https://a'], ['texto-enlace', 'A']), link(['enlace', 'https://b'], ['tipo', 'video'])],
    });
  });

  test('gives options written before every --enlace to the first one', () => {
    const tokens = [
      { name: 'texto-enlace', value: 'A' },
      { name: 'enlace', value: 'https://a' },
    ];
    expect(toFlagGroups(tokens, 'enlace', ['texto-enlace', 'tipo'])).toEqual({ groups: [link(['enlace', 'https://a'], ['texto-enlace', 'A'])] });
  });

  test('has no groups without the leading option, and says so when its members come alone', () => {
    expect(toFlagGroups([{ name: 'avance', value: '40' }], 'enlace', ['texto-enlace'])).toEqual({ groups: [] });
    expect(toFlagGroups([{ name: 'tipo', value: 'web' }], 'enlace', ['tipo'])).toEqual({ error: expect.stringContaining('--tipo va con un --enlace') });
  });

  test('refuses a member written twice for the same link', () => {
    const tokens = [
      { name: 'enlace', value: 'https://a' },
      { name: 'texto-enlace', value: 'A' },
      { name: 'texto-enlace', value: 'B' },
    ];
    expect(toFlagGroups(tokens, 'enlace', ['texto-enlace'])).toEqual({ error: expect.stringContaining('--texto-enlace está escrita dos veces para el enlace https://a') });
  });
});

test('writes a command line that a shell reads back as the same words', () => {
  expect(
    formatCommand(
      ['npm', 'run', 'nuevo', '--', 'evidencia'],
      [
        { name: 'tarea', value: 'elaborar-video' },
        { name: 'aplazada', value: true },
        { name: 'enlace', value: 'https://www.youtube.com/watch?v=abc&t=1' },
        { name: 'descripcion', value: 'Se publicó el video.' },
        { name: 'nota', value: 'Costó $100 "extra"' },
        { name: 'texto-enlace', value: "Video de l'entidad!" },
        { name: 'producto', value: '' },
      ],
    ),
  ).toBe(
    'npm run nuevo -- evidencia --tarea=elaborar-video --aplazada --enlace="https://www.youtube.com/watch?v=abc&t=1" --descripcion="Se publicó el video." --nota=\'Costó $100 "extra"\' --texto-enlace=\'Video de l\'\\\'\'entidad!\' --producto=""',
  );
});
