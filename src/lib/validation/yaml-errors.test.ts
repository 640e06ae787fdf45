import { describe, expect, test } from 'vitest';
import { parseYamlData } from '../content/frontmatter';
import { getYamlErrorExplanation } from './yaml-errors';

/** What an editor reads for YAML the project's js-yaml cannot read: "línea N: explanation", lines from 1. */
function explain(yaml: string): string {
  try {
    parseYamlData(yaml);
  } catch (error) {
    const { reason, mark } = error as { reason: string; mark?: { line: number; column: number } };
    const { detail, line } = getYamlErrorExplanation(reason, yaml, mark);
    return line === undefined ? detail : `línea ${line + 1}: ${detail}`;
  }
  throw new Error(`js-yaml reads this YAML: ${yaml}`);
}

describe('explaining in Spanish what the YAML reader cannot read', () => {
  test('names a field written twice and the line where it was first written', () => {
    expect(explain('plan: 2021\ntarea: a\ntarea: b\n')).toBe(
      'línea 3: el campo tarea está escrito dos veces (la otra, en la línea 2). Cada campo va una sola vez en su grupo: borre una de las dos líneas o corrija el nombre del campo.',
    );
    expect(explain('tareas:\n  - id: a\n    tarea: x\n    id: b\n')).toMatch(/^línea 4: el campo id está escrito dos veces \(la otra, en la línea 2\)/);
    expect(explain('logo: {src: /a.svg, src: /b.svg}\n')).toMatch(/^línea 1: el campo src está escrito dos veces\. /);
  });

  test('asks for spaces instead of tabs, wherever the tab is in the indentation', () => {
    const tab = 'esta línea tiene una tabulación al inicio. Use espacios, no tabulaciones';
    expect(explain('tareas:\n\t- id: a\n')).toContain(`línea 2: ${tab}`);
    expect(explain('logo:\n  \tsrc: /logo.svg\n')).toContain(`línea 2: ${tab}`);
  });

  test('points at a misaligned field and at a misaligned list item', () => {
    expect(explain('logo:\n  src: /logo.svg\n alt: Logo\n')).toMatch(/^línea 3: la sangría de esta línea \(los espacios del inicio\) no coincide/);
    expect(explain('tareas:\n  - id: a\n   - id: b\n')).toMatch(/^línea 3: este elemento de la lista no está alineado con los demás/);
  });

  test('tells a field written among list items from one written among fields', () => {
    expect(explain('grupos:\n  - Alcaldías\n  canal: web\n')).toMatch(/^línea 3: esta línea es un campo en medio de una lista/);
    expect(explain('plan: 2021\n- Alcaldías\n')).toMatch(/^línea 2: esta línea empieza con un guion \(-\), que abre un elemento de una lista, pero está al nivel de los campos/);
  });

  test('points at the line that opens a quote it never closes, not at the field after it', () => {
    const unclosed = 'el texto que empieza con comillas (") en esta línea no las cierra. Escriba la misma comilla al final del texto, en esta misma línea.';
    expect(explain('nombre: "Foro\nplan: 2021\n')).toBe(`línea 1: ${unclosed}`);
    expect(explain('plan: 2021\nnombre: "Foro')).toBe(`línea 2: ${unclosed}`);
    expect(explain('tareas:\n  - id: a\n    tarea: "Foro\n  - id: b\n')).toBe(`línea 3: ${unclosed}`);
    expect(explain("nombre: 'Foro\nplan: 2021\n")).toContain("línea 1: el texto que empieza con comillas (') en esta línea no las cierra");
  });

  test('explains a backslash that cancels the closing quote', () => {
    expect(explain('nombre: "C:\\"\nplan: 2021\n')).toMatch(/^línea 1: dentro de comillas dobles, la barra invertida \(\\\) cambia el signo que la sigue/);
    expect(explain('nombre: "C:\\carpeta"\n')).toMatch(/^línea 1: dentro de comillas dobles, la barra invertida \(\\\) anuncia un signo especial/);
  });

  test('shows how to quote a value with a colon, a reserved sign or quotes inside', () => {
    expect(explain('nombre: Foro: jóvenes\n')).toBe(
      'línea 1: el valor de nombre tiene dos puntos seguidos de un espacio (: ), y así parece otro campo. Ponga el texto entre comillas: nombre: "Foro: jóvenes"',
    );
    expect(explain('tareas:\n  - id: a\n    tarea: Elaborar: video\n')).toMatch(/^línea 3: el valor de tarea tiene dos puntos .*tarea: "Elaborar: video"$/);
    expect(explain('nombre: @foro\n')).toBe(
      'línea 1: el valor de nombre empieza por @, un signo que tiene otro uso en los campos. Ponga el texto entre comillas: nombre: "@foro"',
    );
    expect(explain('nombre: [Borrador] Foro\n')).toMatch(/empieza por \[, .*nombre: "\[Borrador\] Foro"$/);
    // The line offered must read back as the text meant: inside double quotes a backslash would start an escape.
    const offered = /Ponga el texto entre comillas: (.*)$/.exec(explain('nota: Guardado en C:\\documentos: acta\n'))?.[1] ?? '';
    expect(parseYamlData(offered)).toEqual({ nota: 'Guardado en C:\\documentos: acta' });
    expect(explain('nombre: "Foro" de jóvenes\n')).toBe(
      `línea 1: el valor de nombre empieza con comillas, pero después de la comilla que lo cierra sigue más texto. Si el texto lleva comillas por dentro, use por fuera las de la otra clase: nombre: '"Foro" de jóvenes'`,
    );
    expect(explain("nombre: 'Foro d'Alcalá'\n")).toMatch(/use por fuera las de la otra clase: nombre: "Foro d'Alcalá"$/);
  });

  test('asks to write a list below its field, one item per line', () => {
    expect(explain('grupos: - Alcaldías\n')).toMatch(/^línea 1: la lista de grupos empieza en la misma línea del campo/);
  });

  test('explains an unknown tag and how to keep the sign as text', () => {
    expect(explain('nombre: !Foro joven\n')).toBe(
      'línea 1: !Foro no se entiende: un valor que empieza con ! se lee como una instrucción especial, no como texto. Si el signo es parte del texto, póngalo entre comillas: nombre: "!Foro joven"',
    );
    expect(explain('grupos: !lista\n  - a\n')).toMatch(/^línea 1: !lista no se entiende/);
  });

  test('explains values that start with & or *', () => {
    expect(explain('nombre: *foro\n')).toBe(
      'línea 1: un valor que empieza con * se lee como una referencia especial, no como texto. Ponga el texto entre comillas: nombre: "*foro"',
    );
    expect(explain('nombre: & foro\n')).toMatch(/^línea 1: un valor que empieza con & se lee como una referencia especial/);
  });

  test('points at a line without a colon, above the line where the reader stopped', () => {
    const notAField = 'esta línea no tiene la forma campo: valor.';
    expect(explain('plan 2021\ntarea: a\n')).toContain(`línea 1: ${notAField}`);
    expect(explain('plan: 2021\nuna frase sin dos puntos\n')).toContain(`línea 2: ${notAField}`);
  });

  test('explains text of several lines (| or >) that is not indented under its field', () => {
    expect(explain('nota: |\nTexto\nplan: 2021\n')).toMatch(/^línea 2: el texto de varias líneas que abre la línea 1 \(con \| o >\) debe ir con sangría/);
    expect(explain('nota: >\n    Texto\n  otra\n')).toMatch(/^línea 3: el texto de varias líneas que abre la línea 1/);
    expect(explain('nombre: > Foro\n')).toMatch(/^línea 1: después de \| o > no puede seguir texto en la misma línea.*nombre: "> Foro"$/);
  });

  test('explains lists between brackets that are not closed or not separated', () => {
    expect(explain('grupos: [Alcaldías, Gobernaciones\nplan: 2021\n')).toBe(
      'línea 1: [ abre en esta línea una lista que no se cierra con ]. Ciérrela, o si el texto empieza por [, póngalo entre comillas.',
    );
    expect(explain('grupos: ["a" "b"]\n')).toMatch(/^línea 1: la lista entre corchetes \[ \] o el grupo entre llaves \{ \} de esta línea no se puede leer/);
  });

  test('asks to remove spaces before the first field', () => {
    expect(explain(' plan: 2021\ntarea: a\n')).toMatch(/^línea 1: los campos principales van al inicio de la línea, sin espacios antes/);
  });

  test('explains a missing space after a colon, invisible characters, separators and directives', () => {
    expect(explain('"plan":2021\n')).toMatch(/^línea 1: falta un espacio después de los dos puntos/);
    expect(explain('plan: 2021\u0007\n')).toMatch(/^línea 1: esta línea tiene un carácter invisible/);
    expect(explain('plan: 2021\n---\ntarea: a\n')).toMatch(/^línea 2: esta línea \(--- o \.\.\.\) marca el final de los campos/);
    expect(explain('%YAML 1.2\nplan: 2021\n')).toMatch(/^línea 1: una línea que empieza con % no se entiende/);
    expect(explain('# solo un comentario\n')).toMatch(/^no hay ningún campo, solo comentarios/);
  });

  test('falls back to a general Spanish explanation, with the reader’s words only as technical detail', () => {
    expect(getYamlErrorExplanation('merge keys exceeded maxTotalMergeKeys (10)', 'a: 1\n', { line: 0, column: 0 })).toEqual({
      detail:
        'los campos del inicio no se pueden leer a partir de esta línea. Revise la sangría (los espacios del inicio), que cada campo tenga dos puntos y un espacio, y que las comillas se cierren; si un valor lleva signos como : # [ { ! & * o comillas, póngalo entre comillas. Detalle técnico: merge keys exceeded maxTotalMergeKeys (10).',
      line: 0,
    });
  });
});
