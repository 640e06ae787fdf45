/**
 * Checks every content file without building the site: the same schemas, the same reading
 * of YAML, the same cross-file rules and the same MDX safety rules as the build. Used by `npm run validar` and by the
 * build itself, so both stop on exactly the same problems, all listed at once.
 */
import type { z } from 'astro/zod';
import {
  getParentFolder,
  toCatalog,
  toProblemsWithNotes,
  type BrokenActivity,
  type Catalog,
  type CatalogInput,
  type SourceEntry,
} from '../content/catalog';
import { getBodyText, getMissingDelimiter, getYamlSource, parseYamlData, readFileData, toEntryId, type MissingDelimiter } from '../content/frontmatter';
import type { PlainDate } from '../content/dates';
import { checkIntegrity } from './integrity';
import { checkPublishedReports } from '../progress/published';
import { isMissingPublicFile } from './urls';
import { getMdxBodyProblems } from './mdx-safety';
import { getLimitProblems } from './limits';
import { findRefusedCharacter, formatRefusedCharacter } from './characters';
import { getNameProblems, toAllowedPath } from './file-names';
import { isPublicFolder, toRefusalProblem, type PublicFolder, type Refusal } from './found-files';
import { getActivityPath, getPlanPath, isReservedId } from '../site/routes';
import { t } from '../i18n';
import { formatFoundValue, isError, toFieldPath, toSchemaProblems, type Problem } from './problems';
import { FILE_SCHEMAS, SLUG_PATTERN, siteSchema, type FileKind, type SiteData } from '../content/schemas';
import { getYamlErrorExplanation } from './yaml-errors';
import { getLineOfPath, toYamlLines, type YamlLines } from './yaml-lines';

/** A file as read from disk: its path from the project root and its text. */
export interface ContentFile {
  path: string;
  text: string;
  /** Why what was found at `path` is not read (a symbolic link, a file that is not UTF-8…); `text` is then empty. */
  refusal?: Refusal;
}

const KINDS: { kind: FileKind; pattern: RegExp; schema: z.ZodType }[] = [
  { kind: 'sitio', pattern: /^sitio\.yaml$/, schema: FILE_SCHEMAS.sitio },
  { kind: 'planes', pattern: /^planes\/[^/]+\.yaml$/, schema: FILE_SCHEMAS.planes },
  { kind: 'actividades', pattern: /^actividades\/.+\.mdx$/, schema: FILE_SCHEMAS.actividades },
  { kind: 'evidencias', pattern: /^evidencias\/.+\.mdx$/, schema: FILE_SCHEMAS.evidencias },
  { kind: 'informes', pattern: /^informes\/.+\.mdx$/, schema: FILE_SCHEMAS.informes },
];

type LinkedKind = Exclude<FileKind, 'sitio'>;

/**
 * The fields only one kind of file has all of, besides `plan`: how a file in the wrong
 * folder is recognised (a report and a plan share `titulo`, nothing else).
 */
const KIND_FIELDS: Record<LinkedKind, readonly string[]> = {
  planes: ['titulo', 'anio', 'componentes', 'periodos'],
  actividades: ['componente', 'nombre', 'tareas'],
  evidencias: ['tarea', 'fecha', 'avance'],
  informes: ['periodo', 'titulo', 'objetivo'],
};

function isLinkedKind(kind: FileKind | undefined): kind is LinkedKind {
  return kind !== undefined && kind !== 'sitio';
}

/** The kind of file whose fields the data has, when the file sits in another kind's folder. */
function getLikelyKind(data: Record<string, unknown>, current: FileKind | undefined): LinkedKind | undefined {
  const fits = (kind: LinkedKind) => KIND_FIELDS[kind].every((field) => field in data);
  if (isLinkedKind(current) && fits(current)) return undefined;
  return (Object.keys(KIND_FIELDS) as LinkedKind[]).find((kind) => kind !== current && fits(kind));
}

/** A `plan` or task `id` as the catalog reads it (YAML reads `plan: 2021` as a number), when it is an id. */
function toId(value: unknown): string | undefined {
  const id = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  return typeof id === 'string' && SLUG_PATTERN.test(id) ? id : undefined;
}

function toWrongFolderProblem(file: string, data: Record<string, unknown>, kind: LinkedKind, contentDir: string): Problem {
  const folder = kind === 'planes' ? `${contentDir}/planes/` : `${contentDir}/${kind}/${toId(data.plan) ?? t.integrity.planFolder}/`;
  const extension = kind === 'planes' ? '.yaml' : '.mdx';
  const isInFolder = file.startsWith(folder) && !file.slice(folder.length).includes('/');
  const detail = isInFolder
    ? t.integrity.wrongExtension(t.integrity.kinds[kind], KIND_FIELDS[kind], extension)
    : t.integrity.wrongFolder(t.integrity.kinds[kind], KIND_FIELDS[kind], folder, file.endsWith(extension) ? undefined : extension);
  return { file, field: '', detail };
}

function toMissingDelimiterProblem(file: string, missing: MissingDelimiter, kind: FileKind): Problem {
  if (missing.missing === 'closing') {
    return { file, field: '', line: missing.lastFieldLine, detail: t.integrity.missingClosing(missing.lastFieldLine) };
  }
  if (missing.missing === 'opening') return { file, field: '', line: missing.firstFieldLine, detail: t.integrity.missingOpening };
  return { file, field: '', line: 1, detail: t.integrity.noFrontmatter(isLinkedKind(kind) ? ['plan', ...KIND_FIELDS[kind]] : []) };
}

/** Where YAML could not be read, explained in Spanish, with the line as the editor sees it in the file. */
function toYamlProblem(file: string, yaml: string, error: unknown, lineOffset: number): Problem {
  const { reason = String(error), mark } = error as { reason?: string; mark?: { line?: number; column?: number } };
  const place = mark?.line === undefined ? undefined : { line: mark.line, column: mark.column ?? 0 };
  const { detail, line } = getYamlErrorExplanation(reason, yaml, place);
  return line === undefined ? { file, field: '', detail } : { file, field: '', detail, line: line + 1 + lineOffset };
}

/** The ids of the tasks an activity's raw data declares; undefined when it has no list of tasks. */
function getDeclaredTasks(tareas: unknown): Set<string> | undefined {
  if (!Array.isArray(tareas)) return undefined;
  return new Set(tareas.flatMap((task: unknown) => toId((task as { id?: unknown } | null)?.id) ?? []));
}

/** Files that failed before linking and that others refer to: references to them are not checked (see catalog.ts). */
class BrokenFiles {
  readonly plans = new Map<string, string>();
  readonly activities: BrokenActivity[] = [];

  /** `data` is undefined when the file could not be read at all. */
  add(kind: FileKind, file: string, data: Record<string, unknown> | undefined): void {
    if (kind === 'planes') this.plans.set(toEntryId(file.split('/').at(-1) ?? file), file);
    if (kind === 'actividades') {
      this.activities.push({ file, plan: toId(data?.plan) ?? getParentFolder(file), tasks: getDeclaredTasks(data?.tareas) });
    }
  }

  has(file: string): boolean {
    return [...this.plans.values()].includes(file) || this.activities.some((activity) => activity.file === file);
  }
}

/** Why a file cannot be read at all: what it is on disk, or a character no text may hold anywhere. */
function getUnreadableProblem(file: ContentFile): Problem | undefined {
  if (file.refusal) return toRefusalProblem(file.path, file.refusal);
  const found = findRefusedCharacter(file.text, 'long');
  return found && { file: file.path, field: '', line: found.line, detail: t.integrity.fileCharacter(formatRefusedCharacter(found)) };
}

/** A plan's or an activity's file name is its page's address: it may not take one of the site's own. */
function getReservedNameProblem(file: string, kind: FileKind, id: string): Problem | undefined {
  const name = id.split('/').at(-1) ?? id;
  if (!isReservedId(name) || (kind !== 'planes' && kind !== 'actividades')) return undefined;
  const address = kind === 'planes' ? getPlanPath(name) : getActivityPath(id.split('/')[0] ?? '', name);
  return { file, field: '', detail: t.integrity.names.reserved(name, address) };
}

/** What the public folder holds that cannot be published as it is. */
function getPublicProblems(folder: PublicFolder): Problem[] {
  // Hidden files the folder may keep (.gitkeep) are not addresses anyone links to.
  const paths = [...folder].map((path) => path.slice(1)).filter((path) => !path.split('/').some((part) => part.startsWith('.'))).sort();
  // Whatever its extension, a name at the top of public/ sits beside the site's own pages and files.
  const taken = new Set(paths.map((path) => path.split('/')[0] ?? path).filter((name) => isReservedId(name.split('.')[0] ?? name)));
  return [
    ...folder.refused.map(({ path, refusal }) => toRefusalProblem(path, refusal)),
    ...getNameProblems(folder.dir, paths),
    ...[...taken].map((name) => ({ file: `${folder.dir}/${name}`, field: '', detail: t.integrity.names.reservedPublic(name) })),
  ];
}

function readDataIfPossible(file: ContentFile): Record<string, unknown> | undefined {
  try {
    return readFileData(file.path, file.text);
  } catch {
    return undefined;
  }
}

/** Adds to each problem without a line the line of its field, reading each file's YAML once. */
function toProblemsWithLines(problems: readonly Problem[], files: readonly ContentFile[]): Problem[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const read = new Map<string, { lines: YamlLines; lineOffset: number }>();
  return problems.map((problem) => {
    if (problem.line !== undefined || problem.field === '') return problem;
    const file = byPath.get(problem.file);
    if (!file) return problem;
    let source = read.get(file.path);
    if (!source) {
      const { yaml, lineOffset } = getYamlSource(file.path, file.text);
      source = { lines: toYamlLines(yaml), lineOffset };
      read.set(file.path, source);
    }
    const line = getLineOfPath(source.lines, toFieldPath(problem.field));
    return line === undefined ? problem : { ...problem, line: line + source.lineOffset };
  });
}

export interface ValidationResult {
  problems: Problem[];
  catalog: Catalog;
}

/**
 * Validates a whole content folder. `contentDir` is the folder's path from the project root
 * (content, or a fixture's); every file in `files` must be inside it. `today` is the date
 * no evidence may be later than. `publicFiles`, when given, are the site paths of the files
 * in public/, which links to documents must point to.
 */
export function validateContent(
  files: readonly ContentFile[],
  contentDir: string,
  today: PlainDate,
  publicFiles?: ReadonlySet<string>,
): ValidationResult {
  const problems: Problem[] = [];
  const entries: Record<FileKind, SourceEntry<never>[]> = {
    sitio: [],
    planes: [],
    actividades: [],
    evidencias: [],
    informes: [],
  };
  const broken = new BrokenFiles();
  const toRelativePath = (file: ContentFile) => file.path.slice(contentDir.length + 1);
  // What is not read at all has that one problem, whatever its name.
  problems.push(...getNameProblems(contentDir, files.filter((file) => !file.refusal || file.refusal.reason === 'encoding').map(toRelativePath).sort()));
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    // A file is checked under the name its name's problem asks for, so a wrong name is one problem, not a cascade.
    const relativePath = toAllowedPath(toRelativePath(file));
    const match = KINDS.find(({ pattern }) => pattern.test(relativePath));
    const unreadable = getUnreadableProblem(file);
    if (unreadable) {
      problems.push(unreadable);
      // A folder named like a file holds no file that others could depend on.
      if (match && file.refusal?.reason !== 'folder') broken.add(match.kind, file.path, undefined);
      continue;
    }
    // A file past a limit is not parsed at all: parsing it is what would stall or crash (limits.ts).
    const overLimit = getLimitProblems(file.path, file.text);
    if (overLimit.length > 0) {
      problems.push(...overLimit);
      if (match) broken.add(match.kind, file.path, undefined);
      continue;
    }
    if (!match) {
      const data = readDataIfPossible(file);
      const likely = data && getLikelyKind(data, undefined);
      if (data && likely) {
        problems.push(toWrongFolderProblem(file.path, data, likely, contentDir));
        broken.add(likely, file.path, data);
      } else {
        problems.push({ file: file.path, field: '', detail: t.integrity.unknownFile });
      }
      continue;
    }
    const id = toEntryId(relativePath.slice(match.kind.length + 1));
    const reserved = getReservedNameProblem(file.path, match.kind, id);
    if (reserved) problems.push(reserved);
    const missing = relativePath.endsWith('.mdx') ? getMissingDelimiter(file.text) : undefined;
    // Without its delimiters the fields would be checked as body text: only a file of plain text has a body to check.
    if (relativePath.endsWith('.mdx') && (!missing || missing.missing === 'frontmatter')) {
      problems.push(...getMdxBodyProblems(file.path, file.text, publicFiles));
    }
    if (missing) {
      problems.push(toMissingDelimiterProblem(file.path, missing, match.kind));
      broken.add(match.kind, file.path, undefined);
      continue;
    }
    const { yaml, lineOffset } = getYamlSource(file.path, file.text);
    let data: Record<string, unknown>;
    try {
      data = parseYamlData(yaml);
    } catch (error) {
      problems.push(toYamlProblem(file.path, yaml, error, lineOffset));
      broken.add(match.kind, file.path, undefined);
      continue;
    }
    const result = match.schema.safeParse(data);
    if (!result.success) {
      // A file in the wrong folder fails every field of its folder's schema: one problem says why.
      const likely = getLikelyKind(data, match.kind);
      problems.push(...(likely ? [toWrongFolderProblem(file.path, data, likely, contentDir)] : toSchemaProblems(file.path, data, result.error)));
      broken.add(likely ?? match.kind, file.path, data);
      continue;
    }
    entries[match.kind].push({ id, file: file.path, data: result.data as never, body: getBodyText(file.text) });
  }
  const site = entries.sitio[0] as SourceEntry<SiteData> | undefined;
  if (!site && !problems.some((problem) => problem.file === `${contentDir}/sitio.yaml`)) {
    problems.push({ file: `${contentDir}/sitio.yaml`, field: '', detail: t.integrity.missingSite });
  }
  const input = {
    site: site?.data ?? siteSchema.parse({ entidad: '-' }),
    plans: entries.planes,
    activities: entries.actividades,
    evidence: entries.evidencias,
    reports: entries.informes,
    broken,
  } as CatalogInput;
  const { catalog, problems: integrity } = toCatalog(input);
  // Notes on the files that left others unchecked go with those files' own problems.
  const notes = integrity.filter((problem) => broken.has(problem.file));
  // Every path of the site that sitio.yaml names must lead somewhere, as links in other files must.
  const sitePaths = { 'logo › src': site?.data.logo?.src, 'contacto › web': site?.data.contacto.web, 'licencia › url': site?.data.licencia.url };
  for (const [field, url] of Object.entries(sitePaths)) {
    if (site && url && isMissingPublicFile(url, publicFiles)) {
      problems.push({ file: site.file, field, detail: t.integrity.rules.missingPublicFile(formatFoundValue(url)) });
    }
  }
  if (publicFiles && isPublicFolder(publicFiles)) problems.push(...getPublicProblems(publicFiles));
  // A file that cannot be read or linked drops out of the catalog, and a mistyped date moves
  // evidence across a cut-off: either would seem to change published figures. The reports are
  // checked once every file is read, linked and dated right, so the mistake is reported once.
  const rules = checkIntegrity(catalog, today, publicFiles);
  const unread = [...problems, ...integrity, ...rules].some(isError);
  const all = [...toProblemsWithNotes(problems, notes), ...integrity.filter((problem) => !notes.includes(problem)), ...rules, ...(unread ? [] : checkPublishedReports(catalog, today))];
  return { problems: toProblemsWithLines(all, files), catalog };
}
