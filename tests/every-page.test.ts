import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/lib/site/security';
import { listPages, useServedSite } from './support/browser';
import { getCheckedSites } from './support/checked-sites';

describe.each(getCheckedSites())('every page of the $name site', ({ build: site }) => {
  const served = useServedSite(site.outDir);

  test('makes no request to any other host, sets no cookie and breaks no rule of its Content Security Policy', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    let path = '';
    page.on('request', (request) => {
      if (!request.url().startsWith(served.url) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    // A blocked script, style or request is reported as a console error.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    const pages = listPages(site.outDir);
    for (path of pages) {
      const response = await page.goto(`${served.url}${path}`, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy, path).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
