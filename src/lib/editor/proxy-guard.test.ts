import { expect, test } from 'vitest';
import { getProxyRefusal } from './proxy-guard';

const HOSTS = ['127.0.0.1:8081', 'localhost:8081'];

test('lets the editor read and write content and documents through the proxy', () => {
  expect(getProxyRefusal('127.0.0.1:8081', HOSTS, { action: 'info' })).toBeUndefined();
  expect(
    getProxyRefusal('127.0.0.1:8081', HOSTS, {
      action: 'persistEntry',
      params: {
        entry: { path: 'content/evidencias/2021/a.mdx', raw: '---' },
        assets: [{ path: 'public/documentos/2021/acta.pdf', content: '', encoding: 'base64' }],
        options: { commitMessage: 'x' },
      },
    }),
  ).toBeUndefined();
});

test('refuses a request sent to another host name, as a page using a rebound DNS name would send it', () => {
  expect(getProxyRefusal('atacante.example:8081', HOSTS, { action: 'info' })).toMatch(/Host/);
  expect(getProxyRefusal(undefined, HOSTS, { action: 'info' })).toMatch(/Host/);
});

test('refuses any path outside content/ and public/, however it is written', () => {
  for (const path of ['astro.config.mjs', 'src/pages/index.astro', '.git/hooks/pre-commit', 'content/../package.json', 'public/./x', '/etc/passwd']) {
    expect(getProxyRefusal('127.0.0.1:8081', HOSTS, { action: 'persistEntry', params: { entry: { path } } }), path).toMatch(/outside/);
  }
  expect(getProxyRefusal('127.0.0.1:8081', HOSTS, { action: 'deleteFiles', params: { paths: ['content/a.mdx', 'package.json'] } })).toMatch(/package\.json/);
  expect(getProxyRefusal('127.0.0.1:8081', HOSTS, { action: 'entriesByFolder', params: { folder: 'src' } })).toMatch(/outside/);
});
