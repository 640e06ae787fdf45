/**
 * The content model: what editors write in the frontmatter of each file. These schemas are
 * the documentation of every field (the JSDoc) and the first line of validation (the
 * messages, in Spanish, for editors). Types come from here: `z.output<typeof ...>`.
 */
import { z } from 'astro/zod';
import { isReadableOnWhite } from '../site/color';
import { isPlainDate } from './dates';
import { findRefusedCharacter, formatRefusedCharacter, type TextRule } from '../validation/characters';
import { isLinkUrl, isSitePath } from '../validation/urls';
import { getClosest } from '../validation/suggest';
import { isReservedId } from '../site/routes';
import { APPLICATION_ID_PATTERN, REPOSITORY_PATTERN, isBranchName, isHttpsUrl } from '../editor/repository';
import { t } from '../i18n';

const m = t.validation;
const d = t.fields;

/**
 * An object whose unknown keys are errors: a misspelt field (`avanse`) must not be silently
 * ignored. The message offers the valid name closest to it and lists them all. `docs` gives
 * every field its Spanish description (required for each key), which JSON Schema carries to
 * VS Code and to the field reference of CONTRIBUTING.md.
 */
function editorObject<Shape extends Record<string, z.ZodType>>(shape: Shape, docs: Record<keyof Shape, string>) {
  const valid = Object.keys(shape);
  const described = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, field.meta({ ...field.meta(), description: docs[key] })]),
  ) as Shape;
  return z.strictObject(described, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? m.unknownField(valid, issue.keys.map((key) => ({ key, closest: getClosest(key, valid) })))
        : m.object(valid),
  });
}

/**
 * Refuses the characters `rule` does not allow (src/lib/validation/characters.ts), naming the first one
 * and where it is. It aborts: a later check's message would not say what to fix.
 */
function refuseCharacters(rule: TextRule) {
  return z.refine<string>((value) => findRefusedCharacter(value, rule) === undefined, {
    error: (issue) => {
      const found = findRefusedCharacter(String(issue.input), rule);
      return found && m.refusedCharacter(formatRefusedCharacter(found));
    },
    abort: true,
  });
}

/** One line of text; `message` says what the field expects when it is empty or not text. */
function lineText(message: string) {
  return z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .refine((s) => !/[\r\n]/.test(s), { error: message, abort: true })
    .check(refuseCharacters('line'));
}

const text = lineText(m.text);
/** Text that may hold several lines; `multiline` tells the web editor to offer a text area. */
const longText = z
  .string({ error: m.longText })
  .trim()
  .min(1, { error: m.longText })
  .check(refuseCharacters('long'))
  .meta({ multiline: true });

/** Identifiers are typed by editors and end up in URLs: lowercase ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string({ error: m.slug }).check(refuseCharacters('line')).regex(SLUG_PATTERN, { error: m.slug });

/**
 * A reference to another file's id. YAML reads `plan: 2021` as a number, so numbers are
 * accepted and turned into text.
 */
const reference = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string({ error: m.reference }).check(refuseCharacters('line')).regex(SLUG_PATTERN, { error: m.reference }),
).meta({ type: ['string', 'integer'] });

/** A calendar day, YYYY-MM-DD. Checked strictly: 2021-13-45 is an error, not February 2022. */
const plainDate = z.string({ error: m.date }).refine(isPlainDate, { error: m.date }).meta({ format: 'date' });

const percent = z
  .number({ error: m.percent })
  .int({ error: m.percent })
  .min(0, { error: m.percent })
  .max(100, { error: m.percent });

const flag = z.boolean({ error: m.boolean });

function list<Item extends z.ZodType>(item: Item) {
  return z.array(item, { error: m.list });
}

/** Flags every repeated id at its own place in the list, so the editor sees which one to change. */
function checkUniqueIds(items: readonly { id: string }[], context: z.RefinementCtx): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    context.addIssue({ code: 'custom', path: [index, 'id'], message: m.repeatedId(first + 1) });
  });
}

/** Links must be web, e-mail or site paths: never `javascript:` or `data:`. */
const linkUrl = z.string({ error: m.url }).check(refuseCharacters('line')).refine(isLinkUrl, { error: m.url }).meta({ format: 'uri-reference' });

/** Ids that become a segment of an address beside the site's own pages (src/lib/site/routes.ts). */
const addressId = slug.refine((id) => !isReservedId(id), { error: (issue) => m.reservedId(String(issue.input)) });

export const componentSchema = editorObject({
  /** Short identifier used by activities in their `componente` field, e.g. `dialogo`. */
  id: addressId,
  /** Name as the plan publishes it, e.g. "Desarrollo de espacios de diálogo". */
  nombre: text,
  /** Optional plain-language explanation of what the component covers. */
  descripcion: longText.optional(),
}, d.component);

export const unitSchema = editorObject({
  /** Short identifier used by activities and tasks in their `dependencia` field, e.g. `comunicaciones`. */
  id: addressId,
  /** Name of the unit as the entity publishes it, e.g. "Grupo de Comunicaciones". */
  nombre: text,
}, d.unit);

export const periodSchema = editorObject({
  /** Short identifier used in URLs and by reports, e.g. `i-semestre`. */
  id: slug,
  /** Name of the period as citizens read it, e.g. "I semestre". */
  nombre: text,
  /** Cut-off date: evidence dated on or before it counts in this period's figures. */
  corte: plainDate,
  /** Date the period's report was or will be published, if known. */
  publicacion: plainDate.optional(),
}, d.period);

/** `content/planes/<plan>.yaml`: one participation plan. The file name is the plan's id. */
export const planSchema = editorObject({
  /** Title as published, e.g. "Plan de Participación Ciudadana 2021". */
  titulo: text,
  /** Year the plan covers. */
  anio: z.number({ error: m.year }).int({ error: m.year }).min(1900, { error: m.year }).max(2999, { error: m.year }),
  /** Optional objective of the plan, in plain language. */
  objetivo: longText.optional(),
  /** The plan's components, in the order the plan presents them. */
  componentes: list(componentSchema).min(1, { error: m.nonEmptyList }).superRefine(checkUniqueIds),
  /** Reporting periods (cut-offs), oldest first. */
  periodos: list(periodSchema).superRefine(checkUniqueIds),
  /** Units (dependencias) responsible for activities and tasks; a plan may list none. */
  dependencias: list(unitSchema).superRefine(checkUniqueIds).default([]),
}, d.plan);

/** A change of a task's programmed date: the original date stays written, each change is added here. */
export const reprogrammingSchema = editorObject({
  /** The new programmed date (YYYY-MM-DD) from the decision on. */
  fecha: plainDate,
  /** Date (YYYY-MM-DD) the entity decided the change: from that day the new date is the one in force. */
  decision: plainDate,
  /** Why the date changed, in one sentence citizens read beside the task. */
  motivo: lineText(m.reprogrammingReason),
}, d.reprogramming);

/**
 * The mistakes an ordered list of reprogrammings can hold, each at the field to fix: decisions
 * out of order or twice on one day (which change would be in force that day?), a new date equal
 * to the one in force (nothing changes), and a new date before its decision (a task cannot be
 * moved into the past to leave the cut-offs it already missed).
 */
function checkReprogrammings(task: { programada: string; reprogramaciones: readonly ReprogrammingData[] }, context: z.RefinementCtx): void {
  task.reprogramaciones.forEach((item, index) => {
    const path = (field: keyof ReprogrammingData) => ['reprogramaciones', index, field];
    const previous = task.reprogramaciones[index - 1];
    if (previous && item.decision <= previous.decision) {
      context.addIssue({ code: 'custom', path: path('decision'), message: m.reprogrammingOutOfOrder(item.decision === previous.decision, previous.decision, index) });
    }
    const inForce = previous?.fecha ?? task.programada;
    if (item.fecha === inForce) {
      context.addIssue({ code: 'custom', path: path('fecha'), message: m.reprogrammingSameDate(previous === undefined) });
    } else if (item.fecha < item.decision) {
      context.addIssue({ code: 'custom', path: path('fecha'), message: m.reprogrammingBeforeDecision(item.decision) });
    }
  });
}

export const taskSchema = editorObject({
  /** Identifier unique within the plan; evidence files point to it in their `tarea` field. */
  id: slug,
  /** What is done, e.g. "Publicar el Plan de Participación Ciudadana". */
  tarea: text,
  /** The product or deliverable that proves it, e.g. "Registro de publicaciones", if the plan names one. */
  producto: text.optional(),
  /** Date by which the product was first programmed. It is never changed: a later change goes in `reprogramaciones`. */
  programada: plainDate,
  /** Changes of the programmed date, oldest decision first; a cut-off counts the date in force on its day (see getProgrammedDate). */
  reprogramaciones: list(reprogrammingSchema).default([]),
  /** true when the product is example data that is not in the entity's published report. */
  ejemplo: flag.default(false),
  /** Id of the unit responsible for this task when it is not the activity's unit. */
  dependencia: reference.optional(),
}, d.task).superRefine(checkReprogrammings, {
  // Only on dates that are valid: comparing a misspelt one would add a second, misleading message.
  when: (payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !payload.issues.some((issue) => issue.path?.[0] === 'programada' || issue.path?.[0] === 'reprogramaciones'),
});

/** `content/actividades/<plan>/<slug>.mdx`: one activity of a plan. The body describes it. */
export const activitySchema = editorObject({
  /** Id of the plan: the name of its file in content/planes, e.g. 2021. */
  plan: reference,
  /** Id of one of the plan's components. */
  componente: reference,
  /** Name of the activity as the plan publishes it. */
  nombre: text,
  /** Position of the activity in the plan's list (1, 2, 3…). Activities without it go last, by name. */
  orden: z.number({ error: m.order }).int({ error: m.order }).min(1, { error: m.order }).optional(),
  /** Office responsible for the activity, as free text, for plans that do not list their units. */
  responsable: text.optional(),
  /** Id of one of the plan's units (dependencias): the one responsible for the activity's tasks. */
  dependencia: reference.optional(),
  /** Grupos de valor: the people and organisations the activity is meant for. */
  grupos: list(text).default([]),
  /** Channel or space where it happens, e.g. "Portal web institucional". */
  canal: text.optional(),
  /** Tasks and products of the activity. */
  tareas: list(taskSchema).min(1, { error: m.nonEmptyList }).superRefine(checkUniqueIds),
}, d.activity);

export const linkSchema = editorObject({
  /** Address: https://…, http://…, mailto:… or a path on this site starting with /. */
  url: linkUrl,
  /** Text of the link, saying where it goes, e.g. "Video del espacio de diálogo en YouTube". */
  texto: text,
  /** web, video or documento. */
  tipo: z.enum(['web', 'video', 'documento'], { error: m.linkKind }),
}, d.link);

const count = z.number({ error: m.count }).int({ error: m.count }).min(0, { error: m.count });

/**
 * What the participation an evidence documents gave: how many took part, which grupos de
 * valor were reached, how many contributions (aportes) came in and how many got an answer.
 * Every field is optional: an entity records what it counted, and an empty group records nothing.
 */
export const participationSchema = editorObject({
  /** Number of people who took part (attended, connected, answered the survey). */
  personas: count.optional(),
  /**
   * Grupos de valor reached: the people and organisations the activity is meant for, each
   * written exactly as in the activity's `grupos` list (checked against it).
   */
  grupos: list(text).default([]),
  /** Aportes received: questions, proposals, comments or complaints citizens made. */
  aportes: count.optional(),
  /** How many of those aportes got an answer; with `aportes` and without this field, none counts as answered. */
  respondidos: count.optional(),
}, d.participation).superRefine((participation, context) => {
  const { aportes, respondidos } = participation;
  if (respondidos === undefined) return;
  if (aportes === undefined) context.addIssue({ code: 'custom', path: ['respondidos'], message: m.answeredWithoutReceived });
  else if (respondidos > aportes) context.addIssue({ code: 'custom', path: ['respondidos'], message: m.answeredOverReceived(respondidos, aportes) });
}, {
  // A count that is not a number already has its own message.
  when: (payload) => typeof payload.value === 'object' && payload.value !== null && payload.issues.length === 0,
});

/** `content/evidencias/<plan>/<fecha>-<slug>.mdx`: one piece of evidence about one task. The body is the evidence text. */
export const evidenceSchema = editorObject({
  /** Id of the plan, e.g. 2021. */
  plan: reference,
  /** Id of the task (in an activity of the plan) this evidence is about. */
  tarea: reference,
  /** Date of the evidence: it counts in every cut-off on or after it. */
  fecha: plainDate,
  /** Execution of the task reached at that date, 0 to 100. */
  avance: percent,
  /** true when the task was postponed (aplazada) at that date. */
  aplazada: flag.default(false),
  /** Optional short note, e.g. why the task was postponed. */
  nota: longText.optional(),
  /** Links to the proof: web pages, videos, documents. */
  enlaces: list(linkSchema).default([]),
  /** Results of the participation this evidence documents, when the entity counted them. */
  participacion: participationSchema.optional(),
}, d.evidence);

/**
 * One product as a report published it. With every product of the report, the report's
 * figures can be recomputed from the report file alone, and the build can tell which product,
 * and which file, would change a published figure.
 */
export const publishedProductSchema = editorObject({
  /** Id of the component the product was in. */
  componente: reference,
  /** true when the product was programmed by the cut-off: the period's execution counts it. */
  programado: flag,
  /** Execution of the product at the cut-off, 0 to 100. */
  ejecucion: percent,
}, d.publishedProduct);

/** The figures a report published, as citizens read them. */
export const publishedFiguresSchema = editorObject({
  /** Execution of the period: executed ÷ programmed, truncated. Absent when nothing was programmed. */
  ejecucion: percent.optional(),
  /** Global progress of the plan at the cut-off, truncated. Absent when the plan had no products. */
  avance: percent.optional(),
  /** Products programmed by the cut-off. */
  programados: count,
  /** Programmed products at 100% by the cut-off. */
  ejecutados: count,
  /** Every product the report counts. */
  productos: count,
}, d.publishedFigures);

/** Products of a report by task id; a map keeps one product per line in the file. */
const publishedProducts = z.record(slug, publishedProductSchema, { error: m.publishedProducts });

/** What a correction does to one product: its new record, or `retirado` when it leaves the report. */
export const RETIRED = 'retirado';

/** A dated correction of a published report: which products change, and why. */
export const errataSchema = editorObject({
  /** Date of the correction (AAAA-MM-DD), on or after the report's cut-off. */
  fecha: plainDate,
  /** Why the report is corrected, in plain language: it is published beside the corrected figures. */
  motivo: longText,
  /** The products that change, with their corrected record; `retirado` takes one out of the report. */
  productos: z.record(slug, z.union([publishedProductSchema, z.literal(RETIRED)], { error: m.errataProduct }), {
    error: m.publishedProducts,
  }),
}, d.errata);

/** `content/informes/<plan>/<periodo>.mdx`: the report of one period. The body is its introduction. */
export const reportSchema = editorObject({
  /** Id of the plan, e.g. 2021. */
  plan: reference,
  /** Id of one of the plan's periods, e.g. i-semestre. */
  periodo: reference,
  /** Title of the report, e.g. "Informe de avance I semestre". */
  titulo: text,
  /** Objective of the report, as published. */
  objetivo: longText,
  /** The figures published with the report, written by `npm run nuevo -- informe`; never changed by hand. */
  cifras: publishedFiguresSchema.optional(),
  /** Every product the report counts, as published, written with `cifras`. */
  productos: publishedProducts.optional(),
  /** Dated corrections (fe de erratas), oldest first: the only way a published figure changes. */
  erratas: list(errataSchema).default([]),
}, d.report);

const contactSchema = editorObject({
  /** Web site of the entity, e.g. https://www.enterritorio.gov.co. */
  web: linkUrl.optional(),
  /** E-mail address for citizens, e.g. participacion@entidad.gov.co. */
  correo: z.email({ error: m.email }).optional(),
  /** Telephone line for citizens, as it should be dialled and read. */
  telefono: text.optional(),
  /** Postal address of the main office. */
  direccion: text.optional(),
  /** Opening hours of citizen service. */
  horario: text.optional(),
}, d.contact);

/** The address of a service the site relies on; `example` is shown in the message. */
function httpsUrl(example: string) {
  const message = m.httpsUrl(example);
  return z.string({ error: message }).check(refuseCharacters('line')).refine(isHttpsUrl, { error: message }).meta({ format: 'uri' });
}

const repositorySchema = editorObject({
  /** github or gitlab: the service that keeps the repository. */
  servicio: z.enum(['github', 'gitlab'], { error: m.repositoryService }).default('github'),
  /** The repository as owner/name, as in its address, e.g. enterritorio/avance-participacion. */
  nombre: z.string({ error: m.repositoryName }).check(refuseCharacters('line')).regex(REPOSITORY_PATTERN, { error: m.repositoryName }),
  /** The branch the site is published from, e.g. main. */
  rama: z.string({ error: m.branch }).check(refuseCharacters('line')).refine(isBranchName, { error: m.branch }).default('main'),
  /** Address of the entity's own GitLab, e.g. https://gitlab.entidad.gov.co; without it, gitlab.com. Only with servicio gitlab. */
  servidor: httpsUrl('https://gitlab.entidad.gov.co').optional(),
}, d.repository);

const editorSchema = editorObject({
  /** With GitHub: address of the OAuth helper service staff sign in through, e.g. https://auth.entidad.gov.co. */
  autenticacion: httpsUrl('https://auth.entidad.gov.co').optional(),
  /** With GitLab: the Application ID of the OAuth application, for sign-in without a helper (PKCE). */
  aplicacion: z.string({ error: m.applicationId }).regex(APPLICATION_ID_PATTERN, { error: m.applicationId }).optional(),
}, d.editor);

/**
 * What neither group of sitio.yaml can check alone: the web editor saves to the repository, each
 * service signs in its own way, and a field the service does not use must not look as if it
 * did something. Each problem points at the field to write or to delete.
 */
function checkEditing(
  site: { repositorio?: z.output<typeof repositorySchema>; editor?: z.output<typeof editorSchema> },
  context: z.RefinementCtx,
): void {
  const { repositorio, editor } = site;
  if (repositorio?.servicio === 'github' && repositorio.servidor !== undefined) {
    context.addIssue({ code: 'custom', path: ['repositorio', 'servidor'], message: m.serverWithGithub });
  }
  if (!editor) return;
  if (!repositorio) {
    context.addIssue({ code: 'custom', path: ['repositorio'], message: m.editorWithoutRepository });
    return;
  }
  if (repositorio.servicio === 'github') {
    if (editor.autenticacion === undefined) context.addIssue({ code: 'custom', path: ['editor', 'autenticacion'], message: m.missingAuthentication });
    if (editor.aplicacion !== undefined) context.addIssue({ code: 'custom', path: ['editor', 'aplicacion'], message: m.applicationWithGithub });
  } else if (editor.aplicacion === undefined) {
    context.addIssue({ code: 'custom', path: ['editor', 'aplicacion'], message: m.missingApplication });
  }
}

/** `content/sitio.yaml`: who publishes the site and how it looks. Another entity edits only this file. */
export const siteSchema = editorObject({
  /** Name of the entity, e.g. ENTerritorio. */
  entidad: text,
  /** Optional tagline shown under the entity's name. */
  lema: text.optional(),
  /** Optional logo: an image in public/ (path starting with /) and its text alternative. */
  logo: editorObject({
    /** Path of the image file inside public/, e.g. /logo.svg. */
    src: z.string({ error: m.sitePath }).check(refuseCharacters('line')).refine(isSitePath, { error: m.sitePath }),
    /** What the logo says, for people who cannot see it, e.g. "Logo de ENTerritorio". */
    alt: text,
  }, d.logo).optional(),
  /** Main colour (#rrggbb) for the header and links; it must be dark enough for white text. */
  color: z.string({ error: m.brandColor }).refine(isReadableOnWhite, { error: m.brandColor }).default('#0b4f8a'),
  /** true shows the GOV.CO top bar that Colombian public entities use. */
  govco: flag.default(false),
  /** Contact data shown in the footer. */
  contacto: contactSchema.default({}),
  /** Licence of the open data: its name and the address of its text. */
  licencia: editorObject({
    /** Name of the licence, e.g. "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)". */
    nombre: text,
    /** Address of the licence text. */
    url: linkUrl,
  }, d.licence).default({
    nombre: 'Creative Commons Atribución 4.0 Internacional (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.es',
  }),
  /** Where the content files are kept and edited; with it, pages link to their file ("Editar esta página"). */
  repositorio: repositorySchema.optional(),
  /** How staff sign in to the web editor at /admin/; it needs `repositorio`. */
  editor: editorSchema.optional(),
}, d.site).superRefine(checkEditing, {
  // A group with a problem of its own would make these checks guess (a misspelt servicio reads as gitlab).
  when: (payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !payload.issues.some((issue) => issue.path?.[0] === 'repositorio' || issue.path?.[0] === 'editor'),
});

export type PlanData = z.output<typeof planSchema>;
export type ComponentData = z.output<typeof componentSchema>;
export type UnitData = z.output<typeof unitSchema>;
export type PeriodData = z.output<typeof periodSchema>;
export type ActivityData = z.output<typeof activitySchema>;
export type TaskData = z.output<typeof taskSchema>;
export type ReprogrammingData = z.output<typeof reprogrammingSchema>;
export type EvidenceData = z.output<typeof evidenceSchema>;
export type ParticipationData = z.output<typeof participationSchema>;
export type LinkData = z.output<typeof linkSchema>;
export type ReportData = z.output<typeof reportSchema>;
export type PublishedProductData = z.output<typeof publishedProductSchema>;
export type PublishedFiguresData = z.output<typeof publishedFiguresSchema>;
export type ErrataData = z.output<typeof errataSchema>;
export type SiteData = z.output<typeof siteSchema>;

/** The schema of each kind of content file, by the folder (or file) it lives in. */
export const FILE_SCHEMAS = {
  sitio: siteSchema,
  planes: planSchema,
  actividades: activitySchema,
  evidencias: evidenceSchema,
  informes: reportSchema,
} as const;

export type FileKind = keyof typeof FILE_SCHEMAS;
