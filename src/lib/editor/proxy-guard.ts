/**
 * What the local proxy of `npm run editor` lets through. Decap CMS's proxy (decap-server) writes
 * any path inside the folder it serves, which is the whole project: a page that reached it could
 * change the site's code. Requests must come to the proxy's own address (a rebound DNS name
 * does not), and every path they name must be inside content/ or public/.
 */

/** The request fields decap-server reads as paths of the repository. */
const PATH_KEYS = new Set(['path', 'newPath', 'folder', 'mediaFolder']);

/** A path inside content/ or public/, with no step back (`..`) or aside (`.`). */
function isAllowedPath(path: string): boolean {
  const [top, ...rest] = path.replace(/\\/g, '/').split('/');
  return (top === 'content' || top === 'public') && rest.length > 0 && rest.every((part) => part !== '' && part !== '.' && part !== '..');
}

function getPaths(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return PATH_KEYS.has(key) || key === 'paths' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => getPaths(item, key === 'paths' ? 'paths' : ''));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, item]) => getPaths(item, name));
}

/** Why a request to the local proxy is refused, in English for the terminal; undefined when it may pass. */
export function getProxyRefusal(host: string | undefined, allowedHosts: readonly string[], body: unknown): string | undefined {
  if (!host || !allowedHosts.includes(host)) return `refused: Host ${host ?? '(none)'} is not the proxy's address`;
  const outside = getPaths(body).find((path) => !isAllowedPath(path));
  return outside === undefined ? undefined : `refused: ${outside} is outside content/ and public/`;
}
