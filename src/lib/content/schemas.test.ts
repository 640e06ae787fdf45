import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { formatProblem, toSchemaProblems } from '../validation/problems';
import { activitySchema, evidenceSchema, planSchema, reportSchema, siteSchema } from './schemas';

/** The messages an editor would read for this data, one line per problem. */
function getMessages(schema: z.ZodType, data: unknown, file = 'content/x.mdx'): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return toSchemaProblems(file, data, result.error).map(formatProblem);
}

const validEvidence = {
  plan: 2021,
  tarea: 'elaborar-video',
  fecha: '2021-06-30',
  avance: 100,
  enlaces: [{ url: 'https://www.youtube.com/watch?v=hUYCEN1ylVY', texto: 'Video', tipo: 'video' }],
};

const validActivity = {
  plan: '2021',
  componente: 'dialogo',
  nombre: 'Generar espacio virtual',
  tareas: [{ id: 'elaborar-video', tarea: 'Elaborar un (1) video', programada: '2021-06-30' }],
};

const validPlan = {
  titulo: 'Plan de Participación Ciudadana 2021',
  anio: 2021,
  componentes: [{ id: 'dialogo', nombre: 'Desarrollo de espacios de diálogo' }],
  periodos: [{ id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' }],
};

describe('evidence schema', () => {
  test('accepts a complete piece of evidence and fills the optional fields', () => {
    const evidence = evidenceSchema.parse(validEvidence);
    expect(evidence.plan).toBe('2021');
    expect(evidence.aplazada).toBe(false);
    expect(evidence.enlaces[0]?.tipo).toBe('video');
  });

  test('rejects a percentage above 100 with a message that names file, field and value', () => {
    expect(getMessages(evidenceSchema, { ...validEvidence, avance: 150 }, 'content/evidencias/2021/v.mdx')).toEqual([
      'content/evidencias/2021/v.mdx, campo `avance`: 150 no es válido; debe ser un número entero entre 0 y 100, sin el signo %.',
    ]);
  });

  test('rejects fractional, negative and quoted percentages', () => {
    for (const avance of [50.5, -1, '80%']) {
      expect(getMessages(evidenceSchema, { ...validEvidence, avance })).toHaveLength(1);
    }
  });

  test('rejects a date that does not exist instead of rolling it over', () => {
    expect(getMessages(evidenceSchema, { ...validEvidence, fecha: '2021-13-45' })).toEqual([
      'content/x.mdx, campo `fecha`: "2021-13-45" no es válido; debe ser una fecha real escrita AAAA-MM-DD, por ejemplo 2021-06-30.',
    ]);
  });

  test('says which required field is missing', () => {
    const { tarea: _omitted, ...withoutTask } = validEvidence;
    expect(getMessages(evidenceSchema, withoutTask)).toEqual([
      expect.stringMatching(/^content\/x\.mdx, campo `tarea`: falta este campo; debe ser el identificador/),
    ]);
  });

  test('rejects a misspelt field once, offering the one the editor meant and listing the valid ones', () => {
    const { avance: _avance, ...rest } = validEvidence;
    expect(getMessages(evidenceSchema, { ...rest, avanse: 10 })).toEqual([
      'content/x.mdx, campo `avanse`: este campo no existe; revise cómo está escrito. ¿Quiso decir avance? Los campos válidos aquí son: plan, tarea, fecha, avance, aplazada, nota, enlaces, participacion.',
    ]);
  });

  test('says a required field is missing when the unknown field beside it is not a misspelling of it', () => {
    const { avance: _avance, ...rest } = validEvidence;
    expect(getMessages(evidenceSchema, { ...rest, porcentaje: 10 })).toEqual([
      expect.stringMatching(/^content\/x\.mdx, campo `avance`: falta este campo/),
      expect.stringMatching(/^content\/x\.mdx, campo `porcentaje`: este campo no existe; revise cómo está escrito\. Los campos válidos/),
    ]);
  });

  test('offers a field for each of several misspelt fields, and none for a field unlike any', () => {
    const messages = getMessages(evidenceSchema, { ...validEvidence, Nota: 'x', enlace: [] });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('campo `Nota`: este campo no existe; revise cómo está escrito. ¿Quiso decir nota (en lugar de Nota) o enlaces (en lugar de enlace)?');
    expect(getMessages(evidenceSchema, { ...validEvidence, responsable: 'x' })).toEqual([
      'content/x.mdx, campo `responsable`: este campo no existe; revise cómo está escrito. Los campos válidos aquí son: plan, tarea, fecha, avance, aplazada, nota, enlaces, participacion.',
    ]);
  });

  test('rejects a link kind outside web, video and documento, pointing at the list item', () => {
    const enlaces = [{ url: 'https://example.org', texto: 'Acta', tipo: 'pdf' }];
    expect(getMessages(evidenceSchema, { ...validEvidence, enlaces })).toEqual([
      'content/x.mdx, campo `enlaces › elemento 1 › tipo`: "pdf" no es válido; debe ser uno de estos tipos: web, video, documento.',
    ]);
  });

  test('rejects a link that could run code, naming the field', () => {
    const enlaces = [{ url: 'javascript:alert(1)', texto: 'Acta', tipo: 'web' }];
    expect(getMessages(evidenceSchema, { ...validEvidence, enlaces })).toEqual([
      'content/x.mdx, campo `enlaces › elemento 1 › url`: "javascript:alert(1)" no es válido; debe ser una dirección que empiece por https://, http:// o mailto:, o una ruta del sitio que empiece por /.',
    ]);
  });
});

describe('activity schema', () => {
  test('accepts an activity and treats its products as real data unless marked', () => {
    const activity = activitySchema.parse(validActivity);
    expect(activity.grupos).toEqual([]);
    expect(activity.tareas[0]?.ejemplo).toBe(false);
  });

  test('reports a misspelt field of a task once, at the task, offering the right name', () => {
    const { programada, ...task } = validActivity.tareas[0]!;
    expect(getMessages(activitySchema, { ...validActivity, tareas: [{ ...task, programda: programada }] })).toEqual([
      'content/x.mdx, campo `tareas › elemento 1 › programda`: este campo no existe; revise cómo está escrito. ¿Quiso decir programada? Los campos válidos aquí son: id, tarea, producto, programada, reprogramaciones, ejemplo, dependencia.',
    ]);
  });

  test('rejects two tasks with the same id in one activity', () => {
    const task = validActivity.tareas[0];
    expect(getMessages(activitySchema, { ...validActivity, tareas: [task, task] })).toEqual([
      'content/x.mdx, campo `tareas › elemento 2 › id`: "elaborar-video" no es válido; ya lo usa el elemento 1 de esta lista; cada elemento debe tener un id distinto.',
    ]);
  });

  test('rejects an id with capitals, accents or spaces', () => {
    const tareas = [{ ...validActivity.tareas[0], id: 'Elaborar vídeo' }];
    expect(getMessages(activitySchema, { ...validActivity, tareas })[0]).toContain(
      'campo `tareas › elemento 1 › id`: "Elaborar vídeo" no es válido; debe tener solo letras minúsculas',
    );
  });

  test('rejects an activity without tasks', () => {
    expect(getMessages(activitySchema, { ...validActivity, tareas: [] })[0]).toContain('al menos un elemento');
  });
});

describe('reprogrammings of a task', () => {
  const withReprogrammings = (reprogramaciones: unknown[]) => ({ ...validActivity, tareas: [{ ...validActivity.tareas[0], reprogramaciones }] });
  const field = (position: number, name: string) => `content/x.mdx, campo \`tareas › elemento 1 › reprogramaciones › elemento ${position} › ${name}\``;
  const moved = { fecha: '2021-09-30', decision: '2021-06-20', motivo: 'Las alcaldías pidieron otra fecha.' };

  test('keeps the original date and accepts changes in the order they were decided', () => {
    const task = activitySchema.parse(withReprogrammings([moved, { fecha: '2021-11-30', decision: '2021-09-15', motivo: 'Otra vez.' }])).tareas[0]!;
    expect(task.programada).toBe('2021-06-30');
    expect(task.reprogramaciones.map((item) => item.fecha)).toEqual(['2021-09-30', '2021-11-30']);
    expect(activitySchema.parse(validActivity).tareas[0]?.reprogramaciones).toEqual([]);
  });

  test('refuses an empty or missing reason, saying what to write', () => {
    expect(getMessages(activitySchema, withReprogrammings([{ ...moved, motivo: '  ' }]))).toEqual([
      `${field(1, 'motivo')}: "  " no es válido; debe decir en una frase, de una línea, por qué cambió la fecha, por ejemplo «Las alcaldías pidieron pasar el encuentro después de sus consejos de gobierno.»: la ciudadanía lo lee junto a la tarea.`,
    ]);
    const { motivo: _motivo, ...withoutReason } = moved;
    expect(getMessages(activitySchema, withReprogrammings([withoutReason]))[0]).toContain(`${field(1, 'motivo')}: falta este campo; debe decir en una frase`);
  });

  test('refuses dates that are not real days written YYYY-MM-DD', () => {
    expect(getMessages(activitySchema, withReprogrammings([{ ...moved, decision: '20/06/2021' }]))).toEqual([
      `${field(1, 'decision')}: "20/06/2021" no es válido; debe ser una fecha real escrita AAAA-MM-DD, por ejemplo 2021-06-30.`,
    ]);
  });

  test('refuses a new date equal to the one in force', () => {
    expect(getMessages(activitySchema, withReprogrammings([{ ...moved, fecha: '2021-06-30' }]))).toEqual([
      `${field(1, 'fecha')}: "2021-06-30" no es válido; es la misma fecha que la programada original (campo programada): así la fecha no cambia. Escriba la nueva fecha, o borre esta reprogramación.`,
    ]);
    expect(getMessages(activitySchema, withReprogrammings([moved, { ...moved, decision: '2021-07-01' }]))[0]).toContain(
      `${field(2, 'fecha')}: "2021-09-30" no es válido; es la misma fecha que la de la reprogramación anterior`,
    );
  });

  test('refuses decisions out of order or on the same day, at the later item', () => {
    const later = { fecha: '2021-11-30', decision: '2021-09-15', motivo: 'Otra vez.' };
    expect(getMessages(activitySchema, withReprogrammings([later, { ...moved, fecha: '2021-10-30' }]))).toEqual([
      `${field(2, 'decision')}: "2021-06-20" no es válido; es anterior a la decisión del elemento 1 (2021-09-15): las reprogramaciones van de la decisión más antigua a la más reciente. Mueva este elemento antes del 1, o corrija la fecha de decisión.`,
    ]);
    expect(getMessages(activitySchema, withReprogrammings([moved, { ...later, decision: moved.decision }]))[0]).toContain(
      `${field(2, 'decision')}: "2021-06-20" no es válido; es el mismo día de la decisión del elemento 1`,
    );
  });

  test('refuses moving a task back to a date before the decision', () => {
    expect(getMessages(activitySchema, withReprogrammings([{ ...moved, fecha: '2021-07-31', decision: '2021-08-10' }]))).toEqual([
      `${field(1, 'fecha')}: "2021-07-31" no es válido; es anterior a la decisión (2021-08-10): una tarea no se reprograma hacia atrás, porque eso la sacaría de cortes que ya pasaron. Escriba una fecha igual o posterior a la decisión; si la decisión fue otro día, corrija decision.`,
    ]);
  });
});

describe('plan, report and site schemas', () => {
  test('accept valid files', () => {
    expect(planSchema.parse(validPlan).periodos[0]?.corte).toBe('2021-06-30');
    expect(reportSchema.parse({ plan: 2021, periodo: 'i-semestre', titulo: 'Informe', objetivo: 'Informar.' }).plan).toBe(
      '2021',
    );
    expect(siteSchema.parse({ entidad: 'ENTerritorio' }).entidad).toBe('ENTerritorio');
  });

  test('reject two components with the same id, pointing at the repeated one', () => {
    const componentes = [...validPlan.componentes, { id: 'dialogo', nombre: 'Otro' }];
    expect(getMessages(planSchema, { ...validPlan, componentes })[0]).toContain(
      'campo `componentes › elemento 2 › id`: "dialogo" no es válido; ya lo usa el elemento 1',
    );
  });

  test('reject a brand colour that white text cannot be read on, and a malformed e-mail', () => {
    const messages = getMessages(siteSchema, { entidad: 'X', color: '#f2b500', contacto: { correo: 'participacion' } });
    expect(messages[0]).toContain('campo `color`: "#f2b500" no es válido; debe ser un color oscuro');
    expect(messages[1]).toContain('campo `contacto › correo`: "participacion" no es válido; debe ser un correo electrónico');
    expect(siteSchema.parse({ entidad: 'X' })).toMatchObject({ color: '#0b4f8a', govco: false, contacto: {} });
  });

  test('reject a component whose id is the word reserved for "every component" in addresses', () => {
    const componentes = [{ id: 'todos', nombre: 'Todos' }];
    expect(getMessages(planSchema, { ...validPlan, componentes })[0]).toContain(
      'campo `componentes › elemento 1 › id`: "todos" no es válido; no puede ser «todos»',
    );
  });

  test('take a plan without units, and refuse a unit id that is a word of the site\'s addresses or repeated', () => {
    expect(planSchema.parse(validPlan).dependencias).toEqual([]);
    const dependencias = [
      { id: 'dependencias', nombre: 'Todas' },
      { id: 'comunicaciones', nombre: 'Grupo de Comunicaciones' },
      { id: 'comunicaciones', nombre: 'Comunicaciones' },
    ];
    const messages = getMessages(planSchema, { ...validPlan, dependencias });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('campo `dependencias › elemento 1 › id`: "dependencias" no es válido; no puede ser «dependencias»');
    expect(messages[1]).toContain('campo `dependencias › elemento 3 › id`');
  });

  test('reject a cut-off that is not a real date and a year written as text', () => {
    const periodos = [{ id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-31' }];
    const messages = getMessages(planSchema, { ...validPlan, anio: 'dos mil veintiuno', periodos });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('campo `anio`: "dos mil veintiuno" no es válido; debe ser un año de cuatro cifras');
    expect(messages[1]).toContain('campo `periodos › elemento 1 › corte`: "2021-06-31" no es válido');
  });

  test('reject a report without objective and list every problem at once', () => {
    const messages = getMessages(reportSchema, { plan: 'Plan 2021', periodo: 'i-semestre', titulo: '' });
    expect(messages).toEqual([
      expect.stringContaining('campo `plan`: "Plan 2021" no es válido'),
      expect.stringContaining('campo `titulo`: "" no es válido; debe ser un texto de una línea, no vacío'),
      expect.stringContaining('campo `objetivo`: falta este campo'),
    ]);
  });
});

describe('the repository and the web editor in sitio.yaml', () => {
  const site = (fields: Record<string, unknown>) => getMessages(siteSchema, { entidad: 'ENTerritorio', ...fields }, 'content/sitio.yaml');

  test('fill in GitHub and the branch main, and accept each service with its own sign-in', () => {
    expect(siteSchema.parse({ entidad: 'X', repositorio: { nombre: 'enterritorio/avance-participacion' } }).repositorio).toEqual({
      servicio: 'github',
      nombre: 'enterritorio/avance-participacion',
      rama: 'main',
    });
    expect(site({ repositorio: { nombre: 'entidad/plan' }, editor: { autenticacion: 'https://auth.entidad.gov.co' } })).toEqual([]);
    expect(
      site({ repositorio: { servicio: 'gitlab', nombre: 'entidad/plan', rama: 'publicacion', servidor: 'https://gitlab.entidad.gov.co' }, editor: { aplicacion: 'a1b2c3' } }),
    ).toEqual([]);
  });

  test('reject a repository name, a branch and a server address that are not written as expected', () => {
    expect(site({ repositorio: { servicio: 'GitHub', nombre: 'https://github.com/entidad/plan', rama: 'mi rama', servidor: 'gitlab.entidad.gov.co' } })).toEqual([
      expect.stringContaining('campo `repositorio › servicio`: "GitHub" no es válido; debe ser github o gitlab'),
      expect.stringContaining('campo `repositorio › nombre`: "https://github.com/entidad/plan" no es válido; debe ser el repositorio escrito dueño/nombre'),
      expect.stringContaining('campo `repositorio › rama`: "mi rama" no es válido; debe ser el nombre de una rama del repositorio, sin espacios'),
      expect.stringContaining('campo `repositorio › servidor`: "gitlab.entidad.gov.co" no es válido; debe ser una dirección completa que empiece por https://, por ejemplo https://gitlab.entidad.gov.co'),
    ]);
    expect(site({ editor: { autenticacion: 'http://auth.entidad.gov.co' }, repositorio: { nombre: 'a/b' } })).toEqual([
      expect.stringContaining('campo `editor › autenticacion`: "http://auth.entidad.gov.co" no es válido; debe ser una dirección completa que empiece por https://, por ejemplo https://auth.entidad.gov.co'),
    ]);
  });

  test('refuse a GitLab server with GitHub, saying which line to delete or which service to write', () => {
    expect(site({ repositorio: { nombre: 'entidad/plan', servidor: 'https://gitlab.entidad.gov.co' } })).toEqual([
      'content/sitio.yaml, campo `repositorio › servidor`: "https://gitlab.entidad.gov.co" no es válido; el campo servidor solo se usa cuando el repositorio está en un GitLab propio de la entidad (servicio: gitlab). Si el repositorio está en GitHub, borre la línea servidor; si está en ese GitLab, escriba servicio: gitlab en el grupo repositorio.',
    ]);
  });

  test('ask for the repository when the web editor is set up without it', () => {
    expect(site({ editor: { autenticacion: 'https://auth.entidad.gov.co' } })).toEqual([
      expect.stringMatching(/^content\/sitio\.yaml, campo `repositorio`: falta este campo; el grupo editor lo necesita.* o borre el grupo editor\.$/),
    ]);
  });

  test('ask each service for its own way in, and refuse the other one\'s', () => {
    expect(site({ repositorio: { nombre: 'entidad/plan' }, editor: {} })).toEqual([
      expect.stringMatching(/campo `editor › autenticacion`: falta este campo; con servicio: github .* por ejemplo autenticacion: https:\/\/auth\.entidad\.gov\.co, o borre el grupo editor\.$/),
    ]);
    expect(site({ repositorio: { nombre: 'entidad/plan' }, editor: { autenticacion: 'https://auth.entidad.gov.co', aplicacion: 'a1b2c3' } })).toEqual([
      expect.stringMatching(/campo `editor › aplicacion`: "a1b2c3" no es válido; el campo aplicacion solo se usa con servicio: gitlab.*borre la línea aplicacion\.$/),
    ]);
    expect(site({ repositorio: { servicio: 'gitlab', nombre: 'entidad/plan' }, editor: { autenticacion: 'https://auth.entidad.gov.co' } })).toEqual([
      expect.stringMatching(/campo `editor › aplicacion`: falta este campo; con servicio: gitlab .* en el campo aplicacion del grupo editor, o borre el grupo editor\.$/),
    ]);
  });

  test('leave these checks for later while a group has a problem of its own, so they do not guess', () => {
    expect(site({ repositorio: { servicio: 'gitlb', nombre: 'entidad/plan' }, editor: {} })).toEqual([
      expect.stringContaining('campo `repositorio › servicio`: "gitlb" no es válido'),
    ]);
    expect(getMessages(siteSchema, null)).toHaveLength(1);
  });
});

describe('characters, ids and paths that editors cannot see or that would take the site\'s addresses', () => {
  test('refuse an invisible or control character in a one-line text, naming it and where it is', () => {
    expect(getMessages(activitySchema, { ...validActivity, nombre: 'Foro\u200b jóvenes' })).toEqual([
      'content/x.mdx, campo `nombre`: "Foro[U+200B] jóvenes" no es válido; tiene un carácter invisible (U+200B, espacio de ancho cero) después de «Foro», que no se puede publicar. Suele llegar al copiar y pegar desde Word, un PDF o un correo: borre esa parte del texto y escríbala de nuevo a mano.',
    ]);
    for (const nombre of ['Foro\u0000', 'Foro\u202ejóvenes', 'Foro\tjóvenes', '\u2066Foro', 'Foro\u0085']) {
      expect(getMessages(activitySchema, { ...validActivity, nombre })).toEqual([expect.stringContaining('que no se puede publicar')]);
    }
    expect(getMessages(activitySchema, { ...validActivity, grupos: ['Jóvenes\u2028rurales'] })).toEqual([
      expect.stringMatching(/^content\/x\.mdx, campo `grupos › elemento 1`: .* tiene un salto de línea \(U\+2028\) después de «Jóvenes»/),
    ]);
  });

  test('keep asking for one line when a one-line text has a line break', () => {
    expect(getMessages(activitySchema, { ...validActivity, nombre: 'Foro\njóvenes' })).toEqual([
      'content/x.mdx, campo `nombre`: "Foro\njóvenes" no es válido; debe ser un texto de una línea, no vacío.',
    ]);
  });

  test('let long texts hold line breaks, tabs and what XML can carry, but not NUL or other control characters', () => {
    expect(getMessages(evidenceSchema, { ...validEvidence, nota: 'Primera línea\n\tsegunda 👩‍💻\u200b' })).toEqual([]);
    expect(getMessages(evidenceSchema, { ...validEvidence, nota: 'Se aplazó\u0000' })).toEqual([
      expect.stringMatching(/^content\/x\.mdx, campo `nota`: "Se aplazó\[U\+0000\]" no es válido; tiene el carácter nulo \(U\+0000\) después de «Se aplazó»/),
    ]);
    expect(getMessages(reportSchema, { plan: 2021, periodo: 'i-semestre', titulo: 'Informe', objetivo: 'Informar\uffff' })).toEqual([
      expect.stringContaining('tiene un carácter que no es válido (U+FFFF)'),
    ]);
  });

  test('name the invisible character of an id or a reference rather than only the id rule', () => {
    expect(getMessages(evidenceSchema, { ...validEvidence, tarea: 'elaborar-video\u200b' })).toEqual([
      expect.stringMatching(/campo `tarea`: "elaborar-video\[U\+200B\]" no es válido; tiene un carácter invisible \(U\+200B, espacio de ancho cero\) después de «elaborar-video»/),
    ]);
    expect(getMessages(planSchema, { ...validPlan, periodos: [{ ...validPlan.periodos[0], id: 'i-semestre\u202e' }] })).toEqual([
      expect.stringMatching(/campo `periodos › elemento 1 › id`: .* cambia la dirección del texto \(U\+202E\)/),
    ]);
  });

  test('refuse an address with an invisible character, which would lead elsewhere than it reads', () => {
    const enlaces = [{ url: 'https://www.youtube.com/watch?v=hUYC\u200bEN1ylVY', texto: 'Video', tipo: 'video' }];
    expect(getMessages(evidenceSchema, { ...validEvidence, enlaces })).toEqual([
      expect.stringMatching(/campo `enlaces › elemento 1 › url`: .* tiene un carácter invisible \(U\+200B/),
    ]);
  });

  test.each(['todos', 'pagina', 'datos', 'informes', 'evidencias', 'buscar', 'planes'])('refuse %s as a component id: it is a word of the site\'s addresses', (id) => {
    expect(getMessages(planSchema, { ...validPlan, componentes: [{ id, nombre: 'Componente' }] })).toEqual([
      `content/x.mdx, campo \`componentes › elemento 1 › id\`: "${id}" no es válido; no puede ser «${id}»: esa palabra está reservada para las direcciones de las páginas propias del sitio. Use otro identificador.`,
    ]);
  });

  test('take the logo only from a path of this site, by the rule links follow', () => {
    const logo = (src: string) => getMessages(siteSchema, { entidad: 'ENTerritorio', logo: { src, alt: 'Logo' } });
    expect(logo('/logo.svg')).toEqual([]);
    for (const src of ['/\\evil.example/logo.svg', '//evil.example/logo.svg', 'https://evil.example/logo.svg', 'logo.svg', '/logo\u200b.svg', '/logo.svg\n']) {
      expect(logo(src)).toHaveLength(1);
    }
  });
});
