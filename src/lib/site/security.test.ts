import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, toEditorContentSecurityPolicy } from './security';

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

describe('the web editor\'s Content Security Policy', () => {
  const origins = ['https://gitlab.entidad.gov.co'];
  const editor = toDirectives(toEditorContentSecurityPolicy(origins));

  test('lets the editor talk to the given origins and the site, and to no other host', () => {
    const hostsOf = (policy: string) => toDirectives(policy)['connect-src']!.split(' ').filter((source) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source));
    expect(editor['connect-src']!.split(' ')).toEqual(expect.arrayContaining(["'self'", 'https://gitlab.entidad.gov.co']));
    expect(hostsOf(toEditorContentSecurityPolicy(origins))).toEqual(origins);
    expect(hostsOf(toEditorContentSecurityPolicy(['https://api.github.com']))).toEqual(['https://api.github.com']);
    expect(hostsOf(toEditorContentSecurityPolicy(['http://localhost:8081']))).toEqual(['http://localhost:8081']);
    expect(hostsOf(toEditorContentSecurityPolicy([]))).toEqual([]);
    // Scripts and styles still come from the site alone; the only other host is GitHub's avatars, as images.
    const hosts = Object.entries(editor).flatMap(([directive, sources]) =>
      sources.split(' ').filter((source) => /^https?:/.test(source)).map((source) => `${directive} ${source}`),
    );
    expect(hosts).toEqual(['img-src https://avatars.githubusercontent.com', 'connect-src https://gitlab.entidad.gov.co']);
    expect(editor['script-src']).toBe("'self' 'unsafe-eval'");
    expect(editor['default-src']).toBe("'self'");
  });

  test('forbids frames, plugins and form submissions', () => {
    expect(editor['frame-src']).toBe("'none'");
    expect(editor['object-src']).toBe("'none'");
    expect(editor['form-action']).toBe("'none'");
  });

  test('never loosens the citizen pages\' policy', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|blob:/);
    expect(toDirectives(CONTENT_SECURITY_POLICY)['connect-src']).toBe("'self'");
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toContain("'unsafe-eval'");
  });
});
