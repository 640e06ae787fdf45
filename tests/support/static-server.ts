/**
 * A plain static file server, as the simplest host would be: files only, no rewrites. If the
 * site works here, under a sub-path too, it works on GitHub Pages, S3 or a ministry's Apache.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Origin and base, without the trailing slash: `${url}/2021/` is a page. */
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, file: string) => {
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      // Hosts compress text (GitHub Pages, Netlify, Apache with mod_deflate): so does this one.
      if (/text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        response.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        return response.end(gzipSync(readFileSync(file)));
      }
      response.writeHead(status, { 'Content-Type': type });
      createReadStream(file).pipe(response);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) return send(404, page);
      response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html']! });
      response.end('404');
    };
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
    const file = normalize(join(root, pathname.slice(prefix.length)));
    if (file !== normalize(root) && !file.startsWith(normalize(root + sep))) return notFound();
    if (!existsSync(file)) return notFound();
    if (!statSync(file).isDirectory()) return send(200, file);
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${pathname}/` });
      return response.end();
    }
    const index = join(file, 'index.html');
    return existsSync(index) ? send(200, index) : notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix.replace(/\/$/, '')}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
