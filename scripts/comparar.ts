/**
 * `npm run comparar`: the published figures of this working copy against another version, as
 * a Spanish Markdown summary for reviewers. Without arguments it compares with the main branch;
 * `--base=<branch, commit or folder>` names another version (the pull-request workflow passes
 * the commit the pull request starts from and appends the summary to the run's page).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getDefaultBase, isGitRef, readContentFilesAt } from '../src/data/git-content';
import { getContentDir, getToday, readContentFiles } from '../src/data/read-content';
import { formatComparison, getFigures } from '../src/lib/progress/compare';
import { t } from '../src/lib/i18n';
import { isError } from '../src/lib/validation/problems';
import { validateContent, type ContentFile } from '../src/lib/validation/validate';

const root = process.cwd();
const contentDir = getContentDir();
const { values } = parseArgs({ options: { base: { type: 'string' }, ayuda: { type: 'boolean' } } });
if (values.ayuda) {
  console.log(t.compare.help);
  process.exit(0);
}

function readBase(base: string | undefined): ContentFile[] {
  if (base !== undefined && existsSync(resolve(base)) && !isGitRef(root, base)) return readContentFiles(resolve(base), contentDir);
  const ref = base ?? getDefaultBase(root);
  if (!ref || !isGitRef(root, ref)) {
    console.error(ref ? t.compare.unknownBase(ref) : t.compare.noBase);
    process.exit(2);
  }
  return readContentFilesAt(root, ref, contentDir);
}

const before = validateContent(readBase(values.base), contentDir, getToday());
const after = validateContent(readContentFiles(root, contentDir), contentDir, getToday());
process.stdout.write(formatComparison(getFigures(before.catalog), getFigures(after.catalog), after.problems.filter(isError).length));
