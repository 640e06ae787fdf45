/**
 * Which addresses content may link to. Written once: the frontmatter schemas and the check
 * of MDX bodies both use it, so a `javascript:` link is refused wherever an editor types it.
 */
import { findRefusedCharacter } from './characters';

const SCHEME = /^([a-z][a-z0-9+.-]*):/;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

// Browsers drop tabs and line breaks inside addresses and ignore leading spaces and control
// characters, so "java\tscript:" must be read as "javascript:".
function toBrowserForm(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
}

/**
 * true for http:, https: and mailto: addresses and for relative paths (`/datos/`,
 * `informe.pdf`, `#tareas`). false for every other scheme (javascript:, data:, vbscript:,
 * file:…), for `//host` or `\host`, which browsers read as another site, and for an address
 * holding a character no one-line text may hold (src/lib/validation/characters.ts): an invisible one
 * makes it lead elsewhere than it reads.
 */
export function isSafeUrl(url: string): boolean {
  const form = toBrowserForm(url);
  if (form === '' || findRefusedCharacter(url.trim(), 'line')) return false;
  const scheme = SCHEME.exec(form);
  if (scheme) return ALLOWED_SCHEMES.has(scheme[1] ?? '') && !/^https?:\/*$/.test(form);
  return !/^[/\\]{2}|^\/\\|^\\/.test(form);
}

/**
 * Addresses editors write (`enlaces`, `contacto.web`, links in bodies) are shown on several
 * pages, so a relative path or a `#fragment` would mean something different on each: they
 * must be absolute or a path of the site starting with `/`.
 */
export function isLinkUrl(url: string): boolean {
  return isSafeUrl(url) && (SCHEME.test(toBrowserForm(url)) || url.startsWith('/'));
}

/** A path of this site (`/documentos/acta.pdf`, `/logo.svg`), not an address elsewhere. */
export function isSitePath(url: string): boolean {
  return isLinkUrl(url) && url.startsWith('/');
}

/**
 * Images in MDX bodies: files of this site only (`/imagenes/foto.jpg`). An image from another
 * site would make every visitor's browser call it, and the build turns a relative path into
 * an import of that file as code.
 */
export function isBodyImageUrl(url: string): boolean {
  return isSitePath(url);
}

/** The host of an http(s) address, to warn that a link leaves the site; undefined for site paths. */
export function getExternalHost(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url.trim())) return undefined;
  try {
    return new URL(url.trim()).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * true when `url` is a path of this site that leads nowhere: every page's address ends in `/`
 * (trailingSlash: 'always'), so a path without it must name a file of the public folder,
 * whether or not the name has an extension (`/documentos/acta.pdf`, `/documentos/acta`).
 * Pages (`/2021/datos/`) are not checked here. Without `publicFiles`, nothing is missing.
 */
export function isMissingPublicFile(url: string, publicFiles: ReadonlySet<string> | undefined): boolean {
  const path = url.split(/[?#]/)[0] ?? url;
  return publicFiles !== undefined && isSitePath(path) && !path.endsWith('/') && !publicFiles.has(path);
}
