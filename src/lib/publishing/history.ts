/**
 * The change history of a page, taken from the repository's history of the content files the
 * page is made of: who changed the plan's public record, when, and with what message. The
 * history is read once per build (src/data/git-history.ts); this module parses git's output
 * and picks each page's changes, so the same commit always builds the same pages.
 */
import { toPlainDate, type PlainDate } from '../content/dates';
import { t } from '../i18n';

/** One commit that changed a content file. */
export interface Change {
  hash: string;
  /** The day it was committed, in the site's time zone. */
  date: PlainDate;
  /** The first line of its message. */
  subject: string;
  /**
   * true when the commit changed only published files (content and the documents beside it):
   * its message was written about them. A commit that also changed the site's code was
   * written for developers, and pages do not show its message.
   */
  contentOnly: boolean;
  /** When it was committed (milliseconds since 1970): orders changes made on the same day. */
  time: number;
}

/** Commits by file (paths from the project root, as content entries name their file), newest first. */
export type FileHistory = ReadonlyMap<string, readonly Change[]>;

/** How `git log` must be asked for the output toFileHistory reads. */
export const GIT_LOG_ARGS = ['log', '--format=%x1e%H%x1f%cI%x1f%s', '--name-status', '-M', '--relative', '-z'] as const;

/**
 * Reads the output of `git log` with GIT_LOG_ARGS (newest commit first). A renamed file keeps
 * its history: changes made under its earlier name count for the name it has now.
 */
export function toFileHistory(output: string, isPublishedFile: (path: string) => boolean): FileHistory {
  const history = new Map<string, Change[]>();
  // Earlier names of a file, walking back in time, to the name it has now.
  const currentName = new Map<string, string>();
  const toCurrent = (path: string) => currentName.get(path) ?? path;
  for (const record of output.split('\x1e')) {
    if (record.trim() === '') continue;
    // "<hash>\x1f<date>\x1f<subject>\0", then "\n<status>\0<path>\0" per file (a rename: two paths).
    const [header = '', ...rest] = record.split('\0');
    const [hash = '', isoDate = '', subject = ''] = header.split('\x1f');
    const instant = new Date(isoDate);
    if (!/^[0-9a-f]{7,64}$/.test(hash) || Number.isNaN(instant.getTime())) continue;
    const fields = rest.map((field) => field.replace(/^\n+/, '')).filter((field) => field !== '');
    // Each file as [earlier name of a rename, path]: a rename lists both names.
    const files: [string | undefined, string][] = [];
    for (let index = 0; index < fields.length; ) {
      const status = fields[index]!.trim();
      if (/^[RC]\d*$/.test(status)) {
        files.push([status.startsWith('R') ? fields[index + 1]! : undefined, fields[index + 2]!]);
        index += 3;
      } else {
        files.push([undefined, fields[index + 1]!]);
        index += 2;
      }
    }
    const contentOnly = files.every(([, path]) => isPublishedFile(path));
    const change: Change = { hash, date: toPlainDate(instant, t.timeZone), subject, contentOnly, time: instant.getTime() };
    for (const [from, path] of files) {
      if (!isPublishedFile(path)) continue;
      const name = toCurrent(path);
      (history.get(name) ?? history.set(name, []).get(name)!).push(change);
      if (from !== undefined) currentName.set(from, name);
    }
  }
  return history;
}

/** The changes a page shows: the most recent first, at most `limit`, and how many there are in all. */
export interface PageHistory {
  changes: Change[];
  total: number;
}

/** How many changes a page lists: the recent ones say what moved; the repository keeps the rest. */
export const HISTORY_LIMIT = 20;

/** The changes of the files a page is made of (an activity and its evidence, a report), each commit once. */
export function getPageHistory(history: FileHistory, files: readonly string[], limit = HISTORY_LIMIT): PageHistory {
  const byHash = new Map(files.flatMap((file) => history.get(file) ?? []).map((change) => [change.hash, change]));
  const changes = [...byHash.values()].sort((a, b) => b.time - a.time || a.hash.localeCompare(b.hash));
  return { changes: changes.slice(0, limit), total: changes.length };
}
