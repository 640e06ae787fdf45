/**
 * The repository's history of the content folder, read once per build with one `git log`.
 * A build that cannot see the whole history (a shallow clone, a copy without .git, no git)
 * says so in one line and its pages leave their history out: a partial history would show
 * a file as created by the last commit that touched it.
 */
import { spawnSync } from 'node:child_process';
import { getCatalog } from './load-catalog';
import { getContentDir, getPublicDir } from './read-content';
import { getCommitUrl } from '../lib/editor/edit-link';
import { t } from '../lib/i18n';
import { getPageHistory, GIT_LOG_ARGS, toFileHistory, type Change, type FileHistory } from '../lib/publishing/history';

/**
 * The history of `contentDir` in the repository at `root`; undefined, after saying why in one
 * line through `warn`, when the build cannot see all of it.
 */
export function readFileHistory(root: string, published: readonly string[], warn: (line: string) => void = console.warn): FileHistory | undefined {
  const runGit = (args: readonly string[]) => {
    const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    return { ok: result.status === 0, output: result.stdout ?? '' };
  };
  const inside = runGit(['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok || inside.output.trim() !== 'true') {
    warn(t.history.unavailable.noRepository);
    return undefined;
  }
  if (runGit(['rev-parse', '--is-shallow-repository']).output.trim() === 'true') {
    warn(t.history.unavailable.shallow);
    return undefined;
  }
  // The whole history, not only the content folder's: whether a commit touched anything else
  // decides whether its message is shown.
  const log = runGit(GIT_LOG_ARGS);
  if (!log.ok) {
    warn(t.history.unavailable.noRepository);
    return undefined;
  }
  const folders = published.map((folder) => `${folder.replace(/\/+$/, '')}/`);
  return toFileHistory(log.output, (path) => folders.some((folder) => path.startsWith(folder)));
}

let cached: FileHistory | undefined | null = null;

function getFileHistory(): FileHistory | undefined {
  if (cached === null) cached = readFileHistory(process.cwd(), [getContentDir(), getPublicDir()]);
  return cached;
}

/** A change as a page lists it: with the address of its commit when sitio.yaml names the repository. */
export interface ListedChange extends Change {
  url: string | undefined;
}

/** What a page lists of its history: its latest changes and how many there are in all. */
export interface PageChanges {
  changes: ListedChange[];
  total: number;
}

/**
 * The changes of the files a page is made of, newest first; undefined when the build has no
 * history, or when the repository has none of these files yet (nothing committed to show).
 */
export async function getHistoryOf(files: readonly string[]): Promise<PageChanges | undefined> {
  const history = getFileHistory();
  if (!history) return undefined;
  const page = getPageHistory(history, files);
  if (page.total === 0) return undefined;
  const { site } = await getCatalog();
  const repository = site.repositorio;
  return { total: page.total, changes: page.changes.map((change) => ({ ...change, url: repository && getCommitUrl(repository, change.hash) })) };
}
