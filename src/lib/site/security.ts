/**
 * The Content Security Policy every page declares. It is in a <meta> element, so it applies on
 * any host, even one whose headers nobody can change; hosts that can should also send it as a
 * header, with the other headers below (see README). Scripts, styles and data come only from
 * the site itself: no inline code, no third-party host. Pagefind's search compiles WebAssembly
 * ('wasm-unsafe-eval') and fetches its index (connect-src 'self').
 */
const PUBLISHED_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

function toPolicy(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = toPolicy(PUBLISHED_DIRECTIVES);

/**
 * The policy of pages served by `astro dev`, which must look like the built ones. The dev
 * server puts every stylesheet in an inline <style>, and Vite's client adds more when a file
 * changes, so inline styles are allowed there; nothing else differs. Vite's client reaches its
 * WebSocket on the page's own host and port, which connect-src 'self' already allows.
 */
export const DEV_CONTENT_SECURITY_POLICY = toPolicy({ ...PUBLISHED_DIRECTIVES, 'style-src': "'self' 'unsafe-inline'" });

/**
 * The policy of the web editor's page (/admin/), which is not a citizen page: Decap CMS styles
 * its interface with inline styles and compiles its configuration checks with eval, and talks
 * to the repository's service (or to the local proxy of `npm run editor`). Images come from
 * the site, from uploads being prepared (blob:) and, on GitHub, from people's avatars.
 */
export function toEditorContentSecurityPolicy(origins: readonly string[]): string {
  return toPolicy({
    ...PUBLISHED_DIRECTIVES,
    'script-src': "'self' 'unsafe-eval'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob: https://avatars.githubusercontent.com",
    'font-src': "'self' data:",
    'connect-src': ["'self'", 'blob:', ...origins].join(' '),
    'frame-src': "'none'",
    'form-action': "'none'",
  });
}

/** What a host should send with every response; `frame-ancestors` only works as a header. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};
