/**
 * The site search's index, written as one index per plan plus one for the site's own pages, so
 * that a rebuild after an edit re-indexes only the plan that changed: every other index is
 * copied from Astro's cache. Pagefind is handed only the pages it would index (those marked
 * data-pagefind-body), as a folder of links to them: it parses every file of a folder it is
 * given, and one addHTMLFile call per page was slower than the whole site at once.
 */
import { createHash, type Hash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { getSearchIndexPlanId } from '../lib/publishing/search';
import { getSearchIndexPath } from '../lib/site/routes';

/** Spanish stemming for every page: "evidencias" finds "evidencia". */
const PAGEFIND_OPTIONS: PagefindServiceConfig = { forceLanguage: 'es' };

/**
 * Pagefind indexes only what is inside this attribute's element: BaseLayout's <main>, unless a
 * page is not searchable. A page that only mentions the word in its text is handed over too,
 * and Pagefind leaves it out as before.
 */
const BODY_MARK = Buffer.from('data-pagefind-body');

/** A page about a plan has this filter; in a page's text the quote would be written &quot;. */
const PLAN_FILTER_MARK = Buffer.from('data-pagefind-filter="plan:');

/**
 * What the search page reads of a merged index: Pagefind's script, worker and WebAssembly come
 * from the site's index, so a plan's index is published without its copies of them.
 */
const MERGED_INDEX_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index|filter|fragment)$/;

/** Where a shard's pages are linked for Pagefind, inside the cache folder (no key has this name). */
const STAGING_FOLDER = 'paginas';

interface SearchShard {
  /** The plan whose pages it holds; undefined for the site's own pages. */
  planId: string | undefined;
  /** Its pages' files, relative to the site's root with "/", sorted. */
  files: string[];
  /** Of Pagefind's version, its options and each file's path and bytes: the shard's name in the cache. */
  hash: Hash;
}

export interface SearchIndexSummary {
  pages: number;
  indexes: number;
  /** Indexes copied from the cache instead of built. */
  reused: number;
}

function toPagefindError(step: string, errors: readonly string[]): Error | undefined {
  return errors.length > 0 ? new Error(`Pagefind (${step}): ${errors.join('; ')}`) : undefined;
}

/** The installed Pagefind's version: an update may write other files from the same pages. */
function getPagefindVersion(): string {
  const file = findPackageJSON('pagefind', import.meta.url);
  if (!file) throw new Error('Pagefind is not installed');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * The searchable pages of the built site in `outDir`, by index. Files are read one at a time in
 * a fixed order and hashed as they are read, so memory does not grow with the site. The site's
 * index is always there, even empty: it carries the script the search page imports.
 */
function getSearchShards(outDir: string): SearchShard[] {
  const settings = JSON.stringify({ pagefind: getPagefindVersion(), options: PAGEFIND_OPTIONS });
  const shards = new Map<string | undefined, SearchShard>();
  const getShard = (planId: string | undefined): SearchShard => {
    let shard = shards.get(planId);
    if (!shard) {
      shard = { planId, files: [], hash: createHash('sha256').update(`${settings}\0`) };
      shards.set(planId, shard);
    }
    return shard;
  };
  getShard(undefined);
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    if (!bytes.includes(BODY_MARK)) continue;
    const shard = getShard(getSearchIndexPlanId(file, bytes.includes(PLAN_FILTER_MARK)));
    shard.files.push(file);
    shard.hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return [...shards.values()];
}

/** Links a shard's pages into an empty folder at their paths in the site, so Pagefind gives them the same addresses. */
function stagePages(outDir: string, files: readonly string[], staging: string): void {
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const file of files) {
    const target = join(staging, file);
    mkdirSync(dirname(target), { recursive: true });
    // Pagefind only reads them: a link costs no copy. Where one cannot be made (the cache on
    // another disk), a copy does the same.
    try {
      linkSync(join(outDir, file), target);
    } catch {
      copyFileSync(join(outDir, file), target);
    }
  }
}

/** Runs Pagefind on the pages in `staging` and writes the index to `output`. */
async function writeIndex(staging: string, output: string): Promise<void> {
  const { index, errors } = await createIndex(PAGEFIND_OPTIONS);
  if (!index) throw toPagefindError('createIndex', errors) ?? new Error('Pagefind did not start');
  const added = await index.addDirectory({ path: staging });
  const addError = toPagefindError('addDirectory', added.errors);
  if (addError) throw addError;
  const written = await index.writeFiles({ outputPath: output });
  const writeError = toPagefindError('writeFiles', written.errors);
  if (writeError) throw writeError;
}

/**
 * Copies an index from the cache into the site: all of the site's index, a plan's data only.
 * Copies, not links: whatever later rewrites a file of the site (another indexer run on dist/)
 * must not change the cache. Where the file system can (Btrfs, XFS, APFS), a copy shares the
 * data until either is written.
 */
function copyIndex(cached: string, target: string, merged: boolean): void {
  for (const name of readdirSync(cached, { recursive: true, encoding: 'utf8' })) {
    if (merged && !MERGED_INDEX_FILES.test(name.split(sep)[0]!)) continue;
    const source = join(cached, name);
    if (!statSync(source).isFile()) continue;
    mkdirSync(dirname(join(target, name)), { recursive: true });
    copyFileSync(source, join(target, name), constants.COPYFILE_FICLONE);
  }
}

/**
 * Writes the search indexes of the built site in `outDir` (getSearchIndexPath()), building with
 * Pagefind only those whose pages changed. `cacheDir` keeps each index under the hash of what
 * it was built from, and loses those this build did not use.
 */
export async function writeSearchIndexes(outDir: string, cacheDir: string): Promise<SearchIndexSummary> {
  mkdirSync(cacheDir, { recursive: true });
  const shards = getSearchShards(outDir);
  const staging = join(cacheDir, STAGING_FOLDER);
  const used = new Set<string>();
  let reused = 0;
  try {
    for (const shard of shards) {
      const key = shard.hash.digest('hex');
      const cached = join(cacheDir, key);
      used.add(key);
      // Renamed into place only once complete, an index with its entry file is whole.
      if (existsSync(join(cached, 'pagefind-entry.json'))) {
        reused += 1;
      } else {
        stagePages(outDir, shard.files, staging);
        // Written into a new folder (Pagefind does not empty the one it writes to) and renamed
        // when complete: a build stopped halfway leaves no index that looks whole.
        const partial = `${cached}.partial`;
        rmSync(partial, { recursive: true, force: true });
        await writeIndex(staging, partial);
        rmSync(cached, { recursive: true, force: true });
        renameSync(partial, cached);
        // Pagefind's process keeps every index it built until it ends: ending it after each one
        // holds one plan's pages at a time (at 5,000 activities, 460 MiB at most instead of 730).
        await close();
      }
      copyIndex(cached, join(outDir, getSearchIndexPath(shard.planId)), shard.planId !== undefined);
    }
  } finally {
    await close();
  }
  for (const name of readdirSync(cacheDir)) {
    if (!used.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
  return { pages: shards.reduce((sum, shard) => sum + shard.files.length, 0), indexes: shards.length, reused };
}
