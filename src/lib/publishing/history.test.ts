import { describe, expect, test } from 'vitest';
import { getPageHistory, toFileHistory } from './history';

const inContent = (path: string) => path.startsWith('content/') || path.startsWith('public/');

/** What `git log` with GIT_LOG_ARGS prints for one commit. */
function toRecord(hash: string, date: string, subject: string, files: string[][]): string {
  return `\x1e${hash}\x1f${date}\x1f${subject}\0\n${files.map((fields) => fields.join('\0')).join('\0')}\0`;
}

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('the history of content files', () => {
  test('dates each change by the day in Bogotá, not in the time zone it was committed in', () => {
    const history = toFileHistory(toRecord(A, '2021-07-01T03:00:00+00:00', 'Crear evidencia', [['A', 'content/evidencias/2021/a.mdx']]), inContent);
    expect(history.get('content/evidencias/2021/a.mdx')).toEqual([
      { hash: A, date: '2021-06-30', subject: 'Crear evidencia', contentOnly: true, time: Date.parse('2021-07-01T03:00:00Z') },
    ]);
  });

  test('keeps the changes a file had under its earlier name after a rename', () => {
    const output = [
      toRecord(C, '2021-08-02T10:00:00-05:00', 'Corregir la fecha', [['M', 'content/actividades/2021/foro.mdx']]),
      toRecord(B, '2021-08-01T10:00:00-05:00', 'Renombrar la actividad', [['R100', 'content/actividades/2021/dialogo.mdx', 'content/actividades/2021/foro.mdx']]),
      toRecord(A, '2021-07-01T10:00:00-05:00', 'Crear la actividad', [['A', 'content/actividades/2021/dialogo.mdx']]),
    ].join('');
    expect(toFileHistory(output, inContent).get('content/actividades/2021/foro.mdx')?.map((change) => change.subject)).toEqual([
      'Corregir la fecha',
      'Renombrar la actividad',
      'Crear la actividad',
    ]);
  });

  test('keeps only published files, and marks a commit that also changed the site\'s code: its message was for developers', () => {
    const output = [
      toRecord(B, '2021-08-01T10:00:00-05:00', 'Agregar el acta de julio', [['A', 'content/evidencias/2021/b.mdx'], ['A', 'public/documentos/2021/acta.pdf']]),
      toRecord(A, '2021-07-01T10:00:00-05:00', 'Refactor the loader', [['M', 'content/evidencias/2021/b.mdx'], ['M', 'src/data/load-catalog.ts']]),
    ].join('');
    const history = toFileHistory(output, inContent);
    expect(history.get('content/evidencias/2021/b.mdx')?.map((change) => [change.subject, change.contentOnly])).toEqual([
      ['Agregar el acta de julio', true],
      ['Refactor the loader', false],
    ]);
    expect(history.has('src/data/load-catalog.ts')).toBe(false);
  });

  test('ignores what is not a commit record', () => {
    expect(toFileHistory('fatal: not a git repository\n', inContent).size).toBe(0);
  });
});

describe('the history a page shows', () => {
  const history = toFileHistory(
    [
      toRecord(C, '2021-08-02T10:00:00-05:00', 'Agregar evidencia', [['A', 'e.mdx'], ['M', 'f.mdx']]),
      toRecord(B, '2021-08-01T10:00:00-05:00', 'Cambiar la actividad', [['M', 'a.mdx']]),
      toRecord(A, '2021-07-01T10:00:00-05:00', 'Crear', [['A', 'a.mdx'], ['A', 'f.mdx']]),
    ].join(''),
    () => true,
  );

  test('merges the changes of the files it is made of, newest first, each commit once', () => {
    const page = getPageHistory(history, ['a.mdx', 'e.mdx', 'f.mdx']);
    expect(page.changes.map((change) => change.subject)).toEqual(['Agregar evidencia', 'Cambiar la actividad', 'Crear']);
    expect(page.total).toBe(3);
  });

  test('lists only the most recent changes, and says how many there are in all', () => {
    expect(getPageHistory(history, ['a.mdx', 'e.mdx'], 2)).toMatchObject({ total: 3, changes: [{ hash: C }, { hash: B }] });
  });

  test('is empty for a file the repository does not know yet', () => {
    expect(getPageHistory(history, ['nuevo.mdx'])).toEqual({ changes: [], total: 0 });
  });
});
