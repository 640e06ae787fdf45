/**
 * Follows every link of a built site from its home page, 404 page and robots.txt, the way a
 * visitor or a search engine would, and reports each internal address that leads nowhere: a missing page,
 * asset, data file, feed, or a #fragment that is not on its page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isEditorPage } from './browser';
import { join } from 'node:path';

export interface CrawlResult {
  /** Pages visited, as site paths with the base, e.g. /participacion/2021/. */
  pages: string[];
  /** Every internal address checked, without fragment. */
  checked: number;
  /** `page → address` for each address that leads nowhere. */
  broken: string[];
}

/** href, src and srcset values, <loc>/<link> in XML (sitemap, feed), Sitemap: in robots.txt. */
function getAddresses(text: string): string[] {
  const attributes = [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
  const srcsets = [...text.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((match) =>
    match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!),
  );
  const xml = [...text.matchAll(/<(?:loc|link)>([^<]*)<\/(?:loc|link)>/g)].map((match) => match[1]!);
  const robots = [...text.matchAll(/^Sitemap: (\S+)$/gm)].map((match) => match[1]!);
  return [...attributes, ...srcsets, ...xml, ...robots].map((address) => address.replace(/&amp;/g, '&'));
}

function getIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!));
}

/**
 * `outDir` is the build output, `base` the BASE_PATH it was built with, `origin` its SITE_URL
 * (absolute addresses on that origin are internal too).
 */
export function getCrawlResult(outDir: string, base: string, origin?: string): CrawlResult {
  const toFile = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const file = join(outDir, decodeURIComponent(pathname.slice(base.length)));
    if (!existsSync(file)) return undefined;
    if (!statSync(file).isDirectory()) return file;
    const index = join(file, 'index.html');
    return pathname.endsWith('/') && existsSync(index) ? index : undefined;
  };
  const starts = [`${base}`, `${base}404.html`];
  const queue = [...starts, `${base}robots.txt`];
  const seen = new Set(queue);
  // Pages a visitor can reach by following links; the sitemap alone does not make a page reachable.
  const linked = new Set(starts);
  const broken: string[] = [];
  const visited: string[] = [];
  let checked = 0;
  while (queue.length > 0) {
    const page = queue.shift()!;
    const file = toFile(page);
    if (!file) continue;
    const isHtml = file.endsWith('.html');
    if (!isHtml && !file.endsWith('.xml') && !file.endsWith('robots.txt')) continue;
    if (isHtml) visited.push(page);
    const text = readFileSync(file, 'utf8');
    for (const address of getAddresses(text)) {
      const url = new URL(address, `http://site.invalid${page}`);
      const internal = url.origin === 'http://site.invalid' || (origin !== undefined && url.origin === origin);
      if (!internal || url.protocol === 'mailto:') continue;
      checked += 1;
      const target = toFile(url.pathname);
      if (!target) {
        broken.push(`${page} → ${address}`);
        continue;
      }
      // The web editor's page is an application: its # addresses are its own routes, not ids.
      if (url.hash && target.endsWith('.html') && !isEditorPage(target)) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!getIds(readFileSync(target, 'utf8')).has(id)) broken.push(`${page} → ${address} (no hay id="${id}")`);
      }
      // A page's canonical link names the page itself: that does not make it reachable.
      if (isHtml && url.pathname !== page) linked.add(url.pathname);
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  return { pages: visited.filter((page) => linked.has(page)), checked, broken };
}
