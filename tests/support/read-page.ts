/** Reading built pages as a visitor sees them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML of a built page, by its path: "" for the home page, "2021/informes/i-semestre" for a report, "/404.html". */
export function readPage(outDir: string, path: string): string {
  return readFileSync(path.endsWith('.html') ? join(outDir, path) : join(outDir, path, 'index.html'), 'utf8');
}

/** The text a reader sees: tags removed, spaces collapsed. */
export function toText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

export function readPageText(outDir: string, path: string): string {
  return toText(readPage(outDir, path));
}
