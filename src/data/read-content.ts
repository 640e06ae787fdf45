/**
 * Reads every file of the content folder from disk, for the validation that runs before the
 * build and in `npm run validar`. Hidden files (.gitkeep, editor backups) are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { toPlainDate, type PlainDate } from '../lib/dates';
import { t } from '../lib/i18n';
import type { ContentFile } from '../lib/validate';

/** The content folder, from the project root: content/, or CONTENT_DIR for fixtures and benchmarks. */
export function getContentDir(): string {
  return (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}

/** Every file under `dir`, as absolute paths; hidden files (.gitkeep, editor backups) are skipped. */
export function getFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? getFiles(path) : [path];
  });
}

export function readContentFiles(root: string, contentDir: string): ContentFile[] {
  return getFiles(join(root, contentDir)).map((path) => ({
    path: relative(root, path).split(sep).join('/'),
    text: readFileSync(path, 'utf8'),
  }));
}

/** The site paths of the files in public/ (`/documentos/2021/acta.pdf`), which content may link to. */
export function listPublicFiles(root: string): Set<string> {
  const publicDir = join(root, 'public');
  return new Set(getFiles(publicDir).map((path) => `/${relative(publicDir, path).split(sep).join('/')}`));
}

/** Today in the site's time zone: no evidence may be dated later. */
export function getToday(): PlainDate {
  return toPlainDate(new Date(), t.timeZone);
}
