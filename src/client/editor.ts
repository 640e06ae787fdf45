/**
 * Starts the web editor (Decap CMS, served from this site's /admin/ folder) with the
 * configuration the build made from the schemas, and adds what a configuration cannot say:
 * the body components as buttons, the note a postponed task needs, and the published record a
 * new report carries.
 */
import { getComponentPattern, toComponentBlock, toComponentId, toComponentValues } from '../lib/editor/component-blocks';
import type { EditorConfig } from '../lib/editor/config';
import { getDocumentProblem, toDocumentUrl } from '../lib/editor/documents';
import { getPendingRecord, type PendingRecord } from '../lib/editor/records';
import { toPlainDate } from '../lib/content/dates';
import { t } from '../lib/i18n';
import { EDITOR_COMPONENTS, type EditorComponentName } from '../lib/content/body-components';
import { toMergedPhrases, type Phrases } from '../lib/editor/phrases';
import { EDITOR_FORMATS, toEditorData, toEditorFile, type EditorFormat } from '../lib/editor/file-format';

/** The little of Decap's API this file uses (Immutable maps for entries). */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
}


/** An evidence's links as the form holds them (an Immutable list of maps). */
interface LinkList {
  map(edit: (link: ImmutableMap) => ImmutableMap): LinkList;
  toJS(): { url?: string }[];
}

interface Decap {
  init(options: { config: EditorConfig }): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile: (text: string) => unknown; toFile: (data: Record<string, unknown>, order?: readonly string[]) => string },
  ): void;
  registerLocale(locale: string, phrases: Phrases): void;
  getLocale(locale: string): Phrases | undefined;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
  }
}

const e = t.editor;

function readJson<Value>(id: string): Value {
  return JSON.parse(document.getElementById(id)?.textContent ?? 'null') as Value;
}

function registerBodyComponents(cms: Decap): void {
  for (const name of Object.keys(EDITOR_COMPONENTS) as EditorComponentName[]) {
    const labels = e.components[name] as Record<string, string>;
    const attributes = Object.entries(EDITOR_COMPONENTS[name] as Record<string, boolean>).map(([attribute, required]) => ({
      name: attribute,
      label: labels[attribute],
      widget: 'string',
      required,
    }));
    cms.registerEditorComponent({
      id: toComponentId(name),
      label: labels.label,
      fields: name === 'Nota' ? [...attributes, { name: 'body', label: labels.body, widget: 'text' }] : attributes,
      pattern: getComponentPattern(name),
      fromBlock: (match: string[]) => toComponentValues(name, match),
      toBlock: (values: Record<string, string>) => toComponentBlock(name, values),
    });
  }
}

/**
 * Before a piece of evidence is written: a postponed task needs its note (citizens read why
 * beside the task), and a document uploaded with it is linked where it was uploaded, its plan's
 * folder. Checked on the data about to be written: a field's own check sees only the entry as
 * it was opened.
 */
function registerEvidenceChecks(cms: Decap): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      if (entry.get('collection') !== 'evidencias') return undefined;
      const data = entry.get('data') as ImmutableMap;
      const note = data.get('nota');
      if (data.get('aplazada') === true && !(typeof note === 'string' && note.trim() !== '')) throw new Error(e.postponedNeedsNote);
      const plan = String(data.get('plan'));
      const links = data.get('enlaces') as LinkList | undefined;
      if (!links?.map) return data;
      // Only a new entry's upload has a link without its plan's folder (an entry's own folder is known once saved).
      const linked = entry.get('newRecord') === true ? links.map((link) => link.set('url', toDocumentUrl(String(link.get('url') ?? ''), plan))) : links;
      for (const { url } of linked.toJS()) {
        const problem = url === undefined ? undefined : getDocumentProblem(url);
        if (problem) throw new Error(problem);
      }
      return data.set('enlaces', linked);
    },
  });
}

/** A new report closes its period: it carries the figures the build computed for that cut-off. */
function registerReportRecord(cms: Decap, records: readonly PendingRecord[]): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      if (entry.get('collection') !== 'informes') return undefined;
      const data = entry.get('data') as ImmutableMap;
      if (data.get('cifras') !== undefined && data.get('cifras') !== null) return data;
      const plan = String(data.get('plan'));
      const period = String(data.get('periodo'));
      const record = getPendingRecord(records, plan, period, toPlainDate(new Date(), t.timeZone));
      if (!record) throw new Error(e.record.missing(plan, period));
      return data.set('cifras', record.cifras).set('productos', record.productos);
    },
  });
}

/** Files read and written as they are, comments included (src/lib/editor/file-format.ts). */
function registerFileFormats(cms: Decap, config: EditorConfig): void {
  const idFields = config.collections.flatMap((collection) => collection.fields.filter((field) => field.widget === 'relation').map((field) => field.name));
  for (const [format, name] of Object.entries(EDITOR_FORMATS) as [EditorFormat, string][]) {
    cms.registerCustomFormat(name, format === 'yaml' ? 'yaml' : 'mdx', {
      fromFile: (text: string) => toEditorData(format, text, idFields),
      // Decap CMS passes the form's field order: a new file lists its fields in that order.
      toFile: (data: Record<string, unknown>, order?: readonly string[]) => toEditorFile(format, data, order),
    });
  }
}

/**
 * Changes to Decap CMS's own interface, by style (it adds its styles after this one: only
 * !important outweighs them). Its turquoise "Publicar" button has a contrast of 3:1 under white
 * text, below the 4.5:1 WCAG asks: it takes the entity's colour, which sitio.yaml keeps
 * readable. Its entry form is at least 800 px wide, so on a phone it scrolls sideways (WCAG
 * 1.4.10): it takes the screen's width, and its toolbar wraps. And the media library's own page
 * and its delete button go: Decap commits what they do straight to the branch, outside any
 * pull request. Documents are uploaded with the evidence that links them, in its pull request.
 */
function applyEditorStyles(): void {
  const colour = document.body.dataset.color;
  const style = document.createElement('style');
  style.textContent = [
    colour ? `[class*='PublishButton'], [class*='PublishButton']:hover { background-color: ${colour} !important; color: #fff !important; }` : '',
    "[class*='EditorContainer'], [class*='ToolbarContainer'] { min-width: 0 !important; }",
    "[class*='ToolbarContainer'] { flex-wrap: wrap; height: auto !important; }",
    "header button[class*='AppHeaderButton']:not([class*='Quick']), [class*='DeleteButton'] { display: none !important; }",
  ].join('\n');
  document.head.append(style);
}

export function startEditor(): void {
  applyEditorStyles();
  // `npm run editor` serves this page through Vite's dev client, which reloads every open page
  // when a content file changes: here that would throw away the form being filled in. A reload
  // aimed at another page is one the client skips.
  import.meta.hot?.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/otra-pagina.html';
  });
  const config = readJson<EditorConfig>('editor-config');
  const records = readJson<PendingRecord[]>('editor-records');
  window.CMS_MANUAL_INIT = true;
  const script = document.createElement('script');
  script.src = document.body.dataset.script ?? '';
  script.addEventListener('load', () => {
    const cms = window.CMS!;
    cms.registerLocale('es', toMergedPhrases(cms.getLocale('es') ?? {}, e.interface));
    registerFileFormats(cms, config);
    registerBodyComponents(cms);
    registerEvidenceChecks(cms);
    registerReportRecord(cms, records);
    cms.init({ config });
  });
  document.head.append(script);
}
