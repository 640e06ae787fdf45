/**
 * Open data (Ley 1712 de 2014): what a page publishes is also published as reusable files.
 * Each file's columns are a zod schema: the same definition gives the rows' type, the
 * column dictionary shown on the data page and the JSON Schema published beside the files.
 * Anyone can recompute the site's figures from a period's CSV alone.
 */
import { z } from 'astro/zod';
import type { Evidence, Plan, ReportedPeriod } from './catalog';
import type { PlainDate } from './dates';
import { t } from './i18n';
import { getProgressSummary, type ProgressSummary } from './progress';
import { toLinkHref } from './routes';
import { getAsOfDate, getSnapshot } from './views';

const d = t.openData.columns;

export const productRowSchema = z.object({
  plan: z.string().describe(d.plan),
  periodo: z.string().describe(d.periodo),
  corte: z.string().describe(d.corte),
  componente_id: z.string().describe(d.componenteId),
  componente: z.string().describe(d.componente),
  actividad_id: z.string().describe(d.actividadId),
  actividad: z.string().describe(d.actividad),
  tarea_id: z.string().describe(d.tareaId),
  tarea: z.string().describe(d.tarea),
  producto: z.string().describe(d.producto),
  fecha_programada: z.string().describe(d.fechaProgramada),
  programada_al_corte: z.boolean().describe(d.programadaAlCorte),
  ejecucion: z.number().int().min(0).max(100).describe(d.ejecucion),
  estado: z.enum(['sin-iniciar', 'en-curso', 'cumplida', 'aplazada', 'vencida']).describe(d.estado),
  ejemplo: z.boolean().describe(d.ejemplo),
  evidencias: z.number().int().min(0).describe(d.evidencias),
  enlaces: z.array(z.string()).describe(d.enlaces),
});

export const evidenceRowSchema = z.object({
  plan: z.string().describe(d.plan),
  fecha: z.string().describe(d.fecha),
  componente: z.string().describe(d.componente),
  actividad: z.string().describe(d.actividad),
  tarea_id: z.string().describe(d.tareaId),
  producto: z.string().describe(d.producto),
  avance: z.number().int().min(0).max(100).describe(d.avance),
  aplazada: z.boolean().describe(d.aplazada),
  nota: z.string().describe(d.nota),
  enlaces: z.array(z.string()).describe(d.enlaces),
  texto: z.string().describe(d.texto),
});

export type ProductRow = z.output<typeof productRowSchema>;
export type EvidenceRow = z.output<typeof evidenceRowSchema>;

type Cell = string | number | boolean | string[];

/** Column name and description, in file order, for the data page's dictionary. */
export function getColumns(schema: z.ZodObject): { name: string; description: string }[] {
  return Object.entries(schema.shape).map(([name, column]) => ({ name, description: column.description ?? '' }));
}

/** Every product a report counts, as it stood at the cut-off. */
export function toProductRows(plan: Plan, period: ReportedPeriod): ProductRow[] {
  return getSnapshot(period.report.tasks, period.corte).tasks.map(({ task, execution, state, evidence }) => ({
    plan: plan.id,
    periodo: period.id,
    corte: period.corte,
    componente_id: task.activity.component.id,
    componente: task.activity.component.nombre,
    actividad_id: task.activity.slug,
    actividad: task.activity.nombre,
    tarea_id: task.id,
    tarea: task.tarea,
    producto: task.producto ?? '',
    fecha_programada: task.programada,
    programada_al_corte: task.programada <= period.corte,
    ejecucion: execution,
    estado: state,
    ejemplo: task.ejemplo,
    evidencias: evidence.length,
    enlaces: evidence.flatMap((item) => item.enlaces.map((link) => toPublishedUrl(link.url))),
  }));
}

/**
 * Downloaded files leave the site, so a link to one of its documents must carry the site's
 * address (SITE_URL) to keep working; without one it stays a path of the site.
 */
function toPublishedUrl(url: string, site: string | undefined = import.meta.env.SITE): string {
  const href = toLinkHref(url);
  return site && URL.canParse(site) ? new URL(href, site).href : href;
}

function toEvidenceRow(plan: Plan, evidence: Evidence): EvidenceRow {
  const { task } = evidence;
  return {
    plan: plan.id,
    fecha: evidence.fecha,
    componente: task.activity.component.nombre,
    actividad: task.activity.nombre,
    tarea_id: task.id,
    producto: task.producto ?? task.tarea,
    avance: evidence.avance,
    aplazada: evidence.aplazada,
    nota: evidence.nota ?? '',
    enlaces: evidence.enlaces.map((link) => toPublishedUrl(link.url)),
    texto: evidence.texto,
  };
}

/** Every piece of evidence of the plan, oldest first. */
export function toEvidenceRows(plan: Plan): EvidenceRow[] {
  return plan.tasks
    .flatMap((task) => task.evidence)
    .sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : 0))
    .map((evidence) => toEvidenceRow(plan, evidence));
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

function toCsvCell(value: Cell): string {
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

/** The JSON file of a period: the figures and every product, as the JSON Schema describes. */
export const productsFileSchema = z.object({
  plan: z.string().describe(d.plan),
  periodo: z.string().describe(d.periodo),
  corte: z.string().describe(d.corte),
  cifras: z
    .object({
      productos: z.number().int(),
      programados: z.number().int(),
      ejecutados: z.number().int(),
      ejecucion: z.number().int().nullable(),
      avance_global: z.number().int().nullable(),
    })
    .describe(d.cifras),
  productos: z.array(productRowSchema),
});

export const evidenceFileSchema = z.object({
  plan: z.string().describe(d.plan),
  evidencias: z.array(evidenceRowSchema),
});

/** Every open-data file of a plan, in the order the data page lists them. */
export function getDataFiles(plan: Plan): DataFile[] {
  const f = t.openData.files;
  const productColumns = getColumns(productRowSchema);
  const periodFiles = plan.reportedPeriods.flatMap((period) => {
    const rows = toProductRows(plan, period);
    const json = {
      plan: plan.id,
      periodo: period.id,
      corte: period.corte,
      cifras: toFigures(getProgressSummary(period.report.tasks, period.corte)),
      productos: rows,
    };
    const base = { date: period.corte, columns: productColumns };
    return [
      { ...base, name: `productos-${period.id}.csv`, title: f.productsCsv(period.nombre), format: 'CSV' as const, mediaType: 'text/csv; charset=utf-8', content: toCsv(productRowSchema, rows) },
      { ...base, name: `productos-${period.id}.json`, title: f.productsJson(period.nombre), format: 'JSON' as const, mediaType: 'application/json', content: toJson(json) },
    ];
  });
  const evidenceRows = toEvidenceRows(plan);
  const evidenceBase = { date: getAsOfDate(plan), columns: getColumns(evidenceRowSchema) };
  const schemaBase = { date: getAsOfDate(plan), columns: [], format: 'JSON' as const, mediaType: 'application/schema+json' };
  return [
    ...periodFiles,
    { ...evidenceBase, name: 'evidencias.csv', title: f.evidenceCsv, format: 'CSV', mediaType: 'text/csv; charset=utf-8', content: toCsv(evidenceRowSchema, evidenceRows) },
    { ...evidenceBase, name: 'evidencias.json', title: f.evidenceJson, format: 'JSON', mediaType: 'application/json', content: toJson({ plan: plan.id, evidencias: evidenceRows }) },
    { ...schemaBase, name: 'esquema-productos.json', title: f.productsSchema, content: toJson(z.toJSONSchema(productsFileSchema)) },
    { ...schemaBase, name: 'esquema-evidencias.json', title: f.evidenceSchema, content: toJson(z.toJSONSchema(evidenceFileSchema)) },
  ];
}

/** Size of a file as published (UTF-8 bytes). */
export function getByteSize(content: string): number {
  return new TextEncoder().encode(content).length;
}
