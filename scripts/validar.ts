/**
 * `npm run validar`: checks all content in seconds, without building the site, and lists
 * every problem in Spanish. Exit code 1 when there is an error (warnings are listed and pass),
 * so CI and editors' tools can stop.
 * `npm run validar -- --formato=github` also prints each problem as a GitHub Actions
 * annotation, which the pull request shows beside the line of the changed file, and lists
 * them all on the run's summary page.
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getContentDir, getToday, listPublicFiles, readContentFiles } from '../src/data/read-content';
import { t } from '../src/lib/i18n';
import { formatGithubAnnotation, formatProblems, formatProblemsMarkdown, isError } from '../src/lib/validation/problems';
import { validateContent } from '../src/lib/validation/validate';

const { values } = parseArgs({ options: { formato: { type: 'string', default: 'texto' } } });
if (values.formato !== 'texto' && values.formato !== 'github') {
  console.error(t.integrity.unknownFormat(values.formato));
  process.exit(2);
}

const contentDir = getContentDir();
const files = readContentFiles(process.cwd(), contentDir);
const { problems } = validateContent(files, contentDir, getToday(), listPublicFiles(process.cwd()));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  if (values.formato === 'github') {
    console.log(problems.map(formatGithubAnnotation).join('\n'));
    // GitHub shows only the first annotations of a step beside the lines: the run's summary page lists them all.
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${formatProblemsMarkdown(problems)}\n`);
  }
}
// Warnings are shown but do not stop publication.
if (problems.some(isError)) process.exitCode = 1;
else console.log(t.integrity.allGood(files.length));
