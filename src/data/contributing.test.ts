import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { toGuideWithFieldReference } from '../lib/content/field-reference';

test('CONTRIBUTING.md carries the field reference of the current schemas (else: npm run documentar)', () => {
  const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
  expect(guide).toBe(toGuideWithFieldReference(guide));
});
