/**
 * What `repositorio` and `editor` in sitio.yaml may name. Their values end up in addresses
 * (edit links, the web editor's sign-in), so each is checked before any page uses it.
 */

/**
 * `owner/name`, as GitHub and GitLab spell a project in its address. A part made only of dots
 * would make the address point somewhere else (`..` climbs a level).
 */
export const REPOSITORY_PATTERN = /^(?!\.+\/)[A-Za-z0-9._-]+\/(?!\.+$)[A-Za-z0-9._-]+$/;

/** The Application ID GitLab shows for an OAuth application: letters and digits. */
export const APPLICATION_ID_PATTERN = /^[A-Za-z0-9]+$/;

/**
 * Roughly git's own rule for a branch name (git check-ref-format): enough to refuse what an
 * editor mistypes (a space, `..`, a leading `-`) and what git would refuse anyway.
 */
export function isBranchName(name: string): boolean {
  if (name === '' || name === '@' || name.length > 255) return false;
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return false;
  if (name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.')) return false;
  if (name.includes('..') || name.includes('//') || name.includes('@{')) return false;
  return name.split('/').every((part) => !part.startsWith('.') && !part.endsWith('.lock'));
}

/**
 * An https address of a service (a self-hosted GitLab, the sign-in helper): written out in
 * full, with no user name, password, query or fragment, which these addresses never need and
 * which would hide where they lead.
 */
export function isHttpsUrl(url: string): boolean {
  if (!/^https:\/\/[^/\s]/i.test(url) || /\s/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '' && parsed.search === '' && parsed.hash === '';
  } catch {
    return false;
  }
}

/** Where the repository's files live in it, whatever CONTENT_DIR a build reads them from. */
export const CONTENT_FOLDER = 'content';

/** The GitLab a repository is on: its own server (without a trailing slash) or gitlab.com. */
export function getGitLabServer(servidor: string | undefined): string {
  return (servidor ?? 'https://gitlab.com').replace(/\/+$/, '');
}
