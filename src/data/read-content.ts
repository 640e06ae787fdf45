/**
 * Reads every file of the content folder from disk, for the validation that runs before the
 * build and in `npm run validar`. Hidden files (.gitkeep, editor backups) are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { toPlainDate, type PlainDate } from '../lib/dates';
import { t } from '../lib/i18n';
import type { ContentFile } from '../lib/validate';

/** The content folder, from the project root: content/, or CONTENT_DIR for fixtures and benchmarks. */
export function getContentDir(): string {
  return (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}

export function readContentFiles(root: string, contentDir: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(root, contentDir));
  return files;
}

/** Today in the site's time zone: no evidence may be dated later. */
export function getToday(): PlainDate {
  return toPlainDate(new Date(), t.timeZone);
}
