/** Writes the synthetic content of src/lib/testing/synthetic.ts to a folder: for the benchmark, `npm run generar` and tests. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getSyntheticContent } from '../lib/testing/synthetic';
import { getToday } from './read-content';

/** Replaces `dir` with `activities` synthetic activities and their plans, evidence and reports; returns the number of files. */
export function toSyntheticFolder(dir: string, activities: number, seed = 1): number {
  rmSync(dir, { recursive: true, force: true });
  const files = getSyntheticContent({ activities, seed, today: getToday() });
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return files.length;
}
