/**
 * The "Editar esta página" link of what one content file makes (an activity, a piece of
 * evidence, a report, a plan): to the site's web editor when it has one, else to the file in
 * GitHub's or GitLab's own editor, else none.
 */
import { CONTENT_FOLDER, getGitLabServer } from './repository';
import { getEditorPath, toHref } from '../site/routes';
import type { EditorKind } from './config';
import type { SiteData } from '../content/schemas';

/** The folders of content/ that the web editor offers as collections of the same name. */

export interface EditableEntry {
  collection: EditorKind;
  /** Path of the file inside the content folder, e.g. evidencias/2021/2021-06-30-video-youtube.mdx. */
  path: string;
}

export type RepositoryService = NonNullable<SiteData['repositorio']>['servicio'];

/** `editor`: the site's web editor (/admin/); `repositorio`: the file in the service's own editor. */
export type EditLink = { url: string; kind: 'editor' } | { url: string; kind: 'repositorio'; service: RepositoryService };

export type EditLinkKind = EditLink['kind'];

export interface EditOptions {
  /** true while the web editor runs beside `astro dev` (npm run editor), even without `editor` in sitio.yaml. */
  localEditor: boolean;
  /** The base the site is served from, e.g. / or /sub/. */
  base: string;
}

/** Where the content folder sits in the repository: the edit link opens the file there. */


/** Each segment encoded, the slashes kept: a file or branch name must not change the address's shape. */
function toEncodedPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The entry as the web editor names it: its path inside the collection's folder, without extension. */
function toEditorSlug(entry: EditableEntry): string {
  const prefix = `${entry.collection}/`;
  const inFolder = entry.path.startsWith(prefix) ? entry.path.slice(prefix.length) : entry.path;
  return inFolder.replace(/\.[^./]+$/, '');
}

/**
 * The entry of a domain object (`Activity`, `Evidence`, `Report`, `Plan`): its entry id is
 * its path inside the collection's folder without extension, and its file (from the project
 * root, wherever the content folder is) gives the extension.
 */
export function toEditableEntry(collection: EditorKind, entryId: string, file: string): EditableEntry {
  const extension = /\.[^./]+$/.exec(file)?.[0] ?? '';
  return { collection, path: `${collection}/${entryId}${extension}` };
}

/**
 * The edit link of an entry: the web editor when sitio.yaml sets `editor` or the local editor
 * runs; else the file in the repository's own editor; undefined when sitio.yaml names neither.
 */
export function getEditUrl(
  site: Pick<SiteData, 'repositorio' | 'editor'>,
  entry: EditableEntry,
  options: EditOptions,
): EditLink | undefined {
  if (site.editor !== undefined || options.localEditor) {
    const hash = `#/collections/${encodeURIComponent(entry.collection)}/entries/${toEncodedPath(toEditorSlug(entry))}`;
    return { url: `${toHref(getEditorPath(), options.base)}${hash}`, kind: 'editor' };
  }
  const repository = site.repositorio;
  if (repository === undefined) return undefined;
  const file = toEncodedPath(`${CONTENT_FOLDER}/${entry.path}`);
  const name = toEncodedPath(repository.nombre);
  const branch = toEncodedPath(repository.rama);
  const url =
    repository.servicio === 'github'
      ? `https://github.com/${name}/edit/${branch}/${file}`
      : `${getGitLabServer(repository.servidor)}/${name}/-/edit/${branch}/${file}`;
  return { url, kind: 'repositorio', service: repository.servicio };
}

/** The page of one commit in the repository's service, where its whole change can be read. */
export function getCommitUrl(repository: NonNullable<SiteData['repositorio']>, hash: string): string {
  const name = toEncodedPath(repository.nombre);
  return repository.servicio === 'github'
    ? `https://github.com/${name}/commit/${encodeURIComponent(hash)}`
    : `${getGitLabServer(repository.servidor)}/${name}/-/commit/${encodeURIComponent(hash)}`;
}
