/**
 * Reads the content and public folders from disk, for the validation that runs before the
 * build and in `npm run validar`. Nothing there is trusted (src/lib/validation/found-files.ts): links
 * are never followed and only regular files are opened; everything else is returned as
 * refused, for validation to report. Hidden files (.gitkeep, editor backups) are skipped.
 */
import { closeSync, constants, lstatSync, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { toPlainDate, type PlainDate } from '../lib/content/dates';
import { basename, join, relative, sep } from 'node:path';
import { getPublicFileRefusal, isNamedLikeContentFile, toFileText, type PublicFolder, type Refusal, type RefusedEntry } from '../lib/validation/found-files';
import { t } from '../lib/i18n';
import type { ContentFile } from '../lib/validation/validate';

/** The content folder, from the project root: content/, or CONTENT_DIR for fixtures and benchmarks. */
export function getContentDir(): string {
  return (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}

/** Why an entry of a folder is not read, judged from the entry itself (lstat), never from what a link points to. */
export function getRefusal(entry: Dirent): Refusal | undefined {
  if (entry.isSymbolicLink()) return { reason: 'symlink' };
  if (entry.isDirectory()) return isNamedLikeContentFile(entry.name) ? { reason: 'folder' } : undefined;
  return entry.isFile() ? undefined : { reason: 'special' };
}

/** What a folder holds, by absolute path. */
interface FolderEntries {
  files: string[];
  refused: RefusedEntry[];
}

/**
 * Hidden folders are searched too, for what would be refused: the build copies the public
 * folder whole, hidden files included.
 */
function addEntries(dir: string, found: FolderEntries, hidden: boolean, hiddenFiles: boolean): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const isHidden = hidden || entry.name.startsWith('.');
    const refusal = getRefusal(entry);
    if (refusal) found.refused.push({ path, refusal });
    else if (entry.isDirectory()) addEntries(path, found, isHidden, hiddenFiles);
    else if (!isHidden || hiddenFiles) found.files.push(path);
  }
}

/**
 * What `dir` holds, never following a link, not even when `dir` itself is one. With
 * `hiddenFiles`, hidden regular files are listed too (the public folder publishes them).
 */
function getEntries(dir: string, hiddenFiles = false): FolderEntries {
  const found: FolderEntries = { files: [], refused: [] };
  const stats = lstatSync(dir, { throwIfNoEntry: false });
  if (stats?.isSymbolicLink()) found.refused.push({ path: dir, refusal: { reason: 'symlink' } });
  else if (stats?.isDirectory()) addEntries(dir, found, false, hiddenFiles);
  return found;
}

/** Every regular file under `dir`, as absolute paths; hidden files and links are left out. */
export function getFiles(dir: string): string[] {
  return getEntries(dir).files;
}

// O_NOFOLLOW: a file swapped for a link after the folder was listed is refused, not followed.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/** The text of a regular file, or why it cannot be read: it is a link, or it is not UTF-8. */
export function readFileText(path: string): string | Refusal {
  let descriptor: number;
  try {
    descriptor = openSync(path, READ_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return { reason: 'symlink' };
    throw error;
  }
  try {
    return toFileText(readFileSync(descriptor));
  } finally {
    closeSync(descriptor);
  }
}

function toRootPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

export function readContentFiles(root: string, contentDir: string): ContentFile[] {
  const { files, refused } = getEntries(join(root, contentDir));
  return [
    ...files.map((path) => {
      const text = readFileText(path);
      return typeof text === 'string' ? { path: toRootPath(root, path), text } : { path: toRootPath(root, path), text: '', refusal: text };
    }),
    ...refused.map(({ path, refusal }) => ({ path: toRootPath(root, path), text: '', refusal })),
  ];
}

/**
 * The folder of the files editors publish as they are (documents, images, the logo): public/,
 * or PUBLIC_DIR beside a fixture's CONTENT_DIR. It holds nothing of the site's own.
 */
export function getPublicDir(): string {
  return (process.env.PUBLIC_DIR ?? 'public').replace(/\/+$/, '');
}

/**
 * The site paths of the files in the public folder (`/documentos/2021/acta.pdf`), which
 * content may link to, with what the folder holds that cannot be published.
 */
export function listPublicFiles(root: string, publicDir = getPublicDir()): PublicFolder {
  const dir = join(root, publicDir);
  const found = getEntries(dir, true);
  const refused = [...found.refused];
  const files = found.files.filter((path) => {
    const refusal = getPublicFileRefusal(basename(path), () => readFileText(path));
    if (refusal) refused.push({ path, refusal });
    return !refusal;
  });
  const paths = files.map((path) => `/${toRootPath(dir, path)}`);
  return Object.assign(new Set(paths), { dir: toRootPath(root, dir), refused: refused.map(({ path, refusal }) => ({ path: toRootPath(root, path), refusal })) });
}

/** Today in the site's time zone: no evidence may be dated later. */
export function getToday(): PlainDate {
  return toPlainDate(new Date(), t.timeZone);
}
