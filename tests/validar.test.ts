import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { applyChange, BROKEN_CONTENT, copySource, LIVE, ROOT, SAMPLE, toSourceEnv, type SiteSource } from './support/build-site';

function runValidar(source: SiteSource) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/validar.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...toSourceEnv(source) },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - started) / 1000 };
}

describe('npm run validar', () => {
  test('approves the published content in under 5 seconds', () => {
    const { status, output, seconds } = runValidar(LIVE);
    expect(output).toMatch(/^Todo en orden: se revisaron \d+ archivos de contenido\.$/m);
    expect(status).toBe(0);
    expect(seconds).toBeLessThan(5);
  });

  test.each(Object.keys(BROKEN_CONTENT) as (keyof typeof BROKEN_CONTENT)[])(
    'lists for the %s mistake exactly the problems that stop the build',
    (name) => {
      const broken = inject('brokenSites')[name];
      const { status, output } = runValidar(broken);
      const problems = output.split('\n').filter((line) => line.startsWith('  - '));
      expect(status).toBe(1);
      expect(problems).toHaveLength(1);
      expect(broken.output).toContain(problems[0]!.slice(4));
    },
  );
});

describe('npm run nuevo', () => {
  const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

  /** Without a terminal: `input` is piped in, as a script would. */
  function runNuevo(source: SiteSource, args: string[], input = '') {
    return spawnSync(process.execPath, [TSX, 'scripts/nuevo.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      input,
      env: { ...process.env, ...toSourceEnv(source) },
    });
  }

  const copyContent = (name: string) => copySource(`nuevo-${name}`, SAMPLE);
  const readNew = (source: SiteSource, path: string) => readFileSync(join(ROOT, source.contentDir, path), 'utf8');
  const isNew = (source: SiteSource, path: string) => existsSync(join(ROOT, source.contentDir, path));

  test('writes, from options, a piece of evidence with several links whose types it infers, that validar then accepts', () => {
    const source = copyContent('flags');
    const result = runNuevo(source, [
      'evidencia',
      '--tarea=elaborar-video',
      '--fecha=2021-07-01',
      '--avance=100',
      '--enlace=https://www.youtube.com/watch?v=hUYCEN1ylVY',
      '--texto-enlace=Video en YouTube',
      '--enlace=/documentos/2021/informe-avance-2021-i-semestre.txt',
      '--texto-enlace=Informe de avance',
      '--enlace=https://www.enterritorio.gov.co/noticias',
      '--tipo=documento',
      '--texto-enlace=Noticia',
      '--descripcion=Se volvió a publicar el video.',
    ]);
    expect(result.stdout).toContain(`Listo: se creó ${source.contentDir}/evidencias/2021/2021-07-01-elaborar-video.mdx.`);
    expect(result.status).toBe(0);
    const text = readNew(source, 'evidencias/2021/2021-07-01-elaborar-video.mdx');
    expect(text).toMatch(/url: https:\/\/www\.youtube\.com\/watch\?v=hUYCEN1ylVY\n\s+texto: Video en YouTube\n\s+tipo: video\n/);
    expect(text).toMatch(/texto: Informe de avance\n\s+tipo: documento\n/);
    expect(text).toMatch(/texto: Noticia\n\s+tipo: documento\n/);
    expect(runValidar(source).status).toBe(0);
  });

  test('asks for an activity step by step and writes it', () => {
    const source = copyContent('questions');
    const answers = ['2', '2', 'Foro con jóvenes', 'Un foro virtual con jóvenes.', 'Realizar un foro', '', '2021-11-30', ''].join('\n');
    const result = runNuevo(source, [], answers);
    const path = `${source.contentDir}/actividades/2021/foro-con-jovenes.mdx`;
    expect(result.stdout).toContain(`Listo: se creó ${path}.`);
    expect(readFileSync(join(ROOT, path), 'utf8')).toContain('componente: dialogo');
    expect(runValidar(source).status).toBe(0);
  });

  test('lists each task with its id, product, activity and programmed date, and takes its number', () => {
    const source = copyContent('task-list');
    const answers = ['5', '2021-07-02', '100', '', 'Se revisó el video.'].join('\n');
    const result = runNuevo(source, ['evidencia'], answers);
    expect(result.stdout).toContain(
      '  5) elaborar-video: Elaborar un (1) video\n        Actividad: Generar espacio virtual para la interacción de la ciudadanía referente a la gestión de ENTerritorio. Programada para el 30 de junio de 2021.',
    );
    expect(result.status).toBe(0);
    expect(readNew(source, 'evidencias/2021/2021-07-02-elaborar-video.mdx')).toContain('tarea: elaborar-video');
  });

  test('for a postponed task, writes aplazada and the note saying why', () => {
    const source = copyContent('postponed');
    const answers = ['2021-07-10', '0', 's', 'Se aplazó por falta de conexión.', '', 'Se avisó a los invitados.'].join('\n');
    const result = runNuevo(source, ['evidencia', '--tarea=facebook-live-registros'], answers);
    expect(result.stdout).toContain('¿Por qué se aplazó?');
    expect(result.status).toBe(0);
    const text = readNew(source, 'evidencias/2021/2021-07-10-facebook-live-registros.mdx');
    expect(text).toContain('\naplazada: true\n');
    expect(text).toContain('\nnota: Se aplazó por falta de conexión.\n');
    expect(runValidar(source).status).toBe(0);
  });

  test('asks why when execution goes down, and needs a link to reach 100', () => {
    const source = copyContent('rules');
    const down = runNuevo(source, ['evidencia', '--tarea=elaborar-video', '--fecha=2021-07-15'], ['40', 'n', 'Se retiró el video por un error.', '', 'Se retiró.'].join('\n'));
    expect(down.stdout).toContain('La ejecución baja de 100 a 40. Explique por qué en una nota corta:');
    expect(down.status).toBe(0);
    expect(readNew(source, 'evidencias/2021/2021-07-15-elaborar-video.mdx')).toContain('nota: Se retiró el video por un error.');

    const noLink = runNuevo(source, ['evidencia', '--tarea=dialogo-virtual-1', '--fecha=2021-10-01', '--avance=100', '--enlace=', '--descripcion=Se hizo.']);
    expect(noLink.stderr).toContain('--enlace: Falta un enlace: una tarea solo llega a 100 con una prueba');
    expect(noLink.status).toBe(1);
    expect(isNew(source, 'evidencias/2021/2021-10-01-dialogo-virtual-1.mdx')).toBe(false);
    expect(runValidar(source).status).toBe(0);
  });

  test('refuses a wrong option, naming it, and writes nothing', () => {
    const source = copyContent('invalid');
    const result = runNuevo(source, ['evidencia', '--tarea=elaborar-video', '--fecha=14/10/2021', '--avance=150', '--enlace=', '--descripcion=Texto.']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--fecha: "14/10/2021" no es válido; debe ser una fecha real escrita AAAA-MM-DD');
    expect(result.stderr).toContain('¿Quiso decir el 14 de octubre de 2021? Escríbalo así: 2021-10-14.');
    expect(result.stderr).toContain('--avance: "150" no es válido; debe ser un número entero entre 0 y 100');
    expect(result.stderr).toContain('No se creó ningún archivo.');
    expect(result.stdout + result.stderr).not.toContain('NaN');
    expect(isNew(source, 'evidencias/2021/2021-07-01-elaborar-video.mdx')).toBe(false);
  });

  test('without a terminal, says which options are missing, with a command line, instead of waiting', () => {
    const source = copyContent('missing');
    const result = runNuevo(source, ['evidencia', '--tarea=elaborar-video']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Sin una terminal, npm run nuevo no puede preguntar');
    expect(result.stderr).toContain('Falta: --avance, --descripcion.');
    expect(result.stderr).toContain('  npm run nuevo -- evidencia --tarea=elaborar-video --avance=100 --descripcion="Qué se hizo, en una o dos frases."');
    expect(result.stderr).not.toContain('No se recibió respuesta');

    const nothing = runNuevo(source, []);
    expect(nothing.stderr).toContain('Falta: una de estas palabras: evidencia, actividad, informe o errata, --tarea, --avance, --descripcion.');
  });

  test('refuses, for a new activity, a task name whose id another task of the plan uses', () => {
    const source = copyContent('taken-id');
    const result = runNuevo(source, ['actividad', '--componente=dialogo', '--nombre=Otro video', '--tarea=Elaborar video', '--programada=2021-11-30', '--descripcion=Otro.']);
    expect(result.stderr).toContain('--tarea: Con ese nombre, el identificador de la tarea sería elaborar-video, y ya lo usa otra tarea del plan');
    expect(result.status).toBe(1);
    expect(isNew(source, 'actividades/2021/otro-video.mdx')).toBe(false);
  });

  test('writes nothing when the new file would make another file invalid, and says why', () => {
    const source = copyContent('breaks-other');
    // The postponement of 30 June, at 0 and without a note, would then go down from 50.
    const result = runNuevo(source, ['evidencia', '--tarea=facebook-live-registros', '--fecha=2021-06-15', '--avance=50', '--descripcion=Se hizo la mitad.']);
    expect(result.stderr).toContain('2021-06-30-aplazamiento-facebook-live.mdx');
    expect(result.stderr).toContain('es menor que la ejecución de la evidencia anterior (50');
    expect(result.stderr).toContain('No se creó el archivo.');
    expect(result.stderr).toContain('npm run nuevo -- evidencia --tarea=facebook-live-registros --fecha=2021-06-15 --avance=50');
    expect(result.status).toBe(1);
    expect(isNew(source, 'evidencias/2021/2021-06-15-facebook-live-registros.mdx')).toBe(false);
  });

  test('refuses to close a period whose report is published, or whose cut-off has not come, pointing to what to do', () => {
    const source = copyContent('informe-publicado');
    const published = runNuevo(source, ['informe', '--periodo=i-semestre']);
    expect(published.stderr).toContain('El periodo i-semestre ya tiene su informe, en');
    expect(published.stderr).toContain('Para corregirlo, use npm run nuevo -- errata.');
    const future = runNuevo(source, ['informe', '--periodo=ii-semestre', '--nombre=II semestre', '--corte=2999-12-31']);
    expect(future.stderr).toContain('--corte: El corte (31 de diciembre de 2999) todavía no llega');
    expect(future.status).toBe(1);
    expect(isNew(source, 'informes/2021/ii-semestre.mdx')).toBe(false);
  });

  test('closes a period whose report the editor already wrote, keeping its title, objective and text', () => {
    const source = copySource('nuevo-informe-escrito', SAMPLE, (dir) =>
      writeFileSync(join(dir, 'informes/2021/ii-semestre.mdx'), '---\nplan: 2021\nperiodo: ii-semestre\ntitulo: Balance del año\nobjetivo: Contar el año a la ciudadanía.\n---\nUn año de \\<diálogo>.\n'),
    );
    const result = runNuevo(source, ['informe', '--periodo=ii-semestre', '--nombre=II semestre', '--corte=2021-12-31']);
    expect(result.stdout).toContain('se conservan su título, su objetivo y su texto');
    expect(result.status).toBe(0);
    const report = readNew(source, 'informes/2021/ii-semestre.mdx');
    expect(report).toMatch(/^---\nplan: 2021\nperiodo: ii-semestre\ntitulo: Balance del año\nobjetivo: Contar el año a la ciudadanía\.\n[\s\S]*\ncifras:\n[\s\S]*\n---\nUn año de \\<diálogo>\.\n$/);
    expect(runValidar(source).status).toBe(0);
  });

  test('corrects a published report with a dated fe de erratas, after saying what it changes', () => {
    const source = copySource('nuevo-errata', SAMPLE, (dir) =>
      applyChange(dir, { file: 'actividades/2021/espacio-virtual.mdx', replace: 'programada: 2021-06-30', with: 'programada: 2021-07-31' }),
    );
    expect(runValidar(source).status).toBe(1);
    const result = runNuevo(source, ['errata', '--periodo=i-semestre', '--motivo=El video estaba programado para julio.', '--fecha=2021-08-01']);
    expect(result.stdout).toContain('La fe de erratas cambiará el «Informe de avance I semestre» así:\n  - Ejecución del periodo: pasó de 80% a 75%.\n  - «Elaborar un (1) video»: ya no cuenta como programado hasta el corte.');
    expect(result.stdout).toContain(`Listo: se actualizó ${source.contentDir}/informes/2021/i-semestre.mdx.`);
    expect(readNew(source, 'informes/2021/i-semestre.mdx')).toContain(
      'erratas:\n  - fecha: 2021-08-01\n    motivo: El video estaba programado para julio.\n    productos:\n      elaborar-video: { componente: dialogo, programado: false, ejecucion: 100 }\n---',
    );
    expect(runValidar(source).status).toBe(0);
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;

  /**
   * In a pseudo-terminal (util-linux `script`), as an editor would: each answer is typed once
   * its question is on the screen. Gives up after 20 seconds, leaving what was printed.
   */
  function runInTerminal(source: SiteSource, args: string[], steps: [question: string, answer: string][]) {
    const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
    const command = [process.execPath, TSX, 'scripts/nuevo.ts', ...args].map(quote).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, ...toSourceEnv(source) } });
    let output = '';
    let from = 0;
    let step = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      while (step < steps.length) {
        const [question, answer] = steps[step]!;
        const at = output.indexOf(question, from);
        if (at < 0) break;
        from = at + question.length;
        child.stdin.write(`${answer}\r`);
        step += 1;
      }
    });
    const timer = setTimeout(() => child.kill(), 20_000);
    return new Promise<{ output: string; status: number | null }>((resolve) =>
      child.on('close', (status) => {
        clearTimeout(timer);
        resolve({ output, status });
      }),
    );
  }

  test.skipIf(!hasScript)('in a terminal, asks a wrong answer again and keeps the answers before it', { timeout: 30_000 }, async () => {
    const source = copyContent('terminal');
    const { output, status } = await runInTerminal(source, ['evidencia'], [
      ['o el identificador:', 'elaborar-video'],
      ['Fecha de la evidencia', '14/10/2021'],
      ['Fecha de la evidencia', '2021-10-14'],
      ['Ejecución de la tarea', 'cien'],
      ['Ejecución de la tarea', '100'],
      ['Enlace a la prueba', 'https://youtu.be/hUYCEN1ylVY'],
      ['Texto del enlace', 'Video en YouTube'],
      ['(Enter para video)', ''],
      ['Otro enlace', ''],
      ['¿qué se hizo?', 'Se publicó otra versión del video.'],
    ]);
    expect(output).toContain('¿Quiso decir el 14 de octubre de 2021? Escríbalo así: 2021-10-14.');
    expect(output).toContain('"cien" no es válido');
    expect(output).toContain(`Listo: se creó ${source.contentDir}/evidencias/2021/2021-10-14-elaborar-video.mdx.`);
    expect(status).toBe(0);
    expect(readNew(source, 'evidencias/2021/2021-10-14-elaborar-video.mdx')).toMatch(/avance: 100\n[\s\S]*tipo: video\n/);
  });
});
