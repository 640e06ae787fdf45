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

/**
 * The folder of the files editors publish as they are (documents, images, the logo): public/,
 * or PUBLIC_DIR beside a fixture's CONTENT_DIR. It holds nothing of the site's own.
 */
export function getPublicDir(): string {
  return (process.env.PUBLIC_DIR ?? 'public').replace(/\/+$/, '');
}

/** The site paths of the files in the public folder (`/documentos/2021/acta.pdf`), which content may link to. */
export function listPublicFiles(root: string, publicDir = getPublicDir()): Set<string> {
  const dir = join(root, publicDir);
  return new Set(getFiles(dir).map((path) => `/${relative(dir, path).split(sep).join('/')}`));
}

/** Today in the site's time zone: no evidence may be dated later. */
export function getToday(): PlainDate {
  return toPlainDate(new Date(), t.timeZone);
}
