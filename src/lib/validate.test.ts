import { describe, expect, test } from 'vitest';
import { formatProblem } from './problems';
import { VALID_CONTENT_FILES } from './test-fixtures';
import { validateContent, type ContentFile } from './validate';

const TODAY = '2021-07-15';

const valid = VALID_CONTENT_FILES;

function getLines(files: ContentFile[]): string[] {
  return validateContent(files, 'content', TODAY).problems.map(formatProblem);
}

function withFile(path: string, edit: (text: string) => string): ContentFile[] {
  return valid.map((file) => (file.path === path ? { ...file, text: edit(file.text) } : file));
}

describe('validating the content folder without building', () => {
  test('accepts valid content and links it as the build does', () => {
    const { problems, catalog } = validateContent(valid, 'content', TODAY);
    expect(problems).toEqual([]);
    expect(catalog.plans[0]?.tasks[0]?.evidence[0]?.texto).toBe('Se publicó el video.');
  });

  test('lists problems of different files and kinds at once', () => {
    const files = withFile('content/evidencias/2021/2021-06-30-video.mdx', (text) =>
      text.replace('fecha: 2021-06-30', 'fecha: 2021-13-45'),
    ).concat({
      path: 'content/evidencias/2021/otra.mdx',
      text: '---\nplan: 2021\ntarea: no-existe\nfecha: 2021-06-30\navance: 10\n---\n',
    });
    expect(getLines(files)).toEqual([
      expect.stringContaining('content/evidencias/2021/2021-06-30-video.mdx, línea 4, campo `fecha`: "2021-13-45" no es válido'),
      expect.stringContaining('content/evidencias/2021/otra.mdx, línea 3, campo `tarea`: "no-existe" no existe. Escriba uno de estos identificadores de tareas del plan: elaborar-video.'),
    ]);
  });

  test('says on which line the frontmatter cannot be read', () => {
    const files = withFile('content/actividades/2021/video.mdx', (text) => text.replace('nombre: Video', 'nombre: "Video'));
    const [line] = getLines(files);
    expect(line).toMatch(/^content\/actividades\/2021\/video\.mdx, línea 5: los campos del inicio no se pueden leer/);
  });

  test('flags a file that would silently not be published', () => {
    const files = [...valid, { path: 'content/actividades/2021/borrador.md', text: '---\nplan: 2021\n---\n' }];
    expect(getLines(files)).toEqual([
      expect.stringMatching(/^content\/actividades\/2021\/borrador\.md: este archivo no es de ningún tipo conocido/),
    ]);
  });

  test('asks for the site file when it is missing', () => {
    expect(getLines(valid.slice(1))).toEqual([
      'content/sitio.yaml: falta este archivo. Créelo con el campo `entidad`: el nombre de la entidad que publica el plan.',
    ]);
  });
});

describe('accountability rules', () => {
  const evidencePath = 'content/evidencias/2021/2021-06-30-video.mdx';

  test('rejects evidence dated after today or before the plan year', () => {
    const future = withFile(evidencePath, (text) => text.replace('fecha: 2021-06-30', 'fecha: 2021-07-16'));
    expect(getLines(future)).toEqual([
      `${evidencePath}, línea 4, campo \`fecha\`: "2021-07-16" no es válido: la evidencia no puede tener una fecha futura (hoy es 2021-07-15).`,
    ]);
    const early = withFile(evidencePath, (text) => text.replace('fecha: 2021-06-30', 'fecha: 2020-12-29'));
    expect(getLines(early)).toEqual([
      `${evidencePath}, línea 4, campo \`fecha\`: "2020-12-29" no es válido: la evidencia no puede ser anterior al año del plan, 2021.`,
    ]);
  });

  test('warns, without stopping publication, about evidence recorded after the plan year', () => {
    const late = withFile(evidencePath, (text) => text.replace('fecha: 2021-06-30', 'fecha: 2022-01-20'));
    const { problems } = validateContent(late, 'content', '2022-02-01');
    expect(problems.map((problem) => [problem.severity, formatProblem(problem)])).toEqual([
      ['warning', expect.stringContaining(`${evidencePath}, línea 4, campo \`fecha\`: "2022-01-20" es posterior al año del plan (2021). Se publica como evidencia tardía`)],
    ]);
  });

  test('warns when real evidence is recorded on a product still marked as example data', () => {
    const files = withFile('content/actividades/2021/video.mdx', (text) => text.replace('programada: 2021-06-30', 'programada: 2021-06-30\n    ejemplo: true'));
    const { problems } = validateContent(files, 'content', TODAY);
    expect(problems.map((problem) => [problem.severity, formatProblem(problem)])).toEqual([
      [
        'warning',
        `${evidencePath}, línea 3, campo \`tarea\`: la tarea "elaborar-video" está marcada como dato de ejemplo (ejemplo: true en content/actividades/2021/video.mdx), pero esta evidencia es real. Quite la línea ejemplo: true de esa tarea para que el sitio deje de mostrarla como «Dato de ejemplo».`,
      ],
    ]);
  });

  test('rejects the report of a period whose cut-off has not come yet', () => {
    const files = [...valid, { path: 'content/informes/2021/i-semestre.mdx', text: '---\nplan: 2021\nperiodo: i-semestre\ntitulo: Informe\nobjetivo: Informar.\n---\n' }];
    const lines = validateContent(files, 'content', '2021-06-20').problems.map(formatProblem);
    expect(lines).toContainEqual(
      'content/informes/2021/i-semestre.mdx, línea 3, campo `periodo`: el periodo "i-semestre" tiene corte el 2021-06-30, y hoy es 2021-06-20. El informe de un periodo se publica después de su corte: espere a esa fecha o corrija el corte del periodo en el archivo del plan.',
    );
  });

  test('rejects execution that goes down unless a note explains it', () => {
    const later: ContentFile = {
      path: 'content/evidencias/2021/2021-07-01-video.mdx',
      text: '---\nplan: 2021\ntarea: elaborar-video\nfecha: 2021-07-01\navance: 60\n---\nSe retiró el video.\n',
    };
    expect(getLines([...valid, later])).toEqual([
      `${later.path}, línea 5, campo \`avance\`: 60 es menor que la ejecución de la evidencia anterior (100, en ${evidencePath}). Si la ejecución bajó de verdad, explique por qué en el campo \`nota\`.`,
    ]);
    const explained = { ...later, text: later.text.replace('avance: 60', 'avance: 60\nnota: El video se retiró por derechos de autor.') };
    expect(getLines([...valid, explained])).toEqual([]);
  });

  test('rejects a task at 100% when none of its evidence has a link or document', () => {
    const unproven = withFile(evidencePath, (text) => text.replace(/enlaces:[\s\S]*?(?=---)/, ''));
    expect(getLines(unproven)).toEqual([
      `${evidencePath}, línea 5, campo \`avance\`: 100 no es válido todavía: una tarea solo llega a 100 con una prueba que los ciudadanos puedan abrir. Agregue en \`enlaces\` al menos un enlace o documento (en esta evidencia o en una anterior de la misma tarea), por ejemplo la dirección de la publicación o un archivo guardado en public/documentos.`,
    ]);
  });

  test('accepts 100% when an earlier piece of evidence of the task holds the proof', () => {
    const earlier: ContentFile = {
      path: 'content/evidencias/2021/2021-06-01-video.mdx',
      text: '---\nplan: 2021\ntarea: elaborar-video\nfecha: 2021-06-01\navance: 50\nenlaces:\n  - url: https://www.youtube.com/watch?v=hUYCEN1ylVY\n    texto: Borrador del video\n    tipo: video\n---\nBorrador.\n',
    };
    const later = withFile(evidencePath, (text) => text.replace(/enlaces:[\s\S]*?(?=---)/, ''));
    expect(getLines([...later, earlier])).toEqual([]);
  });

  test('rejects a link to a document that is not in the public folder', () => {
    const { problems } = validateContent(valid, 'content', TODAY, new Set(['/documentos/2021/otra.pdf']));
    expect(problems.map(formatProblem)).toEqual([
      `${evidencePath}, línea 7, campo \`enlaces › elemento 1 › url\`: "/documentos/2021/acta.pdf" no existe: no hay un archivo con esa ruta en la carpeta public. Suba el archivo a esa carpeta (por ejemplo public/documentos/2021/acta.pdf se enlaza como /documentos/2021/acta.pdf) o corrija la ruta.`,
    ]);
    expect(validateContent(valid, 'content', TODAY, new Set(['/documentos/2021/acta.pdf'])).problems).toEqual([]);
  });

  test('rejects a logo that is not in the public folder', () => {
    const files = withFile('content/sitio.yaml', (text) => `${text}logo:\n  src: /logo.svg\n  alt: Logo de la entidad\n`);
    const publicFiles = new Set(['/documentos/2021/acta.pdf']);
    expect(validateContent(files, 'content', TODAY, publicFiles).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/sitio\.yaml, línea 3, campo `logo › src`: "\/logo\.svg" no existe: no hay un archivo con esa ruta/),
    ]);
    expect(validateContent(files, 'content', TODAY, new Set([...publicFiles, '/logo.svg'])).problems).toEqual([]);
  });

  test('rejects cut-offs out of order or outside the plan year', () => {
    const plan = 'content/planes/2021.yaml';
    const files = withFile(plan, (text) =>
      text.replace('    corte: 2021-06-30\n', '    corte: 2022-06-30\n  - id: ii-semestre\n    nombre: II semestre\n    corte: 2021-12-31\n'),
    );
    expect(getLines(files)).toEqual([
      `${plan}, línea 9, campo \`periodos › elemento 1 › corte\`: "2022-06-30" no es válido: el corte debe caer en el año del plan, 2021.`,
      `${plan}, línea 12, campo \`periodos › elemento 2 › corte\`: "2021-12-31" no es válido: los periodos van en orden y este corte debe ser posterior al anterior (2022-06-30).`,
    ]);
  });
});
