/**
 * The edit links of pages and of each piece of evidence: what sitio.yaml says about the
 * repository and the web editor, and whether `npm run editor` runs the editor beside the site.
 */
import { getCatalog, getSiteData } from './load-catalog';
import { toEditorConfig, type EditorConfig } from '../lib/editor/config';
import { t } from '../lib/i18n';
import { getEditUrl, toEditableEntry, type EditLink } from '../lib/editor/edit-link';
import type { EditorKind } from '../lib/editor/config';
import type { Evidence } from '../lib/content/catalog';

/**
 * The local proxy's address while `npm run editor` runs the site (it sets EDITOR_LOCAL): the
 * editor then saves to the folder on disk, and pages lead to it even where sitio.yaml sets none.
 * Only the dev server reads it: a build never publishes an editor that saves to 127.0.0.1.
 */
export function getLocalEditorProxy(env: Record<string, string | undefined> = process.env, dev = import.meta.env.DEV): string | undefined {
  const value = env.EDITOR_LOCAL ?? '';
  if (value === '' || !dev) return undefined;
  if (!/^http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\//.test(value)) throw new Error(t.editor.local.badProxy(value));
  return value;
}

/** The branch `npm run editor -- --propuestas` merges published changes into (EDITOR_REVIEWS). */
export function getLocalReviewBranch(env: Record<string, string | undefined> = process.env, dev = import.meta.env.DEV): string | undefined {
  return getLocalEditorProxy(env, dev) === undefined ? undefined : env.EDITOR_REVIEWS || undefined;
}

/**
 * The web editor's configuration for this site, or undefined when it has none: one decision
 * for the editor's page and for the scripts the build copies. It reads content/sitio.yaml
 * alone, so the editor opens even while another file has a problem, to fix it there.
 */
export async function getEditorConfig(siteUrl?: URL): Promise<EditorConfig | undefined> {
  const site = await getSiteData();
  return site && toEditorConfig({ site, localProxy: getLocalEditorProxy(), localBranch: getLocalReviewBranch(), siteUrl: siteUrl?.href });
}

/** The edit link of what one content file makes; undefined when sitio.yaml names no repository or editor. */
export async function getEditLink(collection: EditorKind, entryId: string, file: string): Promise<EditLink | undefined> {
  const { site } = await getCatalog();
  return getEditUrl(site, toEditableEntry(collection, entryId, file), { localEditor: getLocalEditorProxy() !== undefined, base: import.meta.env.BASE_URL });
}

/** The edit links of pieces of evidence, by entry id, for the pages that list them. */
export async function getEvidenceEditLinks(evidence: readonly Evidence[]): Promise<Map<string, EditLink>> {
  const links = await Promise.all(evidence.map(async (item) => [item.entryId, await getEditLink('evidencias', item.entryId, item.file)] as const));
  return new Map(links.flatMap(([id, link]) => (link ? [[id, link] as const] : [])));
}
