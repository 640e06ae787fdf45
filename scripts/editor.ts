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
 * it into the branch checked out. The folder must be a git repository with nothing uncommitted.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getContentDir, getPublicDir } from '../src/data/read-content';
import { getProxyRefusal } from '../src/lib/editor/proxy-guard';
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
const siteOrigin = `http://localhost:${sitePort}`;
const children: ChildProcess[] = [];

// Rehearsing the review runs git in this folder: what is not committed would go into the first
// change saved, so the folder must be clean; changes are merged into the branch checked out.
const branch = values.propuestas ? getCleanBranch() : undefined;

function getCleanBranch(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  if (git('status', '--porcelain') !== '') {
    console.error(e.notClean);
    process.exit(2);
  }
  return git('branch', '--show-current');
}

function getFreePort(): Promise<number> {
  return new Promise((done) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => done(body));
    request.on('error', fail);
  });
}

/**
 * decap-server writes any path of the folder it serves, which holds the site's code too; it is
 * reached only through this guard (src/lib/editor/proxy-guard.ts), on the address the editor
 * uses: only this computer's name for it, only paths in content/ and public/.
 */
function startGuard(inner: number): void {
  const hosts = [`127.0.0.1:${proxyPort}`, `localhost:${proxyPort}`];
  const server = createHttpServer(async (request, response) => {
    const text = await readBody(request);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    const refusal = getProxyRefusal(request.headers.host, hosts, body);
    if (refusal) {
      console.error(`npm run editor: ${refusal}`);
      response.writeHead(403).end();
      return;
    }
    const forwarded = await fetch(`http://127.0.0.1:${inner}${request.url ?? '/'}`, {
      method: request.method,
      headers: Object.fromEntries(
        ['content-type', 'origin', 'access-control-request-method', 'access-control-request-headers'].flatMap((name) => {
          const value = request.headers[name];
          return typeof value === 'string' ? [[name, value]] : [];
        }),
      ),
      body: request.method === 'GET' || request.method === 'HEAD' || text === '' ? undefined : text,
    });
    response.writeHead(forwarded.status, Object.fromEntries(forwarded.headers));
    response.end(Buffer.from(await forwarded.arrayBuffer()));
  });
  server.listen(proxyPort, '127.0.0.1');
}

function start(command: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, command, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  // When one stops, so does the other: an editor without its proxy (or the reverse) is no use.
  child.on('exit', (code, signal) => stop(code ?? (signal ? 0 : 1)));
  return child;
}

function stop(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const innerPort = await getFreePort();
startGuard(innerPort);
start([join(process.cwd(), 'node_modules/decap-server/dist/index.js')], {
  GIT_REPO_DIRECTORY: root,
  PORT: String(innerPort),
  // Only the editor's page may call it from a browser.
  ORIGIN: siteOrigin,
  // Files on disk, no git branches: what is saved is what the pages show. Rehearsing the
  // review: a branch per change, as a pull request.
  MODE: values.propuestas ? 'git' : 'fs',
  BIND_HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
});
// Beside any `npm run dev` already running (Astro allows one per project unless told otherwise).
start([join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(sitePort), '--ignore-lock'], {
  EDITOR_LOCAL: proxyUrl,
  EDITOR_REVIEWS: branch ?? '',
});
console.log(branch === undefined ? e.started(`${siteOrigin}/admin/`, root) : e.startedWithReviews(`${siteOrigin}/admin/`, root, branch));
