/**
 * A year of editing, played on copies of the sample: what communications staff do from the
 * first report to the next year's plan. Each step starts from the content the previous one
 * left, adds the files of tests/fixtures/ano/<step>/ and, where editors would run a command or
 * copy what validation offers, does the same.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPublicFiles, readContentFiles } from '../../src/data/read-content';
import { formatProblem, isError } from '../../src/lib/validation/problems';
import { validateContent } from '../../src/lib/validation/validate';
import { copySource, getShellEnv, ROOT, SAMPLE, toSourceEnv, type SiteSource } from './build-site';

export interface YearStep {
  name: string;
  /** What the step does, as the test names it. */
  title: string;
  source: SiteSource;
  /** What the command that closed a period printed. */
  closing?: { status: number | null; output: string };
  /** Problems validation raised before the editor fixed them as it said. */
  refused?: string[];
}

/** The closing command of the second semester, as an editor would type it. */
export const CLOSE_II_SEMESTER = [
  'informe',
  '--plan=2021',
  '--periodo=ii-semestre',
  '--nombre=II semestre',
  '--corte=2021-12-31',
  '--titulo=Informe de avance II semestre',
  '--objetivo=Informar a la ciudadanía el avance del plan de participación ciudadana 2021 al cierre del año.',
];

/** What the editor writes as the reason of the correction, in place of the placeholder validation offers. */
export const ERRATA_REASON = 'El plan programaba el Facebook Live para agosto; el informe lo contó por error entre los productos de junio.';

function withOverlay(step: string, from: SiteSource): SiteSource {
  return copySource(`ano-${step}`, from, () => {}, join(ROOT, 'tests/fixtures/ano', step));
}

function runNuevo(source: SiteSource, args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/nuevo.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...getShellEnv(), ...toSourceEnv(source) },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The copy lines of each problem added to its file's frontmatter, with the reason written in. */
function applyOfferedLines(source: SiteSource, problems: ReturnType<typeof validateContent>['problems']): void {
  const offers = new Map(problems.filter((problem) => problem.copy).map((problem) => [problem.copy!.join('\n'), problem]));
  for (const [lines] of offers) {
    const file = join(ROOT, source.contentDir, 'informes/2021/i-semestre.mdx');
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 4);
    const filled = lines.replace(/motivo: .*/, `motivo: ${ERRATA_REASON}`);
    writeFileSync(file, `${text.slice(0, end)}\n${filled}${text.slice(end)}`);
  }
}

export function prepareYear(today: string): YearStep[] {
  const first: YearStep = { name: '1-informe-i', title: 'the I-semester report is published', source: copySource('ano-1-informe-i', SAMPLE) };
  const evidence: YearStep = {
    name: '2-evidencias',
    title: 'II-semester evidence is recorded (done, partial, postponed, and the postponed June product done later)',
    source: withOverlay('2-evidencias', first.source),
  };
  const activity: YearStep = { name: '3-actividad-nueva', title: 'an activity is added after the first cut-off', source: withOverlay('3-actividad-nueva', evidence.source) };
  const closedSource = copySource('ano-4-informe-ii', activity.source);
  const closing: YearStep = { name: '4-informe-ii', title: 'the II semester is closed with its report', source: closedSource, closing: runNuevo(closedSource, CLOSE_II_SEMESTER) };
  const nextPlan: YearStep = {
    name: '5-plan-siguiente',
    title: "next year's plan is published, and late evidence of the closed plan arrives",
    source: withOverlay('5-plan-siguiente', closing.source),
  };
  const errataSource = withOverlay('6-fe-de-erratas', nextPlan.source);
  const files = readContentFiles(ROOT, errataSource.contentDir);
  const { problems } = validateContent(files, errataSource.contentDir, today, listPublicFiles(ROOT, errataSource.publicDir));
  applyOfferedLines(errataSource, problems);
  const errata: YearStep = {
    name: '6-fe-de-erratas',
    title: 'a published report is corrected with a fe de erratas',
    source: errataSource,
    refused: problems.filter(isError).map(formatProblem),
  };
  return [first, evidence, activity, closing, nextPlan, errata];
}
