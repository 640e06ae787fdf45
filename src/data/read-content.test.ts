import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listPublicFiles, readContentFiles, readFileText } from './read-content';

let root = '';
let outside = '';

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'read-content-'));
  // What a link could bring in: a file beside the project, as a key or a configuration would be.
  outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(outside, 'secreto.txt'), 'clave');
  write('content/sitio.yaml', '\ufeffentidad: ENTerritorio\r\n');
  write('public/documentos/acta.pdf', 'pdf');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const byPath = <Item extends { path: string }>(items: Item[]) => [...items].sort((a, b) => a.path.localeCompare(b.path));

describe('reading the content folder', () => {
  test('reads each regular file as it is, byte-order mark and Windows line breaks included', () => {
    expect(readContentFiles(root, 'content')).toEqual([{ path: 'content/sitio.yaml', text: '\ufeffentidad: ENTerritorio\r\n' }]);
  });

  test('refuses symbolic links to files and to folders without reading what they point to', () => {
    mkdirSync(join(root, 'content/evidencias'), { recursive: true });
    symlinkSync(join(outside, 'secreto.txt'), join(root, 'content/evidencias/robada.mdx'));
    symlinkSync(outside, join(root, 'content/evidencias/2022'));
    expect(byPath(readContentFiles(root, 'content'))).toEqual([
      { path: 'content/evidencias/2022', text: '', refusal: { reason: 'symlink' } },
      { path: 'content/evidencias/robada.mdx', text: '', refusal: { reason: 'symlink' } },
      { path: 'content/sitio.yaml', text: '\ufeffentidad: ENTerritorio\r\n' },
    ]);
  });

  test('refuses a folder named like a content file without opening it', () => {
    mkdirSync(join(root, 'content/actividades/2021/foro.mdx'), { recursive: true });
    expect(readContentFiles(root, 'content')).toContainEqual({ path: 'content/actividades/2021/foro.mdx', text: '', refusal: { reason: 'folder' } });
  });

  test.skipIf(process.platform === 'win32')('refuses a FIFO instead of waiting for it forever', () => {
    mkdirSync(join(root, 'content/evidencias'), { recursive: true });
    execFileSync('mkfifo', [join(root, 'content/evidencias/tubo.mdx')]);
    expect(readContentFiles(root, 'content')).toContainEqual({ path: 'content/evidencias/tubo.mdx', text: '', refusal: { reason: 'special' } });
  });

  test('refuses a file that is not UTF-8, on the line where it stops being so', () => {
    write('content/evidencias/2021/nota.mdx', Uint8Array.from([...new TextEncoder().encode('---\nnota: Caf'), 0xe9, 0x0a]));
    expect(readContentFiles(root, 'content')).toContainEqual({
      path: 'content/evidencias/2021/nota.mdx',
      text: '',
      refusal: { reason: 'encoding', line: 2, reading: 'nota: Café' },
    });
  });

  test('skips hidden files, but not a link hidden among them', () => {
    write('content/.gitkeep', '');
    write('content/.borradores/foro.mdx', 'borrador');
    symlinkSync(join(outside, 'secreto.txt'), join(root, 'content/.borradores/enlace'));
    expect(byPath(readContentFiles(root, 'content')).map(({ path, refusal }) => [path, refusal?.reason])).toEqual([
      ['content/.borradores/enlace', 'symlink'],
      ['content/sitio.yaml', undefined],
    ]);
  });

  test('refuses to open a link even when asked for it by name', () => {
    symlinkSync(join(outside, 'secreto.txt'), join(root, 'enlace.mdx'));
    expect(readFileText(join(root, 'enlace.mdx'))).toEqual({ reason: 'symlink' });
  });
});

describe('listing the public folder', () => {
  test('gives the site path of each regular file, and every link as refused, hidden ones included, since the build copies the folder whole', () => {
    write('public/.gitkeep', '');
    symlinkSync(join(outside, 'secreto.txt'), join(root, 'public/secreto.txt'));
    mkdirSync(join(root, 'public/.well-known'));
    symlinkSync(outside, join(root, 'public/.well-known/todo'));
    const folder = listPublicFiles(root, 'public');
    expect([...folder].sort()).toEqual(['/.gitkeep', '/documentos/acta.pdf']);
    expect(folder.dir).toBe('public');
    expect(byPath([...folder.refused])).toEqual([
      { path: 'public/.well-known/todo', refusal: { reason: 'symlink' } },
      { path: 'public/secreto.txt', refusal: { reason: 'symlink' } },
    ]);
  });

  test('refuses what a browser would open as a page or a program of the site: hidden files, pages, scripts, files without a type, SVG with code', () => {
    write('public/.env', 'CLAVE=secreta');
    write('public/documentos/pagina.html', '<script>alert(1)</script>');
    write('public/documentos/codigo.js', 'alert(1)');
    write('public/documentos/acta', 'sin tipo');
    write('public/imagenes/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
    write('public/imagenes/trampa.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const folder = listPublicFiles(root, 'public');
    expect([...folder].sort()).toEqual(['/documentos/acta.pdf', '/imagenes/logo.svg']);
    expect(byPath([...folder.refused])).toEqual([
      { path: 'public/.env', refusal: { reason: 'hidden' } },
      { path: 'public/documentos/acta', refusal: { reason: 'type', type: '' } },
      { path: 'public/documentos/codigo.js', refusal: { reason: 'type', type: 'js' } },
      { path: 'public/documentos/pagina.html', refusal: { reason: 'type', type: 'html' } },
      { path: 'public/imagenes/trampa.svg', refusal: { reason: 'activeSvg' } },
    ]);
  });

  test('refuses the folder itself when it is a link, and lists nothing in it', () => {
    symlinkSync(outside, join(root, 'publico'));
    const folder = listPublicFiles(root, 'publico');
    expect([...folder]).toEqual([]);
    expect(folder.refused).toEqual([{ path: 'publico', refusal: { reason: 'symlink' } }]);
  });
});
