import { expect, inject, test } from 'vitest';
import { getDigests } from './support/digests';

test('a rebuild of the same commit with the cache the first build left produces byte-identical files', () => {
  const first = getDigests(inject('site').outDir);
  const second = getDigests(inject('rebuiltSite').outDir);
  expect(Object.keys(first)).toContain('index.html');
  expect(second).toEqual(first);
});
