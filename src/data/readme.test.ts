import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../lib/site/security';

test('the README documents exactly the security headers the site is tested with', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- security-headers: start -->'), readme.indexOf('<!-- security-headers: end -->'));
  const rows = [...table.matchAll(/^\s*\| `([^`]+)` \| `([^`]+)` \|$/gm)].map((match) => [match[1], match[2]]);
  expect(Object.fromEntries(rows)).toEqual(SECURITY_HEADERS);
});
