import { describe, expect, test } from 'vitest';
import { APPLICATION_ID_PATTERN, REPOSITORY_PATTERN, isBranchName, isHttpsUrl } from './repository';

describe('REPOSITORY_PATTERN', () => {
  test('accepts owner/name with letters, digits, dots, hyphens and underscores', () => {
    for (const name of ['enterritorio/avance-participacion', 'Entidad_2/sitio.web', 'a/b']) expect(REPOSITORY_PATTERN.test(name)).toBe(true);
  });

  test('refuses one part, three parts, empty parts, spaces, accents and parts made only of dots', () => {
    for (const name of ['avance', 'a/b/c', '/b', 'a/', 'a//b', 'mi entidad/sitio', 'participación/sitio', '../sitio', 'entidad/..', 'https://github.com/a/b']) {
      expect(REPOSITORY_PATTERN.test(name)).toBe(false);
    }
  });
});

describe('isBranchName', () => {
  test('accepts the usual branch names, with slashes', () => {
    for (const name of ['main', 'master', 'publicacion', 'feature/editor-web', 'v1.2', 'rama_de-prueba']) expect(isBranchName(name)).toBe(true);
  });

  test('refuses spaces, two dots, a leading hyphen and what git itself refuses', () => {
    for (const name of ['', 'mi rama', 'a..b', '-main', '/main', 'main/', 'main.', 'a//b', 'a@{1}', '@', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', '.oculta', 'a/.b', 'main.lock', 'a\tb']) {
      expect(isBranchName(name)).toBe(false);
    }
  });
});

describe('isHttpsUrl', () => {
  test('accepts an https address, with or without a path', () => {
    for (const url of ['https://gitlab.entidad.gov.co', 'https://auth.entidad.gov.co/', 'https://entidad.gov.co/gitlab']) expect(isHttpsUrl(url)).toBe(true);
  });

  test('refuses other schemes, incomplete addresses, credentials, queries, fragments and spaces', () => {
    for (const url of ['http://gitlab.entidad.gov.co', 'gitlab.entidad.gov.co', 'https:gitlab.entidad.gov.co', 'https://', 'https://usuario:clave@gitlab.entidad.gov.co', 'https://gitlab.entidad.gov.co/?a=1', 'https://gitlab.entidad.gov.co/#a', 'https://gitlab.entidad .gov.co', ' https://gitlab.entidad.gov.co', 'javascript:alert(1)']) {
      expect(isHttpsUrl(url)).toBe(false);
    }
  });
});

describe('APPLICATION_ID_PATTERN', () => {
  test('accepts the letters and digits of a GitLab Application ID and refuses anything else', () => {
    expect(APPLICATION_ID_PATTERN.test('4f1c2a9b8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b')).toBe(true);
    for (const id of ['', 'abc def', 'abc-def', 'abc\n']) expect(APPLICATION_ID_PATTERN.test(id)).toBe(false);
  });
});
