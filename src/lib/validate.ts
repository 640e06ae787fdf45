/**
 * Checks every content file without building the site: the same schemas, the same reading
 * of YAML and the same cross-file rules as the build. Used by `npm run validar` and by the
 * build itself, so both stop on exactly the same problems, all listed at once.
 */
import type { z } from 'astro/zod';
import { toCatalog, type Catalog, type CatalogInput, type SourceEntry } from './catalog';
import { readFileData } from './frontmatter';
import type { PlainDate } from './dates';
import { checkIntegrity } from './integrity';
import { t } from './i18n';
import { toSchemaProblems, type Problem } from './problems';
import { activitySchema, evidenceSchema, planSchema, reportSchema, siteSchema } from './schemas';

/** A file as read from disk: its path from the project root and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

type Kind = 'sitio' | 'planes' | 'actividades' | 'evidencias' | 'informes';

const KINDS: { kind: Kind; pattern: RegExp; schema: z.ZodType }[] = [
  { kind: 'sitio', pattern: /^sitio\.yaml$/, schema: siteSchema },
  { kind: 'planes', pattern: /^planes\/[^/]+\.yaml$/, schema: planSchema },
  { kind: 'actividades', pattern: /^actividades\/.+\.mdx$/, schema: activitySchema },
  { kind: 'evidencias', pattern: /^evidencias\/.+\.mdx$/, schema: evidenceSchema },
  { kind: 'informes', pattern: /^informes\/.+\.mdx$/, schema: reportSchema },
];

/** The entry id Astro's glob loader gives a file: its path in the collection folder, without extension. */
function toEntryId(kind: Kind, relativePath: string): string {
  return relativePath.slice(kind.length + 1).replace(/\.(mdx|yaml)$/, '');
}

function getBody(text: string): string {
  return text.replace(/^\uFEFF?(?:\s*\n)?---\r?\n[\s\S]*?\r?\n?---(?:\r?\n|$)/, '');
}

/** Where YAML could not be read, with the line as the editor sees it in the file. */
function toYamlProblem(file: string, error: unknown, lineOffset: number): Problem {
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  const line = mark?.line === undefined ? undefined : mark.line + 1 + lineOffset;
  return { file, field: '', detail: t.integrity.yamlError(reason, line) };
}

export interface ValidationResult {
  problems: Problem[];
  catalog: Catalog;
}

/**
 * Validates a whole content folder. `contentDir` is the folder's path from the project root
 * (content, or a fixture's); every file in `files` must be inside it. `today` is the date
 * no evidence may be later than.
 */
export function validateContent(files: readonly ContentFile[], contentDir: string, today: PlainDate): ValidationResult {
  const problems: Problem[] = [];
  const entries: Record<Kind, SourceEntry<never>[]> = {
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
    let data: Record<string, unknown>;
    try {
      data = readFileData(file.path, file.text);
    } catch (error) {
      problems.push(toYamlProblem(file.path, error, match.kind === 'sitio' || match.kind === 'planes' ? 0 : 1));
      continue;
    }
    const result = match.schema.safeParse(data);
    if (!result.success) {
      problems.push(...toSchemaProblems(file.path, data, result.error));
      continue;
    }
    const id = match.kind === 'planes' ? relativePath.slice('planes/'.length, -'.yaml'.length) : toEntryId(match.kind, relativePath);
    entries[match.kind].push({ id, file: file.path, data: result.data as never, body: getBody(file.text) });
  }
  const [site] = entries.sitio;
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
  return { problems: [...problems, ...integrity, ...checkIntegrity(catalog, today)], catalog };
}
