/**
 * The edit links of pages and of each piece of evidence: what sitio.yaml says about the
 * repository and the web editor, and whether `npm run editor` runs the editor beside the site.
 */
import { getCatalog } from './load-catalog';
import { getEditUrl, toEditableEntry, type EditableCollection, type EditLink } from '../lib/edit-link';

/**
 * The local proxy's address while `npm run editor` runs the site (it sets EDITOR_LOCAL): the
 * editor then saves to the folder on disk, and pages lead to it even where sitio.yaml sets none.
 */
export function getLocalEditorProxy(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env.EDITOR_LOCAL ?? '';
  if (value === '') return undefined;
  if (!/^http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\//.test(value)) {
    throw new Error(`EDITOR_LOCAL debe ser la dirección del servidor local del editor, por ejemplo http://localhost:8081/api/v1 (es: ${value})`);
  }
  return value;
}

/** true when `npm run editor -- --propuestas` keeps each save on its own branch (EDITOR_REVIEWS). */
export function isLocalReviewFlow(env: Record<string, string | undefined> = process.env): boolean {
  return getLocalEditorProxy(env) !== undefined && (env.EDITOR_REVIEWS ?? '') !== '';
}

/** The edit link of what one content file makes; undefined when sitio.yaml names no repository or editor. */
export async function getEditLink(collection: EditableCollection, entryId: string, file: string): Promise<EditLink | undefined> {
  const { site } = await getCatalog();
  return getEditUrl(site, toEditableEntry(collection, entryId, file), { localEditor: getLocalEditorProxy() !== undefined, base: import.meta.env.BASE_URL });
}
