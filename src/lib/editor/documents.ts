/**
 * Documents uploaded through the web editor: where they go, how they are linked, and what the
 * form says before saving one the site would refuse (the same rules as validation's).
 */
import { toAllowedName } from '../validation/file-names';
import { PUBLIC_FILE_TYPES } from '../validation/found-files';
import { t } from '../i18n';

/** Where the editor uploads documents, from the repository's root, and how the site serves them. */
export const DOCUMENTS_FOLDER = 'public/documentos';
export const DOCUMENTS_PATH = '/documentos';

/**
 * A document's link as the site serves it. The form uploads a new entry's document into its
 * plan's folder (`public/documentos/2021/`), but writes the link before the entry has a folder
 * (`/documentos/acta.pdf`): the plan goes back into the link. Other links stay as they are.
 */
export function toDocumentUrl(url: string, plan: string): string {
  const name = new RegExp(`^${DOCUMENTS_PATH}/([^/]+)$`).exec(url)?.[1];
  return name === undefined ? url : `${DOCUMENTS_PATH}/${plan}/${name}`;
}

/**
 * What is wrong with an uploaded document's name, said for the form; undefined for a link
 * that is not an upload or a name the site publishes. The editor keeps names as chosen on the
 * computer (`Acta_Julio.pdf`), which validation would refuse only later, in the pull request.
 */
export function getDocumentProblem(url: string): string | undefined {
  if (!url.startsWith(`${DOCUMENTS_PATH}/`)) return undefined;
  const name = url.slice(url.lastIndexOf('/') + 1);
  const type = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!PUBLIC_FILE_TYPES.includes(type)) return t.editor.documentType(name);
  const allowed = toAllowedName(name, false);
  return allowed === name ? undefined : t.editor.documentName(name, allowed);
}
