/**
 * The web editor, used as staff would on their computer: `npm run editor` on a copy of the
 * sample, Chromium, offline. What the forms write must be files that validation accepts and
 * that the site publishes, changing only what the form changed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileData } from '../src/lib/content/frontmatter';
import { t } from '../src/lib/i18n';
import { buildSite, copySource, getShellEnv, ROOT, ROOT_SITE_URL, SAMPLE, SUB_PATH, toSourceEnv, type SiteSource } from './support/build-site';
import { choose, fillEvidence, openForm, publish, signIn, startLocalEditor, waitForFile, type LocalEditor } from './support/editor';
import { readPage, readPageText } from './support/read-page';
import { launchBrowser, listPages } from './support/browser';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const EVIDENCE = 'content/evidencias/2021/2021-07-15-facebook-live-registros.mdx';
const ACTIVITY = 'content/actividades/2021/convocatoria-plan-2022.mdx';
const PLAN = 'content/planes/2021.yaml';
const REPORT = 'content/informes/2021/ii-semestre.mdx';
const VIDEO = 'https://www.facebook.com/ENTerritorio/videos/registro-facebook-live';

/**
 * What axe finds in Decap CMS 3.16's own interface, which this project cannot change through
 * its configuration (README, "Web editor"), each matched by rule and element. Anything else,
 * or the same rule on another element, fails the test.
 */
const EDITOR_VIOLATIONS: readonly { rule: string; element: RegExp; why: string }[] = [
  { rule: 'aria-input-field-name', element: /data-slate-editor/, why: "the rich-text area (Slate) has role=textbox but no name; its field's label is not tied to it" },
  { rule: 'button-name', element: /ToolbarToggle/, why: 'the rich-text/Markdown switch is a button with no name' },
  { rule: 'aria-required-attr', element: /ToolbarToggle/, why: 'the same switch has role=switch without aria-checked' },
  { rule: 'nested-interactive', element: /ToolbarDropdownWrapper|aria-haspopup/, why: 'the "add a component" menu is a span role=button holding focusable items' },
  { rule: 'button-name', element: /TopBarButton/, why: "a list item's fold and remove buttons are icons with no name" },
  { rule: 'aria-command-name', element: /aria-roledescription="sortable"/, why: "a list item's drag handle (to reorder it) has no name" },
];

function isKnownViolation(rule: string, element: string): boolean {
  return EDITOR_VIOLATIONS.some((known) => known.rule === rule && known.element.test(element));
}

let source: SiteSource;
let editor: LocalEditor;
let browser: Browser;

beforeAll(async () => {
  source = copySource('web-editor', SAMPLE);
  [editor, browser] = await Promise.all([startLocalEditor('web-editor', source), launchBrowser()]);
});

afterAll(async () => {
  await editor?.stop();
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'es-CO', viewport: { width: 1280, height: 1600 } });
  const page = await context.newPage();
  await signIn(page, editor);
  return page;
}

function readFile(file: string): string {
  return readFileSync(join(editor.root, file), 'utf8');
}

/** `npm run validar` on the editor's folder: the check every pull request gets. */
function validate(): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', 'validar'], { cwd: ROOT, env: { ...getShellEnv(), ...toSourceEnv(source) }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function listFiles(folder: string): string[] {
  return readdirSync(join(editor.root, folder));
}

describe('the web editor (npm run editor, Chromium, offline)', () => {
  test('records a piece of evidence through the form: the file is where the rules ask, passes validation, and the rebuilt site shows it with the new figures', async () => {
    const page = await newPage();
    page.on('dialog', (dialog) => void dialog.accept(VIDEO));
    await openForm(page, editor, '/collections/evidencias/new');
    await fillEvidence(page, 'facebook-live-reg', '2021-07-15', 100);
    await page.getByRole('button', { name: 'Agregar enlace' }).click();
    // "Escribir una dirección" asks for it in a dialog (answered above with the video's address).
    await page.getByRole('button', { name: 'Escribir una dirección' }).click();
    await page.getByLabel('Texto del enlace').fill('Registro del Facebook Live en la página de la entidad');
    await page.getByLabel('Tipo', { exact: true }).click();
    await page.getByRole('option', { name: 'Video', exact: true }).click();
    // The body's component buttons: "Video" adds a <Video> with its own small form.
    await page.getByRole('button', { name: 'Agregar Video, Documento o Nota' }).click();
    await page.getByRole('menuitem', { name: 'Video' }).click();
    await page.getByLabel('Dirección del video (https://…)').fill(VIDEO);
    await page.getByLabel('Título del video').fill('Facebook Live con la ciudadanía, 15 de julio');
    await publish(page);
    const text = await waitForFile(editor, EVIDENCE, page);
    await page.close();

    expect(readFileData('evidencia.mdx', text)).toEqual({
      plan: '2021',
      tarea: 'facebook-live-registros',
      fecha: '2021-07-15',
      avance: 100,
      enlaces: [{ url: VIDEO, texto: 'Registro del Facebook Live en la página de la entidad', tipo: 'video' }],
    });
    expect(text).toContain(`<Video url="${VIDEO}" titulo="Facebook Live con la ciudadanía, 15 de julio" />`);
    const validation = validate();
    expect(validation.status, validation.output).toBe(0);

    const built = await buildSite('dist-web-editor', { SITE_URL: ROOT_SITE_URL }, source);
    expect(built.status, built.output).toBe(0);
    const activity = readPageText(built.outDir, '2021/actividades/promocion-canales');
    expect(activity).toContain('Registro del Facebook Live en la página de la entidad');
    // The sample's 15 products summed 400 points (26%); this one adds 100: 500 / 15 = 33%.
    expect(readPageText(built.outDir, '2021')).toMatch(/33 ?% de avance global del plan/);
    // The published I-semester report does not move.
    expect(readPageText(built.outDir, '2021/informes/i-semestre')).toMatch(/26 ?% de avance global del plan/);
  }, 240_000);

  test('uploads a PDF into public/documentos/<plan>/ with a piece of evidence, and links it from there', async () => {
    const pdf = join(ROOT, 'tests/.output/acta-dialogo-julio.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const page = await newPage();
    await openForm(page, editor, '/collections/evidencias/new');
    await fillEvidence(page, 'dialogo-virtual-1', '2021-08-04', 100);
    await page.getByRole('button', { name: 'Agregar enlace' }).click();
    await page.getByRole('button', { name: 'Escoge un archivo' }).click();
    await page.locator('input[type=file]').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Confirmar selección' }).click();
    await page.getByLabel('Texto del enlace').fill('Acta del espacio de diálogo de julio');
    await page.getByLabel('Tipo', { exact: true }).click();
    await page.getByRole('option', { name: 'Documento', exact: true }).click();
    await publish(page);
    await waitForFile(editor, 'content/evidencias/2021/2021-08-04-dialogo-virtual-1.mdx', page);
    await page.close();

    expect(readFileSync(join(editor.root, 'public/documentos/2021/acta-dialogo-julio.pdf'), 'utf8')).toContain('%PDF-1.4');
    expect(readFileData('evidencia.mdx', readFile('content/evidencias/2021/2021-08-04-dialogo-virtual-1.mdx')).enlaces).toEqual([
      { url: '/documentos/2021/acta-dialogo-julio.pdf', texto: 'Acta del espacio de diálogo de julio', tipo: 'documento' },
    ]);
    const validation = validate();
    expect(validation.status, validation.output).toBe(0);
  }, 60_000);

  test('edits the date of a task through the form: that line changes, every other line and comment stays', async () => {
    const before = readFile(ACTIVITY);
    const page = await newPage();
    await openForm(page, editor, '/collections/actividades/entries/2021/convocatoria-plan-2022');
    const dates = page.getByLabel('Programada para', { exact: true });
    await expect(dates.first().inputValue()).resolves.toBe('2021-11-30');
    await dates.first().fill('2021-12-10');
    await publish(page);
    const after = await waitForFile(editor, ACTIVITY, page, before);
    await page.close();
    expect(after).toBe(before.replace('programada: 2021-11-30', 'programada: 2021-12-10'));
    const validation = validate();
    expect(validation.status, validation.output).toBe(0);
  }, 60_000);

  test('refuses an execution of 150% in the form, with a Spanish message, and writes nothing', async () => {
    const before = listFiles('content/evidencias/2021');
    const page = await newPage();
    await openForm(page, editor, '/collections/evidencias/new');
    await fillEvidence(page, 'elaborar-video', '2021-08-02', 150);
    await publish(page);
    await page.getByText(/Ejecución \(%\) .*100/).first().waitFor();
    await page.close();
    expect(listFiles('content/evidencias/2021')).toEqual(before);
  }, 60_000);

  test('asks for the note of a postponed task before saving', async () => {
    const before = listFiles('content/evidencias/2021');
    const page = await newPage();
    await openForm(page, editor, '/collections/evidencias/new');
    await fillEvidence(page, 'dialogo-virtual-1', '2021-08-03', 0);
    await page.getByRole('switch', { name: /aplazada/ }).click();
    await publish(page);
    await page.getByText(t.editor.postponedNeedsNote).waitFor();
    await page.close();
    expect(listFiles('content/evidencias/2021')).toEqual(before);
  }, 60_000);

  test('closes a period: the period added to the plan, then a report that carries the figures the site computes', async () => {
    const planBefore = readFile(PLAN);
    const page = await newPage();
    await openForm(page, editor, '/collections/planes/entries/2021');
    await page.getByRole('button', { name: 'Agregar periodo' }).click();
    const last = (label: string) => page.getByLabel(label, { exact: true }).last();
    await last('Identificador').fill('ii-semestre');
    await last('Nombre').fill('II semestre');
    await last('Fecha de corte').fill('2021-12-31');
    await publish(page);
    expect(await waitForFile(editor, PLAN, page, planBefore)).toBe(`${planBefore}  - id: ii-semestre\n    nombre: II semestre\n    corte: 2021-12-31\n`);

    // The editor reads the figures of the new cut-off from the site, as it is now (openForm loads the page anew).
    await openForm(page, editor, '/collections/informes/new');
    await choose(page, 'Plan', '2021', /Plan de Participación Ciudadana 2021/);
    await choose(page, 'Periodo', 'ii', /II semestre/);
    await page.getByLabel('Título', { exact: true }).fill('Informe de avance II semestre');
    await page.getByLabel('Objetivo', { exact: true }).fill('Informar a la ciudadanía el avance del plan al cierre del año.');
    await publish(page);
    await waitForFile(editor, REPORT, page);
    await page.close();

    const report = readFileData('informe.mdx', readFile(REPORT));
    expect(report).toMatchObject({ plan: '2021', periodo: 'ii-semestre', titulo: 'Informe de avance II semestre' });
    expect(Object.keys(report.productos as object)).toHaveLength(15);
    expect(report.cifras).toMatchObject({ productos: 15 });
    const validation = validate();
    expect(validation.status, validation.output).toBe(0);
  }, 90_000);

  test('loads everything from the site itself and talks only to its proxy: no CDN, no third party', async () => {
    const context = await browser.newContext({ locale: 'es-CO' });
    const page = await context.newPage();
    const elsewhere: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(editor.url) && !/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/.test(url) && !/^(data|blob):/.test(url)) elsewhere.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/.test(message.text())) errors.push(message.text());
    });
    await signIn(page, editor);
    await openForm(page, editor, '/collections/evidencias/new');
    await page.getByLabel('Ejecución (%)').waitFor();
    await openForm(page, editor, '/collections/actividades/entries/2021/espacio-virtual');
    await page.getByLabel('Programada para', { exact: true }).first().waitFor();
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  test("its local proxy writes only inside content/ and public/, and answers only to its own address", async () => {
    const persist = (path: string) =>
      JSON.stringify({ action: 'persistEntry', params: { branch: 'main', entry: { slug: 'x', path, raw: 'x' }, assets: [], options: { commitMessage: 'x' } } });
    // node:http, since fetch will not send another Host (as a rebound DNS name would).
    const post = (body: string, headers: Record<string, string> = {}) =>
      new Promise<number | undefined>((resolve, reject) => {
        const request = httpRequest(editor.proxy, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        });
        request.on('error', reject);
        request.end(body);
      });
    await expect(post(persist('astro.config.mjs'))).resolves.toBe(403);
    await expect(post(persist('content/../package.json'))).resolves.toBe(403);
    await expect(post(JSON.stringify({ action: 'info' }), { Host: 'sitio-ajeno.example' })).resolves.toBe(403);
    await expect(post(JSON.stringify({ action: 'info' }))).resolves.toBe(200);
    expect(readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8')).not.toBe('x');
  });

  test('fits a phone: the evidence form reflows to 390 px instead of scrolling sideways', async () => {
    const context = await browser.newContext({ locale: 'es-CO', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, editor);
    await openForm(page, editor, '/collections/evidencias/new');
    await page.getByLabel('Ejecución (%)').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    expect(width).toBeLessThanOrEqual(390);
  }, 60_000);

  test('passes axe on its sign-in page, the evidence form and an activity form with its tasks, but for what Decap CMS itself fails', async () => {
    const context = await browser.newContext({ locale: 'es-CO' });
    const page = await context.newPage();
    const found: string[] = [];
    const unexpected: string[] = [];
    const check = async (where: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const violation of violations) {
        for (const node of violation.nodes) {
          const element = `${node.target.join(' ')} ${node.html}`;
          const line = `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${element}`;
          found.push(line);
          if (!isKnownViolation(violation.id, element)) unexpected.push(line);
        }
      }
    };
    await page.goto(`${editor.url}/admin/`);
    await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
    await check('sign-in');
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await openForm(page, editor, '/collections/evidencias/new');
    await page.getByLabel('Ejecución (%)').waitFor();
    await check('evidence form');
    // A form with lists: an activity's tasks.
    await openForm(page, editor, '/collections/actividades/entries/2021/espacio-virtual');
    await page.getByLabel('Programada para', { exact: true }).first().waitFor();
    await check('activity form');
    await context.close();
    expect(unexpected).toEqual([]);
  }, 60_000);
});

test('a site without an editor publishes none of its scripts, and its /admin/ page says how to turn it on', () => {
  const sampleSite = inject('sampleSite');
  expect(sampleSite.status, sampleSite.output).toBe(0);
  expect(readdirSync(join(sampleSite.outDir, 'admin'))).toEqual(['index.html']);
  expect(readPageText(sampleSite.outDir, 'admin')).toContain(t.editor.notConfigured.title);
});

describe('a site with the web editor turned on (GitHub, under a sub-path)', () => {
  const editorSite = inject('editorSite');
  const base = SUB_PATH.BASE_PATH;

  function readEditorPage(): string {
    return readFileSync(join(editorSite.outDir, 'admin/index.html'), 'utf8');
  }

  test('publishes the editor at /admin/ with its own security policy, out of search engines, the sitemap and the site search', () => {
    expect(editorSite.status, editorSite.output).toBe(0);
    const html = readEditorPage();
    expect(html).toMatch(/<html lang="es-CO" data-editor>/);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy).toContain("connect-src 'self' blob: https://api.github.com");
    expect(policy).toContain("frame-src 'none'");
    expect(html).not.toContain('data-pagefind-body');
    expect(readFileSync(join(editorSite.outDir, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    expect(readdirSync(join(editorSite.outDir, 'admin'))).toEqual(expect.arrayContaining(['index.html', 'decap-cms.js']));
  });

  test('opens a pull request for every save: the GitHub backend of sitio.yaml, its branch and sign-in, and the editorial workflow', () => {
    const config = JSON.parse(/<script type="application\/json" id="editor-config">([\s\S]*?)<\/script>/.exec(readEditorPage())![1]!);
    expect(config.backend).toMatchObject({ name: 'github', repo: 'enterritorio/avance-participacion', branch: 'main', base_url: 'https://auth.example.gov.co' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBeUndefined();
  });

  test('adds no script to the citizen pages: the editor is loaded by its own page only', () => {
    for (const page of listPages(editorSite.outDir)) {
      const html = readFileSync(join(editorSite.outDir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      expect(html, page).not.toMatch(/decap-cms|editor-config/);
    }
  });

  test('leads from activity, evidence and report pages to their entry in the editor', () => {
    const activity = readPage(editorSite.outDir, '2021/actividades/espacio-virtual');
    expect(activity).toContain(`href="${base}admin/#/collections/actividades/entries/2021/espacio-virtual"`);
    expect(activity).toContain(`href="${base}admin/#/collections/evidencias/entries/2021/2021-06-30-video-youtube"`);
    expect(readPage(editorSite.outDir, '2021/informes/i-semestre')).toContain(`href="${base}admin/#/collections/informes/entries/2021/i-semestre"`);
  });

  test('is valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateFile(join(editorSite.outDir, 'admin/index.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });
});

describe('the review flow of the web editor, rehearsed locally (npm run editor -- --propuestas)', () => {
  let reviewed: LocalEditor;
  let folder = '';
  const git = (...args: string[]) => spawnSync('git', args, { cwd: folder, encoding: 'utf8' }).stdout.trim();

  beforeAll(async () => {
    const copy = copySource('web-editor-reviews', SAMPLE);
    folder = join(ROOT, copy.contentDir, '..');
    // The repository's own identity: the proxy commits each save, on machines with no git identity too.
    const setup = [
      ['init', '-q', '-b', 'main'],
      ['config', 'user.name', 'Prueba'],
      ['config', 'user.email', 'prueba@example.org'],
      ['config', 'commit.gpgsign', 'false'],
      ['add', '-A'],
      ['commit', '-qm', 'Contenido de muestra'],
    ];
    for (const args of setup) {
      spawnSync('git', args, { cwd: folder });
    }
    reviewed = await startLocalEditor('web-editor-reviews', copy, true);
  });

  afterAll(async () => {
    await reviewed?.stop();
  });

  test('keeps every save on its own branch, as a pull request, and changes main only when it is published', async () => {
    const main = git('rev-parse', 'main');
    const context = await browser.newContext({ locale: 'es-CO', viewport: { width: 1280, height: 1200 } });
    const page = await context.newPage();
    await signIn(page, reviewed);
    await openForm(page, reviewed, '/collections/evidencias/new');
    await fillEvidence(page, 'dialogo-virtual-1', '2021-08-05', 50);
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    const branch = 'cms/evidencias/2021/2021-08-05-dialogo-virtual-1';
    await expect
      .poll(() => git('show', '--name-only', '--format=%s', branch), { timeout: 15_000 })
      .toBe('Crear evidencia «2021/2021-08-05-dialogo-virtual-1»\n\ncontent/evidencias/2021/2021-08-05-dialogo-virtual-1.mdx');
    // Saved for review: main and the files on disk are as they were.
    expect(git('rev-parse', 'main')).toBe(main);
    expect(git('status', '--porcelain')).toBe('');

    await page.getByRole('button', { name: /^Estado:/ }).click();
    await page.getByRole('menuitem', { name: 'Listo' }).click();
    // "¿Está seguro de que quiere publicar esta entrada?": whoever approves says yes.
    page.on('dialog', (dialog) => void dialog.accept());
    await publish(page);
    await expect.poll(() => git('branch', '--list', branch), { timeout: 15_000 }).toBe('');
    await context.close();
    expect(git('rev-parse', 'main')).not.toBe(main);
    expect(readFileData('evidencia.mdx', readFileSync(join(folder, 'content/evidencias/2021/2021-08-05-dialogo-virtual-1.mdx'), 'utf8'))).toMatchObject({ avance: 50 });
  }, 90_000);
});
