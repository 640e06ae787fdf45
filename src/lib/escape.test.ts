import { describe, expect, test } from 'vitest';
import { toEscapedMarkup, toXmlCharacters } from './escape';

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
