/**
 * Checks every content file without building the site: the same schemas, the same reading
 * of YAML, the same cross-file rules and the same MDX safety rules as the build. Used by `npm run validar` and by the
 * build itself, so both stop on exactly the same problems, all listed at once.
 */
import type { z } from 'astro/zod';
import { toCatalog, type Catalog, type CatalogInput, type SourceEntry } from './catalog';
import { getBodyText, getYamlSource, parseYamlData, toEntryId } from './frontmatter';
import type { PlainDate } from './dates';
import { checkIntegrity } from './integrity';
import { checkPublishedReports } from './published';
import { isMissingPublicFile } from './urls';
import { getMdxBodyProblems } from './mdx-safety';
import { t } from './i18n';
import { formatFoundValue, toFieldPath, toSchemaProblems, type Problem } from './problems';
import { FILE_SCHEMAS, siteSchema, type FileKind, type SiteData } from './schemas';
import { getLineOfPath } from './yaml-lines';

/** A file as read from disk: its path from the project root and its text. */
export interface ContentFile {
  path: string;
  text: string;
}


const KINDS: { kind: FileKind; pattern: RegExp; schema: z.ZodType }[] = [
  { kind: 'sitio', pattern: /^sitio\.yaml$/, schema: FILE_SCHEMAS.sitio },
  { kind: 'planes', pattern: /^planes\/[^/]+\.yaml$/, schema: FILE_SCHEMAS.planes },
  { kind: 'actividades', pattern: /^actividades\/.+\.mdx$/, schema: FILE_SCHEMAS.actividades },
  { kind: 'evidencias', pattern: /^evidencias\/.+\.mdx$/, schema: FILE_SCHEMAS.evidencias },
  { kind: 'informes', pattern: /^informes\/.+\.mdx$/, schema: FILE_SCHEMAS.informes },
];

/** Where YAML could not be read, with the line as the editor sees it in the file. */
function toYamlProblem(file: string, error: unknown, lineOffset: number): Problem {
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  const problem: Problem = { file, field: '', detail: t.integrity.yamlError(reason) };
  return mark?.line === undefined ? problem : { ...problem, line: mark.line + 1 + lineOffset };
}

/** Adds the line of the problem's field, found in the file's YAML, when the problem has none. */
function toProblemWithLine(problem: Problem, files: readonly ContentFile[]): Problem {
  if (problem.line !== undefined || problem.field === '') return problem;
  const file = files.find(({ path }) => path === problem.file);
  if (!file) return problem;
  const { yaml, lineOffset } = getYamlSource(file.path, file.text);
  const line = getLineOfPath(yaml, toFieldPath(problem.field));
  return line === undefined ? problem : { ...problem, line: line + lineOffset };
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
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const relativePath = file.path.slice(contentDir.length + 1);
    const match = KINDS.find(({ pattern }) => pattern.test(relativePath));
    if (!match) {
      problems.push({ file: file.path, field: '', detail: t.integrity.unknownFile });
      continue;
    }
    if (file.path.endsWith('.mdx')) problems.push(...getMdxBodyProblems(file.path, file.text, publicFiles));
    const { yaml, lineOffset } = getYamlSource(file.path, file.text);
    let data: Record<string, unknown>;
    try {
      data = parseYamlData(yaml);
    } catch (error) {
      problems.push(toYamlProblem(file.path, error, lineOffset));
      continue;
    }
    const result = match.schema.safeParse(data);
    if (!result.success) {
      problems.push(...toSchemaProblems(file.path, data, result.error));
      continue;
    }
    const id = toEntryId(relativePath.slice(match.kind.length + 1));
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
  } as CatalogInput;
  const { catalog, problems: integrity } = toCatalog(input);
  const logo = site?.data.logo?.src;
  if (logo && isMissingPublicFile(logo, publicFiles)) {
    problems.push({ file: site.file, field: 'logo › src', detail: t.integrity.rules.missingPublicFile(formatFoundValue(logo)) });
  }
  const all = [...problems, ...integrity, ...checkIntegrity(catalog, today, publicFiles), ...checkPublishedReports(catalog, today)];
  return { problems: all.map((problem) => toProblemWithLine(problem, files)), catalog };
}
