/**
 * The web editor as staff use it on their computer: `npm run editor` on a copy of a site's
 * files, and the few gestures its forms need in Chromium. Shared by tests/editor.test.ts and
 * by `npm run capturas` (the screenshots of CONTRIBUTING.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getShellEnv, ROOT, toSourceEnv, type SiteSource } from './build-site';

export interface LocalEditor {
  /** The site's address; the editor is at `${url}/admin/`. */
  url: string;
  /** The folder the editor writes to, holding content/ and public/. */
  root: string;
  /** The local proxy's API, as the editor calls it. */
  proxy: string;
  output: () => string;
  stop: () => Promise<void>;
}

export function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run editor stopped:\n${output()}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm run editor did not answer within 60 s:\n${output()}`);
}

async function waitUntilClosed(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (await fetch(url).then(() => true, () => false))) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * `npm run editor` on `source`, with its own ports and Astro cache; with `reviews`, as
 * `npm run editor -- --propuestas` (a git branch per change; `source` must be a repository).
 */
export async function startLocalEditor(name: string, source: SiteSource, reviews = false): Promise<LocalEditor> {
  const [sitePort, proxyPort] = [await getFreePort(), await getFreePort()];
  let output = '';
  // Its own process group, so that stop() ends npm, the site and the proxy together.
  const child = spawn('npm', ['run', 'editor', '--', `--port=${sitePort}`, ...(reviews ? ['--propuestas'] : [])], {
    cwd: ROOT,
    detached: true,
    env: {
      ...getShellEnv(),
      ...toSourceEnv(source),
      EDITOR_PORT: String(proxyPort),
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_CACHE_DIR: join(ROOT, `tests/.output/cache-${name}`),
    },
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://localhost:${sitePort}`;
  const read = () => output;
  await waitFor(async () => (await fetch(`${url}/admin/`)).ok, child, read);
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${proxyPort}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })).ok,
    child,
    read,
  );
  return {
    url,
    root: join(ROOT, source.contentDir, '..'),
    proxy: `http://127.0.0.1:${proxyPort}/api/v1`,
    output: read,
    stop: async () => {
      if (child.pid === undefined) return;
      // The whole group, even if npm itself has gone: the site and the proxy must not outlive the test.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      await waitUntilClosed(`${url}/admin/`);
    },
  };
}

/** The local editor asks for no password: "Iniciar sesión" opens it. */
export async function signIn(page: Page, editor: LocalEditor): Promise<void> {
  await page.goto(`${editor.url}/admin/`);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.getByRole('link', { name: 'Evidencias' }).first().waitFor();
}

/** Opens one of the editor's pages (the part after #) and waits for its form. */
export async function openForm(page: Page, editor: LocalEditor, route: string): Promise<void> {
  // A new page load, as a click from the menu gives: changing only the address's # from one
  // entry to another leaves Decap CMS's form holding the first entry.
  await page.goto('about:blank');
  await page.goto(`${editor.url}/admin/#${route}`);
  await page.locator('form, [class*="ControlPane"]').first().waitFor();
}

/** A search list (plan, task, component, period): type part of it and pick the option. */
export async function choose(page: Page, label: string, typed: string, option: RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * The first fields of a new piece of evidence of the sample's plan: the task (found by its id),
 * its date and, when given, its execution.
 */
export async function fillEvidence(page: Page, task: string, date: string, execution?: number): Promise<void> {
  await choose(page, 'Plan', '2021', /Plan de Participación Ciudadana 2021/);
  await choose(page, 'Tarea', task, new RegExp(task));
  await page.getByLabel('Fecha', { exact: true }).fill(date);
  if (execution !== undefined) await page.getByLabel('Ejecución (%)').fill(String(execution));
}

/** "Publicar › Publicar ahora": in the local editor, the file is written at once. */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Publicar$/ }).click();
  await page.getByRole('menuitem', { name: 'Publicar ahora' }).click();
}

/**
 * Waits until the editor has finished writing `file` (a path inside the editor's folder): it exists,
 * differs from `before` when given, is not empty, and reads the same twice in a row, since the local
 * server truncates a file before it writes it. Returns its text; says what the page said if it never came.
 */
export async function waitForFile(editor: LocalEditor, file: string, page: Page, before?: string): Promise<string> {
  const path = join(editor.root, file);
  const read = () => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const deadline = Date.now() + 15_000;
  let last = '';
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const text = read();
    if (text !== '' && text !== before && text === last) return text;
    last = text;
    if (Date.now() > deadline) {
      const shown = await page.locator('[role="alert"], [class*="toast"], [class*="Toast"]').allTextContents();
      await page.screenshot({ path: join(ROOT, 'tests/.output/editor-failure.png'), fullPage: true });
      throw new Error(`the editor did not write ${file}; the page said: ${JSON.stringify(shown)}\n${editor.output()}`);
    }
  }
}
