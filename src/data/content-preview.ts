/**
 * `astro dev` tells the truth about the content. While any file has an error, every page
 * answers with the Spanish problem list (status 500) instead of a site that silently left the
 * broken file out, and the terminal prints the same list once per change. When the files are
 * fixed, the collections are reloaded and the open page reloads by itself.
 */
import type { IncomingMessage } from 'node:http';
import { extname, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { t } from '../lib/i18n';
import { toProblemPageHtml } from '../lib/validation/problem-page';
import { formatProblems, isError, type Problem } from '../lib/validation/problems';

interface ContentPreviewOptions {
  server: ViteDevServer;
  /** Absolute folders whose files the validation reads: content and public. */
  folders: readonly string[];
  getProblems: () => Problem[];
  /** Reloads every content collection from its files (astro:server:setup's refreshContent). */
  refreshContent: () => Promise<void>;
  /** The web editor's address, base included: always served, so the problem can be fixed there. */
  editorPath: string;
}

// Vite's client, which every dev page loads: it reloads the page when the server says so.
const VITE_CLIENT = '/@vite/client';
// Saving or pulling several files at once makes one check, not one per file.
const SETTLE_MS = 100;

/** A browser asking for a page, not for a script, a stylesheet, a file or the dev server's own modules. */
function isPageRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!request.headers.accept?.includes('text/html')) return false;
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname.startsWith('/@') || pathname.startsWith('/__') || pathname.includes('/node_modules/')) return false;
  return extname(pathname) === '' || extname(pathname) === '.html';
}

function printProblems(problems: readonly Problem[], previous: readonly Problem[]): void {
  if (problems.some(isError)) console.error(formatProblems(problems));
  else if (problems.length > 0) console.warn(formatProblems(problems));
  if (!problems.some(isError) && previous.some(isError)) console.log(t.preview.fixed);
}

export function startContentPreview({ server, folders, getProblems, refreshContent, editorPath }: ContentPreviewOptions): void {
  // Astro loads the collections itself when the server starts.
  let shown = getProblems();
  printProblems(shown, []);

  const show = (problems: Problem[]) => {
    printProblems(problems, shown);
    const changed = formatProblems(problems) !== formatProblems(shown);
    shown = problems;
    if (changed) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  };
  const update = async () => {
    const problems = getProblems();
    // The site comes back only once the collections hold the fixed files: a page rendered
    // before that would be missing the entry that was just repaired.
    if (!problems.some(isError)) await refreshContent();
    show(problems);
  };

  let timer: NodeJS.Timeout | undefined;
  // One update at a time, in the order of the changes: an older one never overwrites a newer one.
  let updates = Promise.resolve();
  const roots = folders.map((folder) => folder + sep);
  server.watcher.add([...folders]);
  server.watcher.on('all', (_event, path) => {
    if (!roots.some((root) => path.startsWith(root))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      updates = updates.then(update).catch((error: unknown) => console.error(error));
    }, SETTLE_MS);
  });

  // Astro calls astro:server:setup while Vite configures its server, so this runs before
  // Astro's own page handler.
  server.middlewares.use((request, response, next) => {
    if (!shown.some(isError) || !isPageRequest(request) || request.url?.startsWith(editorPath)) return next();
    response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : toProblemPageHtml(shown, VITE_CLIENT));
  });
}
