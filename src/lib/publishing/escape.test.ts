import { describe, expect, test } from 'vitest';
import { toEscapedMarkdown, toEscapedMarkup, toMdxText, toScriptJson, toXmlCharacters } from './escape';

const hostile = 'Foro </script><script>alert(1)</script> <!-- & &amp; "comillas" \'apóstrofo\' \u2028\u2029 ]]>';

describe('toEscapedMarkup', () => {
  test('writes markup characters as entities, so a reader of HTML or XML sees text only', () => {
    expect(toEscapedMarkup('<b>Diálogo</b> & "rendición" de \'cuentas\'')).toBe(
      '&lt;b&gt;Diálogo&lt;/b&gt; &amp; &quot;rendición&quot; de &#39;cuentas&#39;',
    );
    expect(toEscapedMarkup(hostile)).not.toMatch(/[<>"']/);
  });
});

describe('toXmlCharacters', () => {
  test('drops the characters an XML document cannot carry, and keeps every other', () => {
    expect(toXmlCharacters('a\u0000b\u000bc\u001fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(toXmlCharacters('línea\tuno\r\ndos 😀 \u2028')).toBe('línea\tuno\r\ndos 😀 \u2028');
  });
});

describe('toMdxText', () => {
  test('keeps < and { typed as text from starting a tag or code in an MDX body', () => {
    expect(toMdxText('  Menos de <20 personas {aprox.}  ')).toBe('Menos de \\<20 personas \\{aprox.\\}');
  });
});

describe('toEscapedMarkdown', () => {
  test('keeps Markdown an editor typed from becoming emphasis, a link or markup, and leaves plain punctuation alone', () => {
    expect(toEscapedMarkdown('**Foro** [x](https://a.example) <b>_y_</b> (corte al 30 de junio).')).toBe(
      '\\*\\*Foro\\*\\* \\[x\\](https://a.example) \\<b\\>\\_y\\_\\</b\\> (corte al 30 de junio).',
    );
  });
});

describe('toScriptJson', () => {
  test('keeps a value from ending its <script> element, and gives the value back to JSON.parse', () => {
    const value = { entidad: '</script><script>alert(1)</script>', lista: [hostile, '<!--', 'a < b'], numero: 3, nada: null };
    const json = toScriptJson(value);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(value);
    expect(JSON.parse(toScriptJson('</SCRIPT>'))).toBe('</SCRIPT>');
  });

  test('writes >, &, U+2028 and U+2029 as JSON escapes too, and JSON.parse still reads the value', () => {
    const json = toScriptJson({ texto: hostile });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual({ texto: hostile });
  });
});
