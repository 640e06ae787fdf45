/**
 * `npm run comparar -- --base=<folder>`: the figures of the content in <folder> (a checkout of
 * the pull request's base) against the content here, as a Spanish Markdown summary for
 * reviewers. The pull-request workflow appends it to the run's summary page.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { getContentDir, getToday, readContentFiles } from '../src/data/read-content';
import { formatComparison, getFigures } from '../src/lib/compare';
import { validateContent } from '../src/lib/validate';

const { values } = parseArgs({ options: { base: { type: 'string' } } });
if (!values.base) {
  console.error('Uso: npm run comparar -- --base=<carpeta con la versión anterior del proyecto>');
  process.exit(2);
}

function readCatalog(root: string, contentDir: string) {
  return validateContent(readContentFiles(root, contentDir), contentDir, getToday());
}

const contentDir = getContentDir();
const before = readCatalog(resolve(values.base), contentDir);
const after = readCatalog(process.cwd(), contentDir);
process.stdout.write(formatComparison(getFigures(before.catalog), getFigures(after.catalog), after.problems.length));
