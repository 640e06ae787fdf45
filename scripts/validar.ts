/**
 * `npm run validar`: checks all content in seconds, without building the site, and lists
 * every problem in Spanish. Exit code 1 when there is any, so CI and editors' tools can stop.
 */
import { getContentDir, getToday, readContentFiles } from '../src/data/read-content';
import { t } from '../src/lib/i18n';
import { formatProblems } from '../src/lib/problems';
import { validateContent } from '../src/lib/validate';

const contentDir = getContentDir();
const files = readContentFiles(process.cwd(), contentDir);
const { problems } = validateContent(files, contentDir, getToday());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(t.integrity.allGood(files.length));
}
