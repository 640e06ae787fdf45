/**
 * Open data (Ley 1712 de 2014): what a page publishes is also published as reusable files.
 * Each file's columns are a zod schema: the same definition gives the rows' type, the
 * column dictionary shown on the data page and the JSON Schema published beside the files.
 * Anyone can recompute the site's figures from a period's CSV alone.
 */
import { z } from 'astro/zod';
import type { Evidence, Plan, ReportedPeriod } from '../content/catalog';
import type { PlainDate } from '../content/dates';
import { t } from '../i18n';
import { getProgressSummary, isProgrammedBy, TASK_STATES, type ProgressSummary } from '../progress/progress';
import { getDataPath, toHref, toLinkHref } from '../site/routes';
import { getAsOfDate, getSnapshot } from '../progress/views';
import { getAnswered } from '../progress/participation';

const d = t.openData.columns;
const j = t.openData.json;

/** The site's address (SITE_URL): files that leave the site need it to point back to it. */
export type SiteUrl = string | URL | undefined;

/**
 * Dates are YYYY-MM-DD text: the JSON Schema says format date, so a validator checks them.
 * Addresses may be site paths when the site has no address (SITE_URL), so they are URI
 * references, true of both an absolute address and a path.
 */
const isoDate = () => z.iso.date();
const address = () => z.string().meta({ format: 'uri-reference' });
const count = () => z.number().int().min(0);
const percent = () => z.number().int().min(0).max(100);

export const productRowSchema = z.object({
  plan: z.string().describe(d.plan),
  periodo: z.string().describe(d.periodo),
  corte: isoDate().describe(d.corte),
  componente_id: z.string().describe(d.componenteId),
  componente: z.string().describe(d.componente),
  dependencia: z.string().describe(d.dependencia),
  actividad_id: z.string().describe(d.actividadId),
  actividad: z.string().describe(d.actividad),
  tarea_id: z.string().describe(d.tareaId),
  tarea: z.string().describe(d.tarea),
  producto: z.string().describe(d.producto),
  fecha_programada: isoDate().describe(d.fechaProgramada),
  fecha_vigente: isoDate().describe(d.fechaVigente),
  motivo_reprogramacion: z.string().describe(d.motivoReprogramacion),
  programada_al_corte: z.boolean().describe(d.programadaAlCorte),
  ejecucion: z.number().int().min(0).max(100).describe(d.ejecucion),
  estado: z.enum(TASK_STATES).describe(d.estado),
  ejemplo: z.boolean().describe(d.ejemplo),
  evidencias: z.number().int().min(0).describe(d.evidencias),
  enlaces: z.array(address()).describe(d.enlaces),
});

/** A product as the JSON files hold it: the same fields, described for JSON readers. */
export const productJsonRowSchema = productRowSchema.extend({
  producto: productRowSchema.shape.producto.describe(j.producto),
  dependencia: productRowSchema.shape.dependencia.describe(j.dependencia),
  motivo_reprogramacion: productRowSchema.shape.motivo_reprogramacion.describe(j.motivoReprogramacion),
  programada_al_corte: productRowSchema.shape.programada_al_corte.describe(j.programadaAlCorte),
  ejemplo: productRowSchema.shape.ejemplo.describe(j.ejemplo),
  enlaces: productRowSchema.shape.enlaces.describe(j.enlaces),
});

export const evidenceRowSchema = z.object({
  plan: z.string().describe(d.plan),
  fecha: isoDate().describe(d.fecha),
  componente: z.string().describe(d.componente),
  dependencia: z.string().describe(d.dependencia),
  actividad: z.string().describe(d.actividad),
  tarea_id: z.string().describe(d.tareaId),
  producto: z.string().describe(d.producto),
  avance: z.number().int().min(0).max(100).describe(d.avance),
  aplazada: z.boolean().describe(d.aplazada),
  nota: z.string().describe(d.nota),
  enlaces: z.array(address()).describe(d.enlacesEvidencia),
  personas: count().nullable().describe(d.personas),
  grupos_de_valor: z.array(z.string()).describe(d.gruposDeValor),
  aportes: count().nullable().describe(d.aportes),
  aportes_respondidos: count().nullable().describe(d.aportesRespondidos),
  texto: z.string().describe(d.texto),
});

/** A piece of evidence as the JSON file holds it, described for JSON readers. */
export const evidenceJsonRowSchema = evidenceRowSchema.extend({
  aplazada: evidenceRowSchema.shape.aplazada.describe(j.aplazada),
  nota: evidenceRowSchema.shape.nota.describe(j.nota),
  dependencia: evidenceRowSchema.shape.dependencia.describe(j.dependencia),
  enlaces: evidenceRowSchema.shape.enlaces.describe(j.enlacesEvidencia),
  personas: evidenceRowSchema.shape.personas.describe(j.personas),
  grupos_de_valor: evidenceRowSchema.shape.grupos_de_valor.describe(j.gruposDeValor),
  aportes: evidenceRowSchema.shape.aportes.describe(j.aportes),
  aportes_respondidos: evidenceRowSchema.shape.aportes_respondidos.describe(j.aportesRespondidos),
});

export type ProductRow = z.output<typeof productRowSchema>;
export type EvidenceRow = z.output<typeof evidenceRowSchema>;

/** null is a figure the source does not give: an empty cell, not a zero. */
type Cell = string | number | boolean | string[] | null;

/** Column name and description, in file order, for the data page's dictionary. */
export function getColumns(schema: z.ZodObject): { name: string; description: string }[] {
  return Object.entries(schema.shape).map(([name, column]) => ({ name, description: column.description ?? '' }));
}

/** Every product a report counts, as it stood at the cut-off. */
export function toProductRows(plan: Plan, period: ReportedPeriod, site: SiteUrl = import.meta.env.SITE): ProductRow[] {
  return getSnapshot(period.report.tasks, period.corte).tasks.map(({ task, programmedDate, reprogrammings, execution, state, evidence }) => ({
    plan: plan.id,
    periodo: period.id,
    corte: period.corte,
    componente_id: task.activity.component.id,
    componente: task.activity.component.nombre,
    dependencia: task.unit?.nombre ?? '',
    actividad_id: task.activity.slug,
    actividad: task.activity.nombre,
    tarea_id: task.id,
    tarea: task.tarea,
    producto: task.producto ?? '',
    fecha_programada: task.programada,
    fecha_vigente: programmedDate,
    motivo_reprogramacion: reprogrammings.at(-1)?.motivo ?? '',
    programada_al_corte: isProgrammedBy(task, period.corte),
    ejecucion: execution,
    estado: state,
    ejemplo: task.ejemplo,
    evidencias: evidence.length,
    enlaces: evidence.flatMap((item) => item.enlaces.map((link) => toPublishedUrl(link.url, site))),
  }));
}

/**
 * Downloaded files leave the site, so a link to one of its documents must carry the site's
 * address (SITE_URL) to keep working; without one it stays a path of the site.
 */
export function toPublishedUrl(url: string, site: SiteUrl = import.meta.env.SITE): string {
  const href = toLinkHref(url);
  return site && URL.canParse(site) ? new URL(href, site).href : href;
}

/** The address of a site path where it is published: absolute only when the site has an address. */
export function toAbsoluteUrl(path: string, site: SiteUrl = import.meta.env.SITE): string | undefined {
  return site && URL.canParse(site) ? new URL(toHref(path), site).href : undefined;
}

function toEvidenceRow(plan: Plan, evidence: Evidence, site: SiteUrl): EvidenceRow {
  const { task } = evidence;
  return {
    plan: plan.id,
    fecha: evidence.fecha,
    componente: task.activity.component.nombre,
    dependencia: task.unit?.nombre ?? '',
    actividad: task.activity.nombre,
    tarea_id: task.id,
    producto: task.producto ?? task.tarea,
    avance: evidence.avance,
    aplazada: evidence.aplazada,
    nota: evidence.nota ?? '',
    enlaces: evidence.enlaces.map((link) => toPublishedUrl(link.url, site)),
    personas: evidence.participacion?.personas ?? null,
    grupos_de_valor: evidence.participacion?.grupos ?? [],
    aportes: evidence.participacion?.aportes ?? null,
    aportes_respondidos: getAnswered(evidence.participacion),
    texto: evidence.texto,
  };
}

/** Every piece of evidence of the plan, oldest first. */
export function toEvidenceRows(plan: Plan, site: SiteUrl = import.meta.env.SITE): EvidenceRow[] {
  return plan.tasks
    .flatMap((task) => task.evidence)
    .sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : 0))
    .map((evidence) => toEvidenceRow(plan, evidence, site));
}

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula (=HYPERLINK, =cmd|…),
 * also after a tab, a carriage return, spaces or quotes it skips, and in some locales in
 * the full-width forms. OWASP's rule: such a text starts with an apostrophe, which makes it
 * text. Numbers never get one: they are the figures, and never negative.
 */
const FORMULA_START = /^(?:[\t\r]|[\s"']*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

function toSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function toCsvCell(value: NonNullable<Cell>): string {
  if (typeof value === 'number') return String(value);
  const text = toSpreadsheetText(Array.isArray(value) ? value.join(' | ') : typeof value === 'boolean' ? (value ? 'sí' : 'no') : value);
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV that Excel in Spanish opens correctly with a double click: UTF-8 with a byte order
 * mark (accents intact), semicolons between columns (the comma is the decimal separator in
 * es-CO, so Excel expects ";"), CRLF line ends, "sí"/"no" for yes/no columns, and no text
 * that a spreadsheet would run as a formula.
 */
export function toCsv<Row extends Record<string, Cell>>(schema: z.ZodObject, rows: readonly Row[]): string {
  const names = Object.keys(schema.shape);
  const lines = [names.join(';'), ...rows.map((row) => names.map((name) => toCsvCell(row[name] ?? '')).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Reads back a CSV written by toCsv: a list of records keyed by column name, each cell as the file has it. */
export function parseCsv(csv: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') rows.at(-1)!.push(cell), (cell = '');
    else if (char === '\n') rows.at(-1)!.push(cell.replace(/\r$/, '')), (cell = ''), rows.push([]);
    else cell += char;
  }
  const [header = [], ...body] = rows.filter((row) => row.length > 0);
  return body.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

export interface DataFile {
  /** File name inside the plan's data folder, e.g. productos-i-semestre.csv. */
  name: string;
  title: string;
  format: 'CSV' | 'JSON';
  mediaType: string;
  /** Date the data describes: a cut-off, or the plan's most recent information. */
  date: PlainDate;
  content: string;
  /** Columns described on the data page; none for a schema file. */
  columns: { name: string; description: string }[];
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function toFigures(summary: ProgressSummary) {
  return {
    productos: summary.total,
    programados: summary.programmed,
    ejecutados: summary.executed,
    ejecucion: summary.execution,
    avance_global: summary.progress,
  };
}


/**
 * Each JSON file names its JSON Schema in "$schema", as editors such as VS Code read it, so the
 * schema must allow that field for the file to validate against it.
 */
const schemaReference = address().describe(j.schema);

/** The JSON file of a period: the figures and every product, as the JSON Schema describes. */
export const productsFileSchema = z.object({
  $schema: schemaReference,
  plan: z.string().describe(d.plan),
  periodo: z.string().describe(d.periodo),
  corte: isoDate().describe(d.corte),
  cifras: z
    .object({
      productos: count().describe(j.cifras.productos),
      programados: count().describe(j.cifras.programados),
      ejecutados: count().describe(j.cifras.ejecutados),
      ejecucion: percent().nullable().describe(j.cifras.ejecucion),
      avance_global: percent().nullable().describe(j.cifras.avanceGlobal),
    })
    .describe(d.cifras),
  productos: z.array(productJsonRowSchema).describe(j.productos),
});

export const evidenceFileSchema = z.object({
  $schema: schemaReference,
  plan: z.string().describe(d.plan),
  evidencias: z.array(evidenceJsonRowSchema).describe(j.evidencias),
});

/** The names of the JSON Schemas, beside the files in the plan's data folder. */
export const SCHEMA_FILES = { products: 'esquema-productos.json', evidence: 'esquema-evidencias.json' } as const;

/** Where a file of the plan's data folder is published: absolute with a site address, else a path of the site. */
function toDataFileAddress(plan: Plan, name: string, site: SiteUrl): string {
  const path = `${getDataPath(plan.id)}${name}`;
  return toAbsoluteUrl(path, site) ?? toHref(path);
}

/**
 * A file's JSON Schema as published: "$id" is the schema's own address, and a JSON Schema
 * identifier must be absolute, so a site without an address (SITE_URL) publishes none.
 */
function toPublishedSchema(schema: z.ZodObject, about: { title: string; description: string }, id: string | undefined) {
  const { $schema, ...rest } = z.toJSONSchema(schema);
  return { $schema, ...(id === undefined ? {} : { $id: id }), title: about.title, description: about.description, ...rest };
}

/** Files that publish the same data in CSV and in JSON: what a catalogue lists as one dataset. */
export interface DataSet {
  /** The reported period whose products the files hold; undefined for the plan's evidence. */
  period: ReportedPeriod | undefined;
  /** The CSV file, then the JSON file. */
  files: [DataFile, DataFile];
}

/** The plan's data, one set per reported period (its products), then one with every piece of evidence. */
export function getDataSets(plan: Plan, site: SiteUrl = import.meta.env.SITE): DataSet[] {
  const f = t.openData.files;
  const csvColumns = getColumns(productRowSchema);
  const jsonColumns = getColumns(productJsonRowSchema);
  const productsSchema = toDataFileAddress(plan, SCHEMA_FILES.products, site);
  const periodSets = plan.reportedPeriods.map((period): DataSet => {
    const rows = toProductRows(plan, period, site);
    const json = {
      $schema: productsSchema,
      plan: plan.id,
      periodo: period.id,
      corte: period.corte,
      cifras: toFigures(getProgressSummary(period.report.tasks, period.corte)),
      productos: rows,
    } satisfies z.output<typeof productsFileSchema>;
    return {
      period,
      files: [
        { date: period.corte, columns: csvColumns, name: `productos-${period.id}.csv`, title: f.productsCsv(period.nombre), format: 'CSV', mediaType: 'text/csv; charset=utf-8', content: toCsv(productRowSchema, rows) },
        { date: period.corte, columns: jsonColumns, name: `productos-${period.id}.json`, title: f.productsJson(period.nombre), format: 'JSON', mediaType: 'application/json', content: toJson(json) },
      ],
    };
  });
  const evidenceRows = toEvidenceRows(plan, site);
  const date = getAsOfDate(plan);
  const evidenceJson = {
    $schema: toDataFileAddress(plan, SCHEMA_FILES.evidence, site),
    plan: plan.id,
    evidencias: evidenceRows,
  } satisfies z.output<typeof evidenceFileSchema>;
  const evidenceSet: DataSet = {
    period: undefined,
    files: [
      { date, columns: getColumns(evidenceRowSchema), name: 'evidencias.csv', title: f.evidenceCsv, format: 'CSV', mediaType: 'text/csv; charset=utf-8', content: toCsv(evidenceRowSchema, evidenceRows) },
      { date, columns: getColumns(evidenceJsonRowSchema), name: 'evidencias.json', title: f.evidenceJson, format: 'JSON', mediaType: 'application/json', content: toJson(evidenceJson) },
    ],
  };
  return [...periodSets, evidenceSet];
}

/** Every open-data file of a plan, in the order the data page lists them: the data, then its JSON Schemas. */
export function getDataFiles(plan: Plan, site: SiteUrl = import.meta.env.SITE, sets: readonly DataSet[] = getDataSets(plan, site)): DataFile[] {
  const f = t.openData.files;
  const schemaBase = { date: getAsOfDate(plan), columns: [], format: 'JSON' as const, mediaType: 'application/schema+json' };
  const toSchemaId = (name: string) => toAbsoluteUrl(`${getDataPath(plan.id)}${name}`, site);
  const products = toPublishedSchema(productsFileSchema, { title: j.productsTitle, description: j.productsDescription }, toSchemaId(SCHEMA_FILES.products));
  const evidence = toPublishedSchema(evidenceFileSchema, { title: j.evidenceTitle, description: j.evidenceDescription }, toSchemaId(SCHEMA_FILES.evidence));
  return [
    ...sets.flatMap((set) => set.files),
    { ...schemaBase, name: SCHEMA_FILES.products, title: f.productsSchema, content: toJson(products) },
    { ...schemaBase, name: SCHEMA_FILES.evidence, title: f.evidenceSchema, content: toJson(evidence) },
  ];
}

/** Size of a file as published (UTF-8 bytes). */
export function getByteSize(content: string): number {
  return new TextEncoder().encode(content).length;
}
