import { describe, expect, test } from 'vitest';
import { getNameProblems, toAllowedName, toAllowedPath, toSlug } from './file-names';
import { formatProblem } from './problems';

const getLines = (paths: string[]) => getNameProblems('content', paths).map(formatProblem);

describe('file and folder names, which become addresses', () => {
  test('accept lowercase letters, digits and hyphens, with one lowercase extension for a file', () => {
    expect(getLines(['sitio.yaml', 'planes/2021.yaml', 'actividades/2021/foro-jovenes.mdx', 'evidencias/2021/2021-06-30-video.mdx'])).toEqual([]);
  });

  test.each([
    ['Foro Jóvenes.mdx', 'foro-jovenes.mdx'],
    ['foro_jovenes.mdx', 'foro-jovenes.mdx'],
    ['2021.YAML', '2021.yaml'],
    ['Acta Final (1).PDF', 'acta-final-1.pdf'],
    ['informe.v2.pdf', 'informe-v2.pdf'],
    ['-foro-.mdx', 'foro.mdx'],
    ['foro\u200b.mdx', 'foro.mdx'],
  ])('refuse %j and suggest %j', (name, allowed) => {
    expect(toAllowedName(name, false)).toBe(allowed);
    expect(getLines([`actividades/2021/${name}`])).toEqual([expect.stringMatching(new RegExp(`no sirve como nombre de archivo.*Cámbielo a ${allowed.replace('.', '\\.')}\\.$`))]);
  });

  test('name the invisible character a name holds, since the name looks right', () => {
    expect(getLines(['actividades/2021/foro\u200b.mdx'])).toEqual([
      'content/actividades/2021/foro[U+200B].mdx: «foro[U+200B].mdx» no sirve como nombre de archivo: tiene un carácter invisible (U+200B, espacio de ancho cero) después de «foro». Los nombres de archivos y carpetas forman las direcciones del sitio: llevan solo letras minúsculas sin tildes, números y guiones (-), sin espacios, y al final la extensión, también en minúsculas. Cámbielo a foro.mdx.',
    ]);
  });

  test('name a folder once, however many files it holds, and suggest a folder name without a dot', () => {
    expect(getLines(['actividades/Plan 2021/a.mdx', 'actividades/Plan 2021/b.mdx', 'evidencias/2021.old/c.mdx'])).toEqual([
      'content/actividades/Plan 2021: «Plan 2021» no sirve como nombre de carpeta. Los nombres de archivos y carpetas forman las direcciones del sitio: llevan solo letras minúsculas sin tildes, números y guiones (-), sin espacios. Cámbielo a plan-2021.',
      expect.stringMatching(/^content\/evidencias\/2021\.old: .* Cámbielo a 2021-old\.$/),
    ]);
  });

  test('ask for another name when nothing of it can be kept', () => {
    expect(toAllowedName('¿¿¿.mdx', false)).toBeUndefined();
    expect(getLines(['actividades/2021/日本.mdx'])).toEqual([expect.stringMatching(/Cámbielo por un nombre así, por ejemplo foro-jovenes\.mdx\.$/)]);
  });

  test('refuse the names Windows keeps for devices, which would stop the project from being cloned there', () => {
    expect(getLines(['actividades/2021/aux.mdx', 'documentos/con', 'com1/acta.pdf'])).toEqual([
      'content/actividades/2021/aux.mdx: «aux.mdx» no sirve como nombre: Windows lo reserva para sus dispositivos, y quien use Windows no podría descargar el proyecto. Use otro nombre.',
      expect.stringMatching(/^content\/documentos\/con: «con» no sirve como nombre: Windows/),
      expect.stringMatching(/^content\/com1: «com1» no sirve como nombre: Windows/),
    ]);
    expect(getLines(['actividades/2021/consulta.mdx', 'actividades/2021/auxilio.mdx'])).toEqual([]);
  });

  test('give the path a file is checked under while its name is wrong', () => {
    expect(toAllowedPath('actividades/Plan 2021/Foro Jóvenes.MDX')).toBe('actividades/plan-2021/foro-jovenes.mdx');
    expect(toAllowedPath('actividades/2021/日本.mdx')).toBe('actividades/2021/日本.mdx');
  });
});

describe('a name made from free text (toSlug)', () => {
  test('makes a file name from Spanish text', () => {
    expect(toSlug('Publicación del Plan de Participación 2021')).toBe('publicacion-del-plan-de-participacion-2021');
    expect(toSlug('  ¿Diálogo?  Sí, ¡con niños!  ')).toBe('dialogo-si-con-ninos');
  });

  test('turns accents and ñ into plain letters', () => {
    expect(toSlug('Niñez, ÁREA rural y pequeños municipios')).toBe('ninez-area-rural-y-pequenos-municipios');
  });

  test('cuts long names at a word boundary', () => {
    expect(toSlug('uno dos tres cuatro', 12)).toBe('uno-dos-tres');
    expect(toSlug('uno dos tres cuatro', 10)).toBe('uno-dos');
    expect(toSlug('uno dos tres', 12)).toBe('uno-dos-tres');
  });

  test('never cuts a word in half, even when the cut falls inside it', () => {
    expect(toSlug('Socializar participación ciudadana', 20)).toBe('socializar');
    expect(toSlug('Socializar participación ciudadana', 25)).toBe('socializar-participacion');
  });

  test('keeps a first word longer than the limit whole rather than cut it', () => {
    expect(toSlug('Corresponsabilidad ciudadana', 10)).toBe('corresponsabilidad');
  });

  test('leaves no joining word at the end of a cut name, but keeps them inside and in whole names', () => {
    expect(toSlug('Publicación del plan de participación', 24)).toBe('publicacion-del-plan');
    expect(toSlug('Diálogo con la ciudadanía', 20)).toBe('dialogo');
    expect(toSlug('Lo que se hace y')).toBe('lo-que-se-hace-y');
  });

  test('gives an empty name for text without letters or digits', () => {
    expect(toSlug('¿¡…!?')).toBe('');
  });
});
