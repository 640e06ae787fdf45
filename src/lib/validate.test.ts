import { describe, expect, test } from 'vitest';
import { formatProblem } from './problems';
import { validateContent, type ContentFile } from './validate';

const TODAY = '2021-07-15';

const valid: ContentFile[] = [
  { path: 'content/sitio.yaml', text: 'entidad: ENTerritorio\n' },
  {
    path: 'content/planes/2021.yaml',
    text: [
      'titulo: Plan 2021',
      'anio: 2021',
      'componentes:',
      '  - id: dialogo',
      '    nombre: Diálogo',
      'periodos:',
      '  - id: i-semestre',
      '    nombre: I semestre',
      '    corte: 2021-06-30',
      '',
    ].join('\n'),
  },
  {
    path: 'content/actividades/2021/video.mdx',
    text: '---\nplan: 2021\ncomponente: dialogo\nnombre: Video\ntareas:\n  - id: elaborar-video\n    tarea: Elaborar un video\n    programada: 2021-06-30\n---\nTexto.\n',
  },
  {
    path: 'content/evidencias/2021/2021-06-30-video.mdx',
    text: '---\nplan: 2021\ntarea: elaborar-video\nfecha: 2021-06-30\navance: 100\n---\nSe publicó el video.\n',
  },
];

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
      expect.stringContaining('content/evidencias/2021/2021-06-30-video.mdx, campo `fecha`: "2021-13-45" no es válido'),
      expect.stringContaining('content/evidencias/2021/otra.mdx, campo `tarea`: "no-existe" no existe. Escriba uno de estos productos del plan: elaborar-video.'),
    ]);
  });

  test('says on which line the frontmatter cannot be read', () => {
    const files = withFile('content/actividades/2021/video.mdx', (text) => text.replace('nombre: Video', 'nombre: "Video'));
    const [line] = getLines(files);
    expect(line).toMatch(/^content\/actividades\/2021\/video\.mdx: los campos del inicio no se pueden leer \(línea \d+\)/);
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
      `${evidencePath}, campo \`fecha\`: "2021-07-16" no es válido: la evidencia no puede tener una fecha futura (hoy es 2021-07-15).`,
    ]);
    const early = withFile(evidencePath, (text) => text.replace('fecha: 2021-06-30', 'fecha: 2020-12-29'));
    expect(getLines(early)).toEqual([
      `${evidencePath}, campo \`fecha\`: "2020-12-29" no es válido: la evidencia no puede ser anterior al año del plan, 2021.`,
    ]);
  });

  test('rejects execution that goes down unless a note explains it', () => {
    const later: ContentFile = {
      path: 'content/evidencias/2021/2021-07-01-video.mdx',
      text: '---\nplan: 2021\ntarea: elaborar-video\nfecha: 2021-07-01\navance: 60\n---\nSe retiró el video.\n',
    };
    expect(getLines([...valid, later])).toEqual([
      `${later.path}, campo \`avance\`: 60 es menor que el avance de la evidencia anterior (100, en ${evidencePath}). Si el avance bajó de verdad, explíquelo en el campo \`nota\`.`,
    ]);
    const explained = { ...later, text: later.text.replace('avance: 60', 'avance: 60\nnota: El video se retiró por derechos de autor.') };
    expect(getLines([...valid, explained])).toEqual([]);
  });

  test('rejects cut-offs out of order or outside the plan year', () => {
    const plan = 'content/planes/2021.yaml';
    const files = withFile(plan, (text) =>
      text.replace('    corte: 2021-06-30\n', '    corte: 2022-06-30\n  - id: ii-semestre\n    nombre: II semestre\n    corte: 2021-12-31\n'),
    );
    expect(getLines(files)).toEqual([
      `${plan}, campo \`periodos › elemento 1 › corte\`: "2022-06-30" no es válido: el corte debe caer en el año del plan, 2021.`,
      `${plan}, campo \`periodos › elemento 2 › corte\`: "2021-12-31" no es válido: los periodos van en orden y este corte debe ser posterior al anterior (2022-06-30).`,
    ]);
  });
});
