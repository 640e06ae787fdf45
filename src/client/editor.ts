/**
 * Starts the web editor (Decap CMS, served from this site's /admin/ folder) with the
 * configuration the build made from the schemas, and adds what a configuration cannot say:
 * the body components as buttons, the note a postponed task needs, and the published record a
 * new report carries.
 */
import { getComponentPattern, toComponentBlock, toComponentValues } from '../lib/editor/component-blocks';
import type { EditorConfig } from '../lib/editor/config';
import type { PendingRecord } from '../lib/editor/records';
import { t } from '../lib/i18n';
import { EDITOR_COMPONENTS, type EditorComponentName } from '../lib/body-components';

/** The little of Decap's API this file uses (Immutable maps for entries). */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

interface ControlProps {
  value: unknown;
  entry: ImmutableMap;
}

type ControlClass = new (props: ControlProps) => { props: ControlProps; isValid?: () => unknown };

interface Decap {
  init(options: { config: EditorConfig }): void;
  getWidget(name: string): { control: ControlClass; preview: unknown };
  registerWidget(name: string, control: ControlClass, preview?: unknown): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
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
      id: name.toLowerCase(),
      label: labels.label,
      fields: name === 'Nota' ? [...attributes, { name: 'body', label: labels.body, widget: 'text' }] : attributes,
      pattern: getComponentPattern(name),
      fromBlock: (match: string[]) => toComponentValues(name, match),
      toBlock: (values: Record<string, string>) => toComponentBlock(name, values),
      toPreview: (values: Record<string, string>) => toComponentBlock(name, values),
    });
  }
}

/** The note field of a piece of evidence: required when the task was postponed. */
function registerPostponedNote(cms: Decap): void {
  const text = cms.getWidget('text');
  class PostponedNote extends text.control {
    constructor(props: ControlProps) {
      super(props);
      this.isValid = () => {
        const postponed = this.props.entry.getIn(['data', 'aplazada']) === true;
        const note = this.props.value;
        return postponed && !(typeof note === 'string' && note.trim() !== '') ? { error: { type: 'CUSTOM', message: e.postponedNeedsNote } } : true;
      };
    }
  }
  cms.registerWidget('nota-aplazada', PostponedNote, text.preview);
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
      const record = records.find((candidate) => candidate.plan === plan && candidate.periodo === period);
      if (!record) throw new Error(e.record.missing(plan, period));
      return data.set('cifras', record.cifras).set('productos', record.productos);
    },
  });
}

export function startEditor(): void {
  const config = readJson<EditorConfig>('editor-config');
  const records = readJson<PendingRecord[]>('editor-records');
  window.CMS_MANUAL_INIT = true;
  const script = document.createElement('script');
  script.src = new URL('decap-cms.js', document.baseURI).href;
  script.addEventListener('load', () => {
    const cms = window.CMS!;
    registerBodyComponents(cms);
    registerPostponedNote(cms);
    registerReportRecord(cms, records);
    cms.init({ config });
  });
  document.head.append(script);
}
