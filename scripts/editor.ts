/**
 * `npm run editor`: the site (astro dev) and the web editor against the folder on this
 * computer, so staff can try the editor without GitHub. The editor saves through Decap CMS's
 * local proxy (decap-server), which writes the files of content/ and public/ directly; the
 * pages change as soon as a file is saved. Nothing is sent anywhere: the proxy only listens on
 * this computer. Stop both with Ctrl+C.
 *
 * `npm run editor -- --port=4400` picks the site's port; EDITOR_PORT the proxy's (8081).
 * `npm run editor -- --propuestas` rehearses the review as on GitHub: each save goes to its own
 * git branch (cms/…) with its status (borrador, en revisión, listo), and only "Publicar" merges
 * it into the current branch. The folder must be a git repository.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getContentDir, getPublicDir } from '../src/data/read-content';
import { t } from '../src/lib/i18n';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, propuestas: { type: 'boolean', default: false } } });
const sitePort = Number(values.port);
const proxyPort = Number(process.env.EDITOR_PORT ?? 8081);
const e = t.editor.local;

// The editor writes paths from the repository's root (content/…, public/documentos/…): the
// proxy serves the folder that holds both.
const contentDir = resolve(getContentDir());
const root = dirname(contentDir);
if (basename(contentDir) !== 'content' || resolve(getPublicDir()) !== join(root, 'public')) {
  console.error(e.folders);
  process.exit(2);
}

const proxyUrl = `http://127.0.0.1:${proxyPort}/api/v1`;
const children: ChildProcess[] = [];

function start(command: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, command, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  // When one stops, so does the other: an editor without its proxy (or the reverse) is no use.
  child.on('exit', (code) => stop(code ?? 1));
  return child;
}

function stop(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start([join(process.cwd(), 'node_modules/decap-server/dist/index.js')], {
  GIT_REPO_DIRECTORY: root,
  PORT: String(proxyPort),
  // Files on disk, no git branches: what is saved is what the pages show. Rehearsing the
  // review: a branch per change, as a pull request.
  MODE: values.propuestas ? 'git' : 'fs',
  // Only this computer may write through the proxy.
  BIND_HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
});
// Beside any `npm run dev` already running (Astro allows one per project unless told otherwise).
start([join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(sitePort), '--ignore-lock'], {
  EDITOR_LOCAL: proxyUrl,
  EDITOR_REVIEWS: values.propuestas ? '1' : '',
});
console.log(values.propuestas ? e.startedWithReviews(`http://localhost:${sitePort}/admin/`, root) : e.started(`http://localhost:${sitePort}/admin/`, root));
