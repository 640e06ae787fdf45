import { describe, expect, test } from 'vitest';
import { getExternalHost, isLinkUrl, isMissingPublicFile, isSafeUrl } from './urls';

describe('isSafeUrl', () => {
  test.each(['https://www.enterritorio.gov.co', 'http://example.org/a', 'mailto:participacion@entidad.gov.co', 'MAILTO:a@b.co'])(
    'accepts web and e-mail address %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );

  test.each(['/documentos/2021/informe.txt', 'informe.pdf', '../datos/', '#tareas', '?filtro=dialogo'])(
    'accepts relative path %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'ftp://example.org',
    '//evil.example',
    '\\\\evil.example',
    '/\\evil.example',
    'https:',
    '',
    'https://www.youtube.com/watch?v=hUYC\u200bEN1ylVY',
    '/documentos/acta\u202efdp.exe',
    'https://ejemplo.gov.co/\u0000',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false));
});

describe('isLinkUrl', () => {
  test('accepts absolute addresses and site paths', () => {
    expect(isLinkUrl('https://www.youtube.com/watch?v=hUYCEN1ylVY')).toBe(true);
    expect(isLinkUrl('/documentos/2021/informe.txt')).toBe(true);
  });

  test('refuses paths relative to the page, whose meaning changes from page to page', () => {
    expect(isLinkUrl('informe.pdf')).toBe(false);
    expect(isLinkUrl('#tareas')).toBe(false);
  });

  test('refuses what isSafeUrl refuses', () => {
    expect(isLinkUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('getExternalHost', () => {
  test('names the host of a web address without its www', () => {
    expect(getExternalHost('https://www.youtube.com/watch?v=hUYCEN1ylVY')).toBe('youtube.com');
    expect(getExternalHost('http://enterritorio.gov.co/')).toBe('enterritorio.gov.co');
  });

  test('says nothing for files of this site or mail addresses', () => {
    expect(getExternalHost('/documentos/2021/informe.txt')).toBeUndefined();
    expect(getExternalHost('mailto:participacion@example.gov.co')).toBeUndefined();
  });
});

describe('isMissingPublicFile', () => {
  const publicFiles = new Set(['/documentos/2021/acta.pdf', '/documentos/2021/acta', '/logo.svg']);

  test('accepts a site path naming a file of the public folder, with or without an extension, a query or a fragment', () => {
    expect(['/documentos/2021/acta.pdf', '/documentos/2021/acta', '/logo.svg?v=2', '/documentos/2021/acta.pdf#page=3'].filter((url) => isMissingPublicFile(url, publicFiles))).toEqual([]);
  });

  test('refuses a site path without a trailing slash that names no file, whether or not it has an extension', () => {
    expect(['/documentos/2021/otra.pdf', '/documentos/2021/otra', '/documentos/2021', '/2021/datos', '/LOGO.SVG'].filter((url) => isMissingPublicFile(url, publicFiles))).toHaveLength(5);
  });

  test('leaves pages, which end in a slash, and other sites alone', () => {
    expect(['/2021/datos/', '/', '/2021/informes/i-semestre/#cifras', 'https://www.enterritorio.gov.co/acta', 'mailto:a@b.co'].filter((url) => isMissingPublicFile(url, publicFiles))).toEqual([]);
  });

  test('finds nothing missing without the list of public files', () => {
    expect(isMissingPublicFile('/documentos/2021/otra', undefined)).toBe(false);
  });
});
