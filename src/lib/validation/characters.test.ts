import { describe, expect, test } from 'vitest';
import { findRefusedCharacter, formatRefusedCharacter, toVisibleText } from './characters';

const describeFirst = (text: string, rule: 'line' | 'long') => {
  const found = findRefusedCharacter(text, rule);
  return found && formatRefusedCharacter(found);
};

describe('one-line texts, ids, addresses and file names', () => {
  test.each([
    ['Foro de jóvenes, niñas y niños'],
    ['¿Qué se hizo? «Diálogo» — 2021'],
    ['Participación 👩‍💻 ❤️ 🇨🇴'],
    ['Espacio\u00a0no separable'],
  ])('accept what people write, in any script: %s', (text) => expect(findRefusedCharacter(text, 'line')).toBeUndefined());

  test.each([
    ['\u0000', 'el carácter nulo (U+0000)'],
    ['\u0007', 'un carácter de control (U+0007)'],
    ['\u007f', 'un carácter de control (U+007F)'],
    ['\u0085', 'un carácter de control (U+0085)'],
    ['\t', 'una tabulación (U+0009)'],
    ['\n', 'un salto de línea (U+000A)'],
    ['\u2028', 'un salto de línea (U+2028)'],
    ['\u200b', 'un carácter invisible (U+200B, espacio de ancho cero)'],
    ['\u200c', 'un carácter invisible (U+200C, separador de ancho cero)'],
    ['\u200d', 'un carácter invisible (U+200D, unión de ancho cero)'],
    ['\u2060', 'un carácter invisible (U+2060, unión de palabras)'],
    ['\ufeff', 'un carácter invisible (U+FEFF, espacio de ancho cero sin separación)'],
    ['\u{e0041}', 'un carácter invisible (U+E0041)'],
    ['\u202e', 'un carácter invisible que cambia la dirección del texto (U+202E)'],
    ['\u2066', 'un carácter invisible que cambia la dirección del texto (U+2066)'],
    ['\u200f', 'un carácter invisible que cambia la dirección del texto (U+200F)'],
    ['\uffff', 'un carácter que no es válido (U+FFFF)'],
    ['\ud800', 'un carácter que no es válido (U+D800)'],
  ])('refuse %j, named by its code and where it is', (character, name) => {
    expect(describeFirst(`Foro${character} jóvenes`, 'line')).toBe(`${name} después de «Foro»`);
  });

  test('accept the zero-width joiner only where it combines emoji', () => {
    expect(findRefusedCharacter('Equipo 👩‍💻 y 🏳️‍🌈', 'line')).toBeUndefined();
    expect(findRefusedCharacter('Equipo 👩\u200d y', 'line')).toMatchObject({ code: 0x200d });
    expect(findRefusedCharacter('Equipo\u200d💻', 'line')).toMatchObject({ code: 0x200d });
  });

  test('say where the character is: at the start, or after the last words before it on its line', () => {
    expect(describeFirst('\u200bForo', 'line')).toBe('un carácter invisible (U+200B, espacio de ancho cero) al comienzo');
    expect(describeFirst('Espacio de diálogo con la ciudadanía\u200b', 'line')).toBe(
      'un carácter invisible (U+200B, espacio de ancho cero) después de «…de diálogo con la ciudadanía»',
    );
  });
});

describe('texts of several lines and whole files', () => {
  test('accept tabs, line breaks of every system, and what a one-line text refuses but XML can hold', () => {
    expect(findRefusedCharacter('Uno\tdos\r\ntres\ncuatro\u200b\u202e👩‍💻', 'long')).toBeUndefined();
  });

  test.each(['\u0000', '\u0008', '\u000b', '\u001f', '\u007f', '\u009f', '\ufffe', '\uffff', '\udc00'])(
    'refuse %j, which breaks XML or is a control character',
    (character) => expect(findRefusedCharacter(`Texto${character}`, 'long')).toBeDefined(),
  );

  test('say on which line the character is', () => {
    expect(findRefusedCharacter('---\r\nplan: 2021\r\n---\r\nTexto con \u0000 nulo', 'long')).toMatchObject({ line: 4, before: 'Texto con' });
  });
});

test('messages show a character that cannot be seen by its code, so it neither hides nor turns the line around', () => {
  expect(toVisibleText('Foro\u200b jóvenes\u202e\u0000')).toBe('Foro[U+200B] jóvenes[U+202E][U+0000]');
  expect(toVisibleText('Uno\tdos\ntres 👩‍💻')).toBe('Uno\tdos\ntres 👩‍💻');
});
