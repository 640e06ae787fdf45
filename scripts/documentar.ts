/**
 * `npm run documentar`: rewrites the field reference of CONTRIBUTING.md from the schemas.
 * A unit test fails when someone changes a schema and forgets to run it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toGuideWithFieldReference } from '../src/lib/content/field-reference';

const path = 'CONTRIBUTING.md';
const current = readFileSync(path, 'utf8');
const updated = toGuideWithFieldReference(current);
if (updated !== current) writeFileSync(path, updated);
console.log(updated === current ? `${path}: la referencia de campos ya estaba al día.` : `${path}: referencia de campos actualizada.`);
