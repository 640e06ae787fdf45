import { describe, expect, test } from 'vitest';
import { getCommitUrl, getEditUrl, toEditableEntry, type EditableEntry } from './edit-link';
import { siteSchema } from '../content/schemas';

/** Site data as the schema leaves it, so defaults (servicio, rama) are the real ones. */
function toSite(fields: Record<string, unknown>) {
  return siteSchema.parse({ entidad: 'ENTerritorio', ...fields });
}

const evidence: EditableEntry = { collection: 'evidencias', path: 'evidencias/2021/2021-06-30-video-youtube.mdx' };
const plan: EditableEntry = { collection: 'planes', path: 'planes/2021.yaml' };
const atRoot = { localEditor: false, base: '/' };

describe('getEditUrl', () => {
  test('gives no link when sitio.yaml names neither a repository nor an editor', () => {
    expect(getEditUrl(toSite({}), evidence, atRoot)).toBeUndefined();
  });

  test('opens the file in GitHub\'s editor, on the default branch main', () => {
    const site = toSite({ repositorio: { nombre: 'enterritorio/avance-participacion' } });
    expect(getEditUrl(site, evidence, atRoot)).toEqual({
      url: 'https://github.com/enterritorio/avance-participacion/edit/main/content/evidencias/2021/2021-06-30-video-youtube.mdx',
      kind: 'repositorio',
      service: 'github',
    });
    expect(getEditUrl(site, plan, atRoot)?.url).toBe('https://github.com/enterritorio/avance-participacion/edit/main/content/planes/2021.yaml');
  });

  test('opens the file in gitlab.com\'s editor, on the branch sitio.yaml names', () => {
    const site = toSite({ repositorio: { servicio: 'gitlab', nombre: 'entidad/plan', rama: 'publicacion' } });
    expect(getEditUrl(site, evidence, atRoot)).toEqual({
      url: 'https://gitlab.com/entidad/plan/-/edit/publicacion/content/evidencias/2021/2021-06-30-video-youtube.mdx',
      kind: 'repositorio',
      service: 'gitlab',
    });
  });

  test('opens the file on the entity\'s own GitLab, with or without a slash at the end of its address', () => {
    for (const servidor of ['https://gitlab.entidad.gov.co', 'https://gitlab.entidad.gov.co/']) {
      const site = toSite({ repositorio: { servicio: 'gitlab', nombre: 'entidad/plan', servidor } });
      expect(getEditUrl(site, plan, atRoot)?.url).toBe('https://gitlab.entidad.gov.co/entidad/plan/-/edit/main/content/planes/2021.yaml');
    }
  });

  test('encodes each segment of the branch and of the path, keeping the slashes between them', () => {
    const site = toSite({ repositorio: { nombre: 'entidad/plan', rama: 'cambios/año#2' } });
    const entry: EditableEntry = { collection: 'informes', path: 'informes/2021/i semestre?.mdx' };
    expect(getEditUrl(site, entry, atRoot)?.url).toBe('https://github.com/entidad/plan/edit/cambios/a%C3%B1o%232/content/informes/2021/i%20semestre%3F.mdx');
  });

  test('opens the web editor at the entry when sitio.yaml sets editor, before the repository', () => {
    const site = toSite({ repositorio: { nombre: 'entidad/plan' }, editor: { autenticacion: 'https://auth.entidad.gov.co' } });
    expect(getEditUrl(site, evidence, atRoot)).toEqual({
      url: '/admin/#/collections/evidencias/entries/2021/2021-06-30-video-youtube',
      kind: 'editor',
    });
  });

  test('names a plan in the web editor by its file name, without the .yaml extension', () => {
    const site = toSite({ repositorio: { servicio: 'gitlab', nombre: 'entidad/plan' }, editor: { aplicacion: 'abc123' } });
    expect(getEditUrl(site, plan, atRoot)?.url).toBe('/admin/#/collections/planes/entries/2021');
  });

  test('opens the web editor under the site\'s base path', () => {
    const site = toSite({ repositorio: { nombre: 'entidad/plan' }, editor: { autenticacion: 'https://auth.entidad.gov.co' } });
    for (const base of ['/sub/', '/sub']) {
      expect(getEditUrl(site, evidence, { localEditor: false, base })?.url).toBe('/sub/admin/#/collections/evidencias/entries/2021/2021-06-30-video-youtube');
    }
  });

  test('opens the local web editor while it runs, even when sitio.yaml names no repository', () => {
    expect(getEditUrl(toSite({}), evidence, { localEditor: true, base: '/sub/' })).toEqual({
      url: '/sub/admin/#/collections/evidencias/entries/2021/2021-06-30-video-youtube',
      kind: 'editor',
    });
    const site = toSite({ repositorio: { nombre: 'entidad/plan' } });
    expect(getEditUrl(site, evidence, { localEditor: true, base: '/' })?.kind).toBe('editor');
  });

  test('encodes the entry\'s name in the web editor\'s address', () => {
    const entry: EditableEntry = { collection: 'actividades', path: 'actividades/2021/foro jóvenes.mdx' };
    expect(getEditUrl(toSite({}), entry, { localEditor: true, base: '/' })?.url).toBe('/admin/#/collections/actividades/entries/2021/foro%20j%C3%B3venes');
  });
});

describe('toEditableEntry', () => {
  test('puts the entry id in its collection\'s folder, with the extension of its file', () => {
    expect(toEditableEntry('evidencias', '2021/2021-06-30-video-youtube', 'tests/fixtures/muestra/content/evidencias/2021/2021-06-30-video-youtube.mdx')).toEqual(evidence);
    expect(toEditableEntry('planes', '2021', 'content/planes/2021.yaml')).toEqual(plan);
  });
});

describe('getCommitUrl', () => {
  test('leads to the commit on GitHub, on gitlab.com and on the entity\'s own GitLab', () => {
    const hash = 'd838176ecee39377e0252674591d4a00e92464a1';
    expect(getCommitUrl(toSite({ repositorio: { nombre: 'enterritorio/avance' } }).repositorio!, hash)).toBe(`https://github.com/enterritorio/avance/commit/${hash}`);
    expect(getCommitUrl(toSite({ repositorio: { servicio: 'gitlab', nombre: 'enterritorio/avance' } }).repositorio!, hash)).toBe(
      `https://gitlab.com/enterritorio/avance/-/commit/${hash}`,
    );
    expect(
      getCommitUrl(toSite({ repositorio: { servicio: 'gitlab', nombre: 'enterritorio/avance', servidor: 'https://git.entidad.gov.co/' } }).repositorio!, hash),
    ).toBe(`https://git.entidad.gov.co/enterritorio/avance/-/commit/${hash}`);
  });
});
