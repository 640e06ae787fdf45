import { describe, expect, test } from 'vitest';
import { formatProblem } from './problems';
import { VALID_CONTENT_FILES } from '../testing/test-fixtures';
import type { PublicFolder } from './found-files';
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

  test('says in Spanish, on the line of the mistake, why the fields cannot be read and how to fix them', () => {
    const files = withFile('content/actividades/2021/video.mdx', (text) => text.replace('nombre: Video', 'nombre: "Video'));
    expect(getLines(files)[0]).toBe(
      'content/actividades/2021/video.mdx, línea 4: el texto que empieza con comillas (") en esta línea no las cierra. Escriba la misma comilla al final del texto, en esta misma línea.',
    );
  });

  test('names a field written twice and where it was first written', () => {
    const files = withFile('content/evidencias/2021/2021-06-30-video.mdx', (text) => text.replace('avance: 100', 'avance: 100\navance: 90'));
    expect(getLines(files)[0]).toBe(
      'content/evidencias/2021/2021-06-30-video.mdx, línea 6: el campo avance está escrito dos veces (la otra, en la línea 5). Cada campo va una sola vez en su grupo: borre una de las dos líneas o corrija el nombre del campo.',
    );
  });

  test('shows how to quote a value that has a colon in it', () => {
    const files = withFile('content/actividades/2021/video.mdx', (text) => text.replace('nombre: Video', 'nombre: Foro: jóvenes'));
    expect(getLines(files)[0]).toBe(
      'content/actividades/2021/video.mdx, línea 4: el valor de nombre tiene dos puntos seguidos de un espacio (: ), y así parece otro campo. Ponga el texto entre comillas: nombre: "Foro: jóvenes"',
    );
  });

  test('asks for spaces where a line is indented with a tab', () => {
    const files = withFile('content/sitio.yaml', (text) => `${text}contacto:\n\tcorreo: participacion@entidad.gov.co\n`);
    expect(getLines(files)).toEqual([
      'content/sitio.yaml, línea 3: esta línea tiene una tabulación al inicio. Use espacios, no tabulaciones: borre la tabulación y escriba espacios, dos por cada nivel de sangría.',
    ]);
  });

  test('names the missing closing --- once, and where it goes, instead of every field as missing', () => {
    const files = withFile('content/evidencias/2021/2021-06-30-video.mdx', (text) => text.replace('---\nSe publicó', '\nSe publicó'));
    expect(getLines(files)).toEqual([
      'content/evidencias/2021/2021-06-30-video.mdx, línea 9: falta la línea --- que cierra los campos del inicio: el archivo los abre con ---, pero no los cierra, y así no se lee ninguno. Escriba --- sola, en su propia línea, después del último campo (la línea 9) y antes del texto.',
    ]);
  });

  test('names the missing opening --- of a file that starts with its fields', () => {
    const files = withFile('content/evidencias/2021/2021-06-30-video.mdx', (text) => text.replace(/^---\n/, ''));
    expect(getLines(files)).toEqual([
      'content/evidencias/2021/2021-06-30-video.mdx, línea 1: falta la línea --- que abre los campos del inicio. La primera línea del archivo debe decir solo ---, sin espacios antes; debajo van los campos y otra línea --- que los cierra.',
    ]);
  });

  test('asks for the fields of a file that has only text', () => {
    const files = withFile('content/evidencias/2021/2021-06-30-video.mdx', () => 'Se publicó el video.\n');
    expect(getLines(files)).toEqual([
      'content/evidencias/2021/2021-06-30-video.mdx, línea 1: este archivo no tiene los campos del inicio. Empiece el archivo con una línea ---, escriba debajo los campos (plan, tarea, fecha, avance…) y ciérrelos con otra línea ---; el texto va después.',
    ]);
  });

  test('recognises a file in the wrong folder by its fields, and says where it goes in the folder being checked', () => {
    const evidence = valid.find(({ path }) => path.endsWith('2021-06-30-video.mdx'))!;
    const files = [
      ...valid
        .filter((file) => file !== evidence)
        .map((file) => ({ ...file, path: file.path.replace(/^content\//, 'tests/fixtures/x/') })),
      { path: 'tests/fixtures/x/actividades/2021/2021-06-30-video.mdx', text: evidence.text },
    ];
    expect(validateContent(files, 'tests/fixtures/x', TODAY).problems.map(formatProblem)).toEqual([
      'tests/fixtures/x/actividades/2021/2021-06-30-video.mdx: este archivo parece una evidencia (tiene tarea, fecha y avance): muévalo a tests/fixtures/x/evidencias/2021/.',
    ]);
  });

  test('recognises a file of no known kind by its fields, and asks for the right extension too', () => {
    const files = [...valid, { path: 'content/2021-07-01-foro.md', text: '---\nplan: 2021\ntarea: elaborar-video\nfecha: 2021-07-01\navance: 50\n---\n' }];
    expect(getLines(files)).toEqual([
      'content/2021-07-01-foro.md: este archivo parece una evidencia (tiene tarea, fecha y avance): muévalo a content/evidencias/2021/ y cambie su extensión a .mdx.',
    ]);
  });

  test('asks only for the right extension when a file is in its folder', () => {
    const files = [...valid, { path: 'content/evidencias/2021/2021-07-01-foro.md', text: '---\nplan: 2021\ntarea: elaborar-video\nfecha: 2021-07-01\navance: 50\n---\n' }];
    expect(getLines(files)).toEqual([
      'content/evidencias/2021/2021-07-01-foro.md: este archivo parece una evidencia (tiene tarea, fecha y avance), pero no termina en .mdx y así no se publicaría: cambie su extensión a .mdx.',
    ]);
  });

  test('does not report the evidence of an activity saved in the wrong folder, which says where it goes', () => {
    const activity = valid.find(({ path }) => path === 'content/actividades/2021/video.mdx')!;
    const files = [...valid.filter((file) => file !== activity), { ...activity, path: 'content/evidencias/2021/video.mdx' }];
    expect(getLines(files)).toEqual([
      'content/evidencias/2021/video.mdx: este archivo parece una actividad (tiene componente, nombre y tareas): muévalo a content/actividades/2021/.',
      'content/evidencias/2021/video.mdx: la evidencia de una tarea de esta actividad no se revisó: sus tareas se comprueban con este archivo. Corrija primero este; después se revisará la evidencia.',
    ]);
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
      `${evidencePath}, línea 4, campo \`fecha\`: "2020-12-29" no es válido: la evidencia no puede ser anterior al año del plan, 2021. La fecha debe estar entre el 1 de enero de 2021 y el 31 de marzo de 2022. Si la evidencia es de otro plan, muévala a la carpeta de ese plan.`,
    ]);
  });

  test('warns, without stopping publication, about evidence recorded after the plan year', () => {
    const late = withFile(evidencePath, (text) => text.replace('fecha: 2021-06-30', 'fecha: 2022-01-20'));
    const { problems } = validateContent(late, 'content', '2022-02-01');
    expect(problems.map((problem) => [problem.severity, formatProblem(problem)])).toEqual([
      ['warning', expect.stringContaining(`${evidencePath}, línea 4, campo \`fecha\`: "2022-01-20" es posterior al año del plan (2021). Se publica como evidencia tardía`)],
    ]);
  });

  test('refuses a mistyped year in any date, on its line, with the range the plan allows', () => {
    const typo = withFile(evidencePath, (text) => text.replace('fecha: 2021-06-30', 'fecha: 2201-06-30'));
    expect(getLines(typo)).toEqual([
      expect.stringContaining(`${evidencePath}, línea 4, campo \`fecha\`: "2201-06-30" no es válido: la fecha debe estar entre el 1 de enero de 2021 y el 31 de marzo de 2022.`),
    ]);
    const activity = 'content/actividades/2021/video.mdx';
    const programmed = withFile(activity, (text) => text.replace('programada: 2021-06-30', 'programada: 2201-06-30'));
    expect(getLines(programmed)).toEqual([
      expect.stringContaining(`${activity}, línea 8, campo \`tareas › elemento 1 › programada\`: "2201-06-30" no es válido: la fecha programada de una tarea debe caer en el año del plan, 2021; es decir, entre el 1 de enero de 2021 y el 31 de diciembre de 2021.`),
    ]);
    const plan = 'content/planes/2021.yaml';
    const published = withFile(plan, (text) => text.replace('    corte: 2021-06-30\n', '    corte: 2021-06-30\n    publicacion: 2201-07-15\n'));
    expect(getLines(published)).toEqual([
      expect.stringContaining(`${plan}, línea 10, campo \`periodos › elemento 1 › publicacion\`: "2201-07-15" no es válido: el informe de un periodo se publica en su corte o después`),
    ]);
  });

  test('refuses a second piece of evidence of a task on a day that has one, on the lines of both files', () => {
    const second: ContentFile = { path: 'content/evidencias/2021/2021-06-30-video-2.mdx', text: valid.find(({ path }) => path === evidencePath)!.text };
    expect(getLines([...valid, second])).toEqual([
      expect.stringMatching(/^content\/evidencias\/2021\/2021-06-30-video-2\.mdx, línea 4, campo `fecha`: la tarea "elaborar-video" tiene otra evidencia del mismo día, el 30 de junio de 2021, en content\/evidencias\/2021\/2021-06-30-video\.mdx\./),
      expect.stringMatching(/^content\/evidencias\/2021\/2021-06-30-video\.mdx, línea 4, campo `fecha`: .* en content\/evidencias\/2021\/2021-06-30-video-2\.mdx\./),
    ]);
  });

  test('lists the same problems in the same order whatever the order the files are given in', () => {
    const second: ContentFile = { path: 'content/evidencias/2021/2021-06-30-video-2.mdx', text: valid.find(({ path }) => path === evidencePath)!.text };
    const files = withFile('content/actividades/2021/video.mdx', (text) => text.replace('programada: 2021-06-30', 'programada: 2201-06-30')).concat(second);
    expect(getLines([...files].reverse())).toEqual(getLines(files));
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
      'content/informes/2021/i-semestre.mdx, línea 3, campo `periodo`: el periodo "i-semestre" tiene corte el 30 de junio de 2021, y hoy es 20 de junio de 2021. El informe de un periodo se publica después de su corte: espere a esa fecha o corrija el corte del periodo en el archivo del plan.',
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
      `${plan}, línea 9, campo \`periodos › elemento 1 › corte\`: "2022-06-30" no es válido: el corte debe caer en el año del plan, 2021; es decir, la fecha debe estar entre el 1 de enero de 2021 y el 31 de diciembre de 2021. ¿Quiso escribir 2021-06-30?`,
      `${plan}, línea 12, campo \`periodos › elemento 2 › corte\`: "2021-12-31" no es válido: los periodos van en orden y este corte debe ser posterior al anterior (2022-06-30).`,
    ]);
  });
});

describe('one root cause, one problem', () => {
  const plan = 'content/planes/2021.yaml';
  const activity = 'content/actividades/2021/video.mdx';

  test('reports a plan file that cannot be read once, not once per file of the plan', () => {
    const files = withFile(plan, (text) => text.replace('titulo: Plan 2021', 'titulo: Plan 2021\ntitulo: Plan'));
    expect(getLines(files)).toEqual([
      `${plan}, línea 2: el campo titulo está escrito dos veces (la otra, en la línea 1). Cada campo va una sola vez en su grupo: borre una de las dos líneas o corrija el nombre del campo.`,
      `${plan}: los demás archivos de este plan (2) no se revisaron: su plan, componente, tarea o periodo se comprueban con este archivo. Corrija primero este; después se revisarán los demás.`,
    ]);
  });

  test('reports a plan file that fails its schema with its own problems and one note', () => {
    const files = withFile(plan, (text) => text.replace('anio: 2021', 'anio: dos mil veintiuno'));
    expect(getLines(files)).toEqual([
      expect.stringMatching(/^content\/planes\/2021\.yaml, línea 2, campo `anio`: "dos mil veintiuno" no es válido/),
      expect.stringMatching(/^content\/planes\/2021\.yaml: los demás archivos de este plan \(2\) no se revisaron/),
    ]);
  });

  test('keeps the problems that files of a broken plan have on their own', () => {
    const files = withFile(plan, (text) => text.replace('anio: 2021', 'anio: 21')).map((file) =>
      file.path.endsWith('2021-06-30-video.mdx') ? { ...file, text: file.text.replace('avance: 100', 'avance: 150') } : file,
    );
    expect(getLines(files)).toEqual([
      expect.stringMatching(/^content\/evidencias\/2021\/2021-06-30-video\.mdx, línea 5, campo `avance`: 150 no es válido/),
      expect.stringMatching(/^content\/planes\/2021\.yaml, línea 2, campo `anio`: 21 no es válido/),
      expect.stringMatching(/^content\/planes\/2021\.yaml: el otro archivo de este plan no se revisó/),
    ]);
  });

  test('does not report the evidence of the tasks of an activity that fails its schema', () => {
    const files = withFile(activity, (text) => text.replace('programada: 2021-06-30', 'programada: junio'));
    expect(getLines(files)).toEqual([
      expect.stringMatching(/^content\/actividades\/2021\/video\.mdx, línea 8, campo `tareas › elemento 1 › programada`: "junio" no es válido/),
      `${activity}: la evidencia de una tarea de esta actividad no se revisó: sus tareas se comprueban con este archivo. Corrija primero este; después se revisará la evidencia.`,
    ]);
  });

  test('does not report unknown tasks of the plan while one of its activities cannot be read', () => {
    const files = withFile(activity, (text) => text.replace('nombre: Video', 'nombre: Video: final'));
    expect(getLines(files)).toEqual([
      expect.stringMatching(/^content\/actividades\/2021\/video\.mdx, línea 4: el valor de nombre tiene dos puntos/),
      `${activity}: como este archivo no se puede leer, no se sabe qué tareas tiene: la evidencia de este plan que nombra una tarea desconocida no se revisó. Corrija primero este archivo; después se revisará.`,
    ]);
  });

  test('does not report the evidence of an activity in a component the plan does not have', () => {
    const files = withFile(activity, (text) => text.replace('componente: dialogo', 'componente: dialogos'));
    expect(getLines(files)).toEqual([
      `${activity}, línea 3, campo \`componente\`: "dialogos" no existe. ¿Quiso decir dialogo? Escriba uno de estos componentes del plan: dialogo.`,
      `${activity}: la evidencia de una tarea de esta actividad no se revisó: sus tareas se comprueban con este archivo. Corrija primero este; después se revisará la evidencia.`,
    ]);
  });
});

describe('what is found on disk, and the names and characters of files', () => {
  const plan = 'content/planes/2021.yaml';
  const activity = 'content/actividades/2021/video.mdx';
  const evidencePath = 'content/evidencias/2021/2021-06-30-video.mdx';
  const toPublicFolder = (paths: string[], refused: PublicFolder['refused'] = []): PublicFolder =>
    Object.assign(new Set(paths), { dir: 'public', refused });

  test('reports a file that is a symbolic link once, and leaves the files that depend on it unchecked', () => {
    const files = valid.map((file) => (file.path === plan ? { path: plan, text: '', refusal: { reason: 'symlink' as const } } : file));
    expect(getLines(files)).toEqual([
      expect.stringMatching(/^content\/planes\/2021\.yaml: es un enlace simbólico/),
      expect.stringMatching(/^content\/planes\/2021\.yaml: los demás archivos de este plan \(2\) no se revisaron/),
    ]);
  });

  test('reports a file that is not UTF-8 on its first line that is not, and sockets and folders named like content files', () => {
    const files = [
      ...valid.filter((file) => file.path !== activity),
      { path: activity, text: '', refusal: { reason: 'encoding' as const, line: 4, reading: 'nombre: Diálogo' } },
      { path: 'content/evidencias/2021/tubo.mdx', text: '', refusal: { reason: 'special' as const } },
      { path: 'content/actividades/2021/foro.mdx', text: '', refusal: { reason: 'folder' as const } },
    ];
    expect(getLines(files)).toEqual([
      expect.stringMatching(/^content\/actividades\/2021\/foro\.mdx: es una carpeta, pero su nombre termina en \.mdx/),
      expect.stringMatching(/^content\/actividades\/2021\/video\.mdx, línea 4: este archivo no está guardado como texto UTF-8, .*«nombre: Diálogo»/),
      expect.stringMatching(/^content\/actividades\/2021\/video\.mdx: como este archivo no se puede leer, no se sabe qué tareas tiene/),
      expect.stringMatching(/^content\/evidencias\/2021\/tubo\.mdx: no es un archivo ni una carpeta/),
    ]);
  });

  test('refuses a character no file may hold, on its line, wherever it is in the file', () => {
    const files = withFile(evidencePath, (text) => text.replace('Se publicó el video.', 'Se publicó\u0000 el video.'));
    expect(getLines(files)).toEqual([
      `${evidencePath}, línea 11: esta línea tiene el carácter nulo (U+0000) después de «Se publicó», que no se puede publicar: rompería el feed de evidencias y los datos abiertos. Suele llegar al copiar y pegar desde Word, un PDF o un correo: borre esa parte de la línea y escríbala de nuevo a mano.`,
    ]);
    const inYaml = withFile(plan, (text) => text.replace('titulo: Plan 2021', 'titulo: Plan\u0007 2021'));
    expect(getLines(inYaml)).toEqual([
      expect.stringMatching(/^content\/planes\/2021\.yaml, línea 1: esta línea tiene un carácter de control \(U\+0007\) después de «titulo: Plan»/),
      expect.stringMatching(/^content\/planes\/2021\.yaml: los demás archivos de este plan \(2\) no se revisaron/),
    ]);
  });

  test('accepts a byte-order mark and Windows line breaks', () => {
    const files = valid.map((file) => ({ ...file, text: `\ufeff${file.text.replace(/\n/g, '\r\n')}` }));
    expect(getLines(files)).toEqual([]);
  });

  test('names a wrong file name once, with the name to give it, and checks the file as if it had that name', () => {
    const files = valid.map((file) => ({ ...file, path: file.path.replace('actividades/2021/video.mdx', 'actividades/2021/Video Final.MDX').replace('planes/2021.yaml', 'planes/2021.YAML') }));
    expect(getLines(files)).toEqual([
      expect.stringMatching(/^content\/actividades\/2021\/Video Final\.MDX: «Video Final\.MDX» no sirve como nombre de archivo\. .* Cámbielo a video-final\.mdx\.$/),
      expect.stringMatching(/^content\/planes\/2021\.YAML: «2021\.YAML» no sirve como nombre de archivo\. .* Cámbielo a 2021\.yaml\.$/),
    ]);
  });

  test('refuses plan and activity file names that would take an address of the site', () => {
    const planFile = valid.find((file) => file.path === plan)!;
    const activityFile = valid.find((file) => file.path === activity)!;
    const files = [
      ...valid,
      { path: 'content/planes/buscar.yaml', text: planFile.text },
      { path: 'content/actividades/2021/datos.mdx', text: activityFile.text.replace('elaborar-video', 'otra-tarea') },
    ];
    expect(getLines(files)).toEqual([
      'content/actividades/2021/datos.mdx: «datos» no puede ser el nombre de este archivo: el nombre es la dirección de su página (/2021/actividades/datos/), y esa palabra está reservada para las páginas propias del sitio. Cambie el nombre del archivo por otro que describa su contenido.',
      'content/planes/buscar.yaml: «buscar» no puede ser el nombre de este archivo: el nombre es la dirección de su página (/buscar/), y esa palabra está reservada para las páginas propias del sitio. Cambie el nombre del archivo por otro que describa su contenido.',
    ]);
  });

  test('reports what the public folder holds that cannot be published: links, wrong names and the site\'s own addresses', () => {
    const publicFolder = toPublicFolder(
      ['/documentos/2021/acta.pdf', '/documentos/Actas 2021/Acta Final.PDF', '/tema.css', '/planes/lista.pdf'],
      [{ path: 'public/secreto.txt', refusal: { reason: 'symlink' } }],
    );
    expect(validateContent(valid, 'content', TODAY, publicFolder).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^public\/secreto\.txt: es un enlace simbólico/),
      expect.stringMatching(/^public\/documentos\/Actas 2021: «Actas 2021» no sirve como nombre de carpeta\. .* Cámbielo a actas-2021\.$/),
      expect.stringMatching(/^public\/documentos\/Actas 2021\/Acta Final\.PDF: .* Cámbielo a acta-final\.pdf\.$/),
      expect.stringMatching(/^public\/planes: «planes» no puede ser el nombre de un archivo o carpeta al inicio de la carpeta public/),
      expect.stringMatching(/^public\/tema\.css: «tema\.css» no puede ser el nombre/),
    ]);
  });

  test('checks every path of the site that sitio.yaml names, and links to site paths without an extension', () => {
    const site = withFile('content/sitio.yaml', (text) => `${text}logo:\n  src: /logo\n  alt: Logo\nlicencia:\n  nombre: Licencia propia\n  url: /licencia\n`);
    expect(validateContent(site, 'content', TODAY, toPublicFolder(['/documentos/2021/acta.pdf'])).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/sitio\.yaml, línea 3, campo `logo › src`: "\/logo" no existe: .* Si es una página del sitio, escriba su dirección terminada en \/, por ejemplo \/2021\/datos\/\.$/),
      expect.stringMatching(/^content\/sitio\.yaml, línea 7, campo `licencia › url`: "\/licencia" no existe/),
    ]);
    const link = withFile(evidencePath, (text) => text.replace('/documentos/2021/acta.pdf', '/documentos/2021/acta'));
    expect(validateContent(link, 'content', TODAY, toPublicFolder(['/documentos/2021/acta.pdf'])).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/campo `enlaces › elemento 1 › url`: "\/documentos\/2021\/acta" no existe/),
    ]);
    expect(validateContent(link, 'content', TODAY, toPublicFolder(['/documentos/2021/acta'])).problems).toEqual([]);
  });
});

describe('a file with thousands of problems', () => {
  test('is reported in bounded time, each problem on its line', () => {
    const links = Array.from({ length: 4900 }, (_, index) => `  - url: sitio-${index}\n    texto: Enlace ${index}\n    tipo: web`).join('\n');
    const files = withFile('content/evidencias/2021/2021-06-30-video.mdx', (text) => text.replace(/enlaces:\n[\s\S]*?---/, `enlaces:\n${links}\n---`));
    const started = performance.now();
    const { problems } = validateContent(files, 'content', TODAY);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(problems).toHaveLength(4900);
    expect(problems.at(-1)?.line).toBe(7 + 3 * 4899);
  });
});
