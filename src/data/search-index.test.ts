import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSearchIndexes } from './search-index';

const root = mkdtempSync(join(tmpdir(), 'busqueda-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A page as BaseLayout writes it: searchable or not, with its plan filter if it is about a plan. */
function toPage(title: string, options: { searchable?: boolean; plan?: string } = {}): string {
  const { searchable = true, plan } = options;
  const filter = plan ? `<div hidden><span data-pagefind-filter="plan:${plan}"></span></div>` : '';
  return `<!DOCTYPE html><html lang="es-CO"><head><title>${title}</title></head><body><main${searchable ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Evidencias de ${title}.</p>${filter}</main></body></html>`;
}

const PAGES: Record<string, string> = {
  'index.html': toPage('Inicio'),
  'glosario/index.html': toPage('Glosario'),
  '2021/index.html': toPage('Plan 2021', { plan: 'Plan 2021' }),
  '2021/actividades/foro/index.html': toPage('Foro', { plan: 'Plan 2021' }),
  '2021/evidencias/index.html': toPage('Evidencias 2021', { searchable: false }),
  '2022/index.html': toPage('Plan 2022', { plan: 'Plan 2022' }),
};

/** A built site in a new folder: the pages above, with `changes` written over them. */
function toSite(name: string, changes: Record<string, string> = {}): string {
  const outDir = join(root, name);
  for (const [file, html] of Object.entries({ ...PAGES, ...changes })) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), html);
  }
  return outDir;
}

/** Every file under `dir` with its bytes, by path. */
function getFiles(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => join(entry.parentPath, entry.name)).sort().map((file) => [relative(dir, file), readFileSync(file).toString('base64')]));
}

describe('the search indexes', () => {
  const cacheDir = join(root, 'cache');
  const edit = { '2022/index.html': toPage('Plan 2022 corregido', { plan: 'Plan 2022' }) };

  test('hold the searchable pages only, the site\'s in pagefind/ and each plan\'s in its own folder', async () => {
    const outDir = toSite('first');
    expect(await writeSearchIndexes(outDir, cacheDir)).toEqual({ pages: 5, indexes: 3, reused: 0 });
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(outDir, 'pagefind/planes')).sort()).toEqual(['2021', '2022']);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/planes/2021/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.es?.page_count).toBe(2);
    // A merged index is read for its data: Pagefind's script comes from the site's index.
    expect(readdirSync(join(outDir, 'pagefind/planes/2021')).filter((name) => name.endsWith('.js'))).toEqual([]);
  });

  test('are copied from the cache when their pages did not change, byte for byte what Pagefind writes', async () => {
    const rebuilt = toSite('rebuilt', edit);
    expect(await writeSearchIndexes(rebuilt, cacheDir)).toEqual({ pages: 5, indexes: 3, reused: 2 });
    const cold = toSite('cold', edit);
    await writeSearchIndexes(cold, join(root, 'cold-cache'));
    expect(getFiles(join(rebuilt, 'pagefind'))).toEqual(getFiles(join(cold, 'pagefind')));
    // The index of the 2022 plan before the edit is no longer used: the cache keeps three.
    expect(readdirSync(cacheDir)).toHaveLength(3);
  });

  test('are built again, the same, when the cache is lost', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const outDir = toSite('again', edit);
    expect(await writeSearchIndexes(outDir, cacheDir)).toEqual({ pages: 5, indexes: 3, reused: 0 });
    expect(getFiles(join(outDir, 'pagefind'))).toEqual(getFiles(join(root, 'cold', 'pagefind')));
  });
});
