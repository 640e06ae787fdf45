import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security';

function toDirectives(policy: string): Record<string, string> {
  return Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.slice(directive.indexOf(' ') + 1)]));
}

describe('the Content Security Policy', () => {
  test('allows scripts and styles from the site only, and no inline code, on published pages', () => {
    const directives = toDirectives(CONTENT_SECURITY_POLICY);
    expect(directives['script-src']).toBe("'self' 'wasm-unsafe-eval'");
    expect(directives['style-src']).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  test('under astro dev, allows inline styles and nothing else more', () => {
    const published = toDirectives(CONTENT_SECURITY_POLICY);
    const dev = toDirectives(DEV_CONTENT_SECURITY_POLICY);
    expect(dev['style-src']).toBe("'self' 'unsafe-inline'");
    expect({ ...dev, 'style-src': published['style-src'] }).toEqual(published);
  });

  test('is sent by hosts that can send headers, which also forbid framing', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});
