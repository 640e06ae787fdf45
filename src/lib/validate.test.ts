import { describe, expect, test } from 'vitest';
import { formatProblem } from './problems';
import { validateContent, type ContentFile } from './validate';

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
  return validateContent(files, 'content').problems.map(formatProblem);
}

function withFile(path: string, edit: (text: string) => string): ContentFile[] {
  return valid.map((file) => (file.path === path ? { ...file, text: edit(file.text) } : file));
}

describe('validating the content folder without building', () => {
  test('accepts valid content and links it as the build does', () => {
    const { problems, catalog } = validateContent(valid, 'content');
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
