import { describe, expect, test } from 'vitest';
import { formatGithubAnnotation, formatProblem, formatProblems, formatProblemsMarkdown, isError, toFieldPath } from './problems';

describe('formatProblem', () => {
  test('names the file, the line and the field before what is wrong', () => {
    const problem = { file: 'content/evidencias/2021/a.mdx', line: 5, field: 'avance', detail: '150 no es válido.' };
    expect(formatProblem(problem)).toBe('content/evidencias/2021/a.mdx, línea 5, campo `avance`: 150 no es válido.');
  });

  test('leaves out what a problem does not have', () => {
    expect(formatProblem({ file: 'content/sitio.yaml', field: '', detail: 'falta este archivo.' })).toBe(
      'content/sitio.yaml: falta este archivo.',
    );
  });
});

describe('toFieldPath', () => {
  test('reads back the positions editors count from 1', () => {
    expect(toFieldPath('tareas › elemento 2 › programada')).toEqual(['tareas', 1, 'programada']);
    expect(toFieldPath('')).toEqual([]);
  });
});

describe('formatGithubAnnotation', () => {
  test('puts the problem on its file and line in the pull request', () => {
    const problem = { file: 'content/evidencias/2021/a.mdx', line: 5, field: 'avance', detail: '150 no es válido.' };
    expect(formatGithubAnnotation(problem)).toBe(
      '::error file=content/evidencias/2021/a.mdx,line=5,title=Campo avance::content/evidencias/2021/a.mdx, línea 5, campo `avance`: 150 no es válido.',
    );
  });

  test('escapes what GitHub would read as part of the command', () => {
    const problem = { file: 'content/a,b.mdx', field: 'enlaces › elemento 1 › url', detail: '100% no:\nválido' };
    const annotation = formatGithubAnnotation(problem);
    expect(annotation).toMatch(/^::error file=content\/a%2Cb\.mdx,title=Campo enlaces › elemento 1 › url::/);
    expect(annotation).toContain('100%25 no:%0Aválido');
    expect(annotation.split('\n')).toHaveLength(1);
  });
});

describe('warnings', () => {
  const error = { file: 'content/a.mdx', field: 'avance', detail: '150 no es válido.' };
  const warning = { file: 'content/b.mdx', field: 'tarea', detail: 'es un dato de ejemplo.', severity: 'warning' as const };

  test('are listed after the errors, under their own heading, and do not count as errors', () => {
    expect(isError(error)).toBe(true);
    expect(isError(warning)).toBe(false);
    expect(formatProblems([warning, error]).split('\n')).toEqual([
      'Se encontró 1 problema en el contenido. Corríjalo antes de publicar:',
      '  - content/a.mdx, campo `avance`: 150 no es válido.',
      'Un aviso (no impide publicar, pero conviene revisarlo):',
      '  - content/b.mdx, campo `tarea`: es un dato de ejemplo.',
    ]);
  });

  test('become warning annotations in a pull request', () => {
    expect(formatGithubAnnotation(warning)).toMatch(/^::warning file=content\/b\.mdx,/);
  });

});

describe('lines to copy into a file', () => {
  const problem = { file: 'content/a.mdx', field: 'cifras', detail: 'copie estas líneas:', copy: ['erratas:', '  - fecha: 2021-08-10'] };

  test('stay indented as one block under their item in the terminal', () => {
    expect(formatProblems([problem]).split('\n').slice(1)).toEqual([
      '  - content/a.mdx, campo `cifras`: copie estas líneas:',
      '      erratas:',
      '        - fecha: 2021-08-10',
    ]);
  });

  test('keep their own indentation in a pull-request annotation, so they can be pasted as they are', () => {
    expect(formatGithubAnnotation(problem)).toMatch(/copie estas líneas:%0A%0Aerratas:%0A  - fecha: 2021-08-10$/);
  });

  test('become a YAML code block on the run summary page, after the problem written as plain text', () => {
    expect(formatProblemsMarkdown([problem]).split('\n')).toEqual([
      'Se encontró 1 problema en el contenido. Corríjalo antes de publicar:',
      '',
      '- content/a.mdx, campo \\`cifras\\`: copie estas líneas:',
      '',
      '  ```yaml',
      '  erratas:',
      '    - fecha: 2021-08-10',
      '  ```',
      '',
    ]);
  });
});

describe('the run summary page', () => {
  test('shows what an editor wrote as text, never as emphasis, a link or an image', () => {
    const problem = { file: 'content/a.mdx', field: 'nota', detail: '"![x](https://rastreo.example/p.png) **<b>a</b>**" no es válido.' };
    expect(formatProblemsMarkdown([problem])).toContain('"!\\[x\\](https://rastreo.example/p.png) \\*\\*\\<b\\>a\\</b\\>\\*\\*" no es válido.');
  });
});
