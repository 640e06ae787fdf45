/**
 * `npm run capturas`: the screenshots of CONTRIBUTING.md («Editar desde el navegador»), taken
 * from the real web editor. Runs `npm run editor` on a copy of the sample
 * (tests/fixtures/muestra, copied to tests/.output/source-capturas/), drives it in Chromium as
 * staff would (es-CO, 1280×900, one phone shot at 390×844), and writes small PNGs, cropped to
 * what each caption speaks of, to .github/capturas/. What the forms save goes to the copy:
 * content/ and public/ do not change.
 *
 * Chromium draws with what the system gives it. Debian's `chromium-l10n` makes the date fields
 * read dd/mm/aaaa as in a Spanish browser, and a font with the full-width «＋» (such as
 * `fonts-droid-fallback`) draws the «＋ evidencia» button; the script says when either is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { toEditorConfig } from '../src/lib/editor/config';
import { toScriptJson } from '../src/lib/publishing/escape';
import { launchBrowser } from '../tests/support/browser';
import { copySource, ROOT, SAMPLE } from '../tests/support/build-site';
import { choose, fillEvidence, openForm, publish, signIn, startLocalEditor, type LocalEditor } from '../tests/support/editor';

const OUT = join(ROOT, '.github/capturas');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const VIDEO = 'https://www.facebook.com/ENTerritorio/videos/registro-facebook-live';
/** The document uploaded from "this computer": a name as the rules ask (CONTRIBUTING.md). */
const DOCUMENT = join(ROOT, 'tests/.output/capturas/acta-dialogo-julio.pdf');
/** The editor's bar, which stays at the top of the window while the form scrolls under it. */
const TOOLBAR_HEIGHT = 66;

/** What a site with `repositorio` and `editor` in sitio.yaml signs in with (GitHub and its helper). */
const GITHUB_SITE = {
  repositorio: { servicio: 'github', nombre: 'enterritorio/avance-participacion', rama: 'main' },
  editor: { autenticacion: 'https://auth.entidad.gov.co' },
} as const;

type Clip = { x: number; y: number; width: number; height: number };

/** Says what would make the pictures differ from what staff see in their browser. */
function warnAboutLooks(): void {
  if (!process.env.CHROMIUM_PATH && !existsSync('/usr/lib/chromium/locales/es-419.pak')) {
    console.warn('Chromium has no Spanish language pack (apt-get install chromium-l10n): date fields will read mm/dd/yyyy.');
  }
  try {
    if (execFileSync('fc-list', [':charset=ff0b', 'family'], { encoding: 'utf8' }).trim() === '') {
      console.warn('No font has the full-width plus sign (apt-get install fonts-droid-fallback): the «＋ evidencia» button will show a box.');
    }
  } catch {
    // No fontconfig: nothing to ask.
  }
}

async function newPage(browser: Browser, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ locale: 'es-CO', timezoneId: 'America/Bogota', viewport, deviceScaleFactor: 1 });
  return context.newPage();
}

/** A page signed in to the local editor, on one of its forms: each form in a page of its own, as staff open them. */
async function openPage(browser: Browser, editor: LocalEditor, route: string, viewport = DESKTOP): Promise<Page> {
  const page = await newPage(browser, viewport);
  // «Escribir una dirección» asks for the address in a dialog.
  page.on('dialog', (dialog) => void dialog.accept(VIDEO));
  await signIn(page, editor);
  await openForm(page, editor, route);
  return page;
}

/** A form field's label, as the form shows it (optional fields add «(opcional)»). */
function label(page: Page, text: string): Locator {
  const escaped = text.replace(/[()%]/g, '\\$&');
  return page.locator('label').filter({ hasText: new RegExp(`^${escaped}( \\(opcional\\))?$`, 'i') });
}

/** A whole form field: its label, its input and its hint. */
function field(page: Page, text: string): Locator {
  return label(page, text).locator('xpath=../..');
}

async function shoot(page: Page, file: string, clip?: Clip): Promise<void> {
  await page.screenshot({ path: join(OUT, file), animations: 'disabled', ...(clip ? { clip } : {}) });
}

/** Leaves no field in focus and nothing scrolled sideways, so that a picture shows the form at rest. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const element of [document.documentElement, ...document.querySelectorAll('*')]) if (element.scrollLeft > 0) element.scrollLeft = 0;
  });
}

/**
 * A picture of the form from the top of `from` to the bottom of `to`, across the form's width.
 * The form scrolls inside its own pane: `from` is first brought just below the editor's bar.
 */
async function shootForm(page: Page, file: string, from: Locator, to: Locator, margin = 16): Promise<void> {
  const first = await from.boundingBox();
  if (!first) throw new Error(`${file}: ${String(from)} is not on the page`);
  await from.evaluate((element, by) => {
    let pane = element.parentElement;
    while (pane && !(pane.scrollHeight > pane.clientHeight && /auto|scroll/.test(getComputedStyle(pane).overflowY))) pane = pane.parentElement;
    pane?.scrollBy(0, by);
  }, first.y - TOOLBAR_HEIGHT - margin - 8);
  await page.waitForTimeout(200);
  // The first field's box: its width is the form's.
  const [top, bottom, form] = await Promise.all([from.boundingBox(), to.boundingBox(), page.locator('[aria-label^="campo "]').first().boundingBox()]);
  if (!top || !bottom || !form) throw new Error(`${file}: what it should show is not on the page`);
  const viewport = page.viewportSize() ?? DESKTOP;
  const y = Math.max(0, top.y - margin);
  const end = bottom.y + bottom.height + margin;
  if (end > viewport.height) throw new Error(`${file}: ${Math.round(end - y)} px do not fit in the window`);
  const x = Math.max(0, form.x - margin);
  await shoot(page, file, { x, y, width: Math.min(viewport.width - x, form.width + 2 * margin), height: end - y });
}

/** (a) The sign-in page of a site set up for GitHub: the editor itself, with the configuration the build makes for such a site. */
async function shootSignIn(browser: Browser, editor: LocalEditor): Promise<void> {
  const config = toEditorConfig({ site: GITHUB_SITE });
  if (!config) throw new Error('toEditorConfig made no configuration for GitHub');
  const page = await newPage(browser);
  await page.route(`${editor.url}/admin/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<script type="application\/json" id="editor-config">)[\s\S]*?(<\/script>)/,
      (_, open: string, close: string) => `${open}${toScriptJson(config)}${close}`,
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${editor.url}/admin/`);
  await page.getByRole('button', { name: 'Iniciar sesión con GitHub' }).waitFor({ timeout: 60_000 });
  await shoot(page, 'inicio-de-sesion.png', { x: 340, y: 300, width: 600, height: 280 });
  await page.context().close();
}

/** (b) The collections, with the list of evidence. */
async function shootCollections(browser: Browser, editor: LocalEditor): Promise<void> {
  const page = await newPage(browser);
  await signIn(page, editor);
  await page.getByText('2021-06-30 · elaborar-video').waitFor();
  await page.waitForLoadState('networkidle');
  // The loading bar at the top of the window fades out.
  await page.waitForTimeout(1500);
  await shoot(page, 'colecciones.png', { x: 0, y: 0, width: DESKTOP.width, height: 610 });
  await page.context().close();
}

/** (c, d) A new piece of evidence: the task list open, date and execution, a link by address and an uploaded document, the body's buttons. */
async function shootEvidence(browser: Browser, editor: LocalEditor): Promise<void> {
  const page = await openPage(browser, editor, '/collections/evidencias/new');
  await choose(page, 'Plan', '2021', /Plan de Participación Ciudadana 2021/);
  await page.getByLabel('Tarea', { exact: true }).fill('facebook');
  await page.getByRole('option').first().waitFor();
  await shootForm(page, 'evidencia-tarea.png', label(page, 'Plan'), page.getByRole('option').last());
  await page.getByRole('option', { name: /facebook-live-registros/ }).click();
  await page.getByLabel('Fecha', { exact: true }).fill('2021-07-15');
  await page.getByLabel('Ejecución (%)').fill('100');
  await blur(page);
  await shootForm(page, 'evidencia-fecha.png', label(page, 'Tarea'), field(page, 'La tarea quedó aplazada'));

  await page.getByRole('button', { name: 'Agregar enlace' }).click();
  await blur(page);
  await shootForm(page, 'evidencia-enlace-vacio.png', label(page, 'Enlaces a la prueba'), field(page, 'Tipo'));
  await page.getByRole('button', { name: 'Escribir una dirección' }).click();
  await page.getByLabel('Texto del enlace').fill('Registro del Facebook Live en la página de la entidad');
  await page.getByLabel('Tipo', { exact: true }).click();
  await page.getByRole('option', { name: 'Video', exact: true }).click();
  await blur(page);
  await shootForm(page, 'evidencia-enlace.png', label(page, 'Enlaces a la prueba'), field(page, 'Tipo'));

  // A second link: a document uploaded from this computer, in the editor's file library.
  await page.getByRole('button', { name: 'Agregar enlace' }).click();
  await page.getByRole('button', { name: 'Escoge un archivo' }).last().click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Subir nuevo').click()]);
  await chooser.setFiles(DOCUMENT);
  const confirm = page.getByRole('button', { name: 'Confirmar selección' });
  await page.getByText('acta-dialogo-julio.pdf').waitFor();
  await confirm.and(page.locator(':enabled')).waitFor();
  await shoot(page, 'evidencia-documento.png', { x: 150, y: 60, width: 980, height: 430 });
  await confirm.click();
  await page.getByLabel('Texto del enlace').last().fill('Acta del Facebook Live');
  await page.getByLabel('Tipo', { exact: true }).last().click();
  await page.getByRole('option', { name: 'Documento', exact: true }).click();

  await page.getByRole('button', { name: 'Agregar Video, Documento o Nota' }).click();
  const note = page.getByRole('menuitem', { name: 'Nota' });
  await note.waitFor();
  await shootForm(page, 'texto-componentes.png', label(page, 'Texto'), note);
  await page.context().close();
}

/** (e) An execution of 150 % is refused before anything is saved. */
async function shootRefusal(browser: Browser, editor: LocalEditor): Promise<void> {
  const page = await openPage(browser, editor, '/collections/evidencias/new');
  await fillEvidence(page, 'elaborar-video', '2021-08-02', 150);
  await publish(page);
  await page.getByText(/Ejecución \(%\) .*100/).first().waitFor();
  await blur(page);
  await shootForm(page, 'ejecucion-150.png', label(page, 'Fecha'), field(page, 'Ejecución (%)'));
  await page.context().close();
}

/** (f, g) Closing a period: the period added to the plan, saved, then a new report. */
async function shootClosing(browser: Browser, editor: LocalEditor): Promise<void> {
  const plan = await openPage(browser, editor, '/collections/planes/entries/2021');
  await plan.getByLabel('Nombre', { exact: true }).first().waitFor();
  await plan.getByRole('button', { name: 'Agregar periodo' }).click();
  const last = (text: string) => plan.getByLabel(text, { exact: true }).last();
  await last('Identificador').fill('ii-semestre');
  await last('Nombre').fill('II semestre');
  await last('Fecha de corte').fill('2021-12-31');
  // The period already published folded to its summary, so that the new one is in sight.
  await field(plan, 'Periodos de informe').locator('xpath=.//div[contains(@style, "transition")][1]/div[1]/button[1]').click();
  await blur(plan);
  await shootForm(plan, 'plan-periodo.png', label(plan, 'Periodos de informe'), field(plan, 'Fecha de corte').last());
  const file = join(editor.root, 'content/planes/2021.yaml');
  const before = readFileSync(file, 'utf8');
  await publish(plan);
  for (const deadline = Date.now() + 15_000; readFileSync(file, 'utf8') === before; await plan.waitForTimeout(100)) {
    if (Date.now() > deadline) throw new Error(`the editor did not save the period in ${file}`);
  }
  await plan.context().close();

  // A new page: the editor reads the figures of the new cut-off from the site as it is now.
  const report = await openPage(browser, editor, '/collections/informes/new');
  await choose(report, 'Plan', '2021', /Plan de Participación Ciudadana 2021/);
  await choose(report, 'Periodo', 'ii', /II semestre/);
  await report.getByLabel('Título', { exact: true }).fill('Informe de avance II semestre');
  await report.getByLabel('Objetivo', { exact: true }).fill('Informar a la ciudadanía el avance del plan de participación ciudadana 2021 al cierre del año.');
  await blur(report);
  await shootForm(report, 'informe-nuevo.png', label(report, 'Plan'), field(report, 'Objetivo'));
  await report.context().close();
}

/** On a phone: a new piece of evidence, whose form is wider than the screen. */
async function shootPhone(browser: Browser, editor: LocalEditor): Promise<void> {
  const page = await openPage(browser, editor, '/collections/evidencias/new', PHONE);
  await fillEvidence(page, 'elaborar-video', '2021-07-15');
  await blur(page);
  await shoot(page, 'celular.png');
  await page.context().close();
}

async function main(): Promise<void> {
  warnAboutLooks();
  // Chromium takes its language, and so the date fields' dd/mm/aaaa, from these.
  process.env.LANG = 'es_CO.UTF-8';
  process.env.LANGUAGE = 'es_CO';
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const source = copySource('capturas', SAMPLE);
  mkdirSync(dirname(DOCUMENT), { recursive: true });
  writeFileSync(DOCUMENT, '%PDF-1.4\n%%EOF\n');
  const [editor, browser] = await Promise.all([startLocalEditor('capturas', source), launchBrowser()]);
  try {
    await shootSignIn(browser, editor);
    await shootCollections(browser, editor);
    await shootEvidence(browser, editor);
    await shootRefusal(browser, editor);
    await shootClosing(browser, editor);
    await shootPhone(browser, editor);
  } catch (error) {
    console.error(`npm run editor said:\n${editor.output()}`);
    throw error;
  } finally {
    await browser.close();
    await editor.stop();
  }
  for (const file of readdirSync(OUT).sort()) {
    console.log(`${join('.github/capturas', file)}\t${Math.round(statSync(join(OUT, file)).size / 1024)} KiB`);
  }
}

await main();
