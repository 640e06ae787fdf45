import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { listPublicFiles, readContentFiles } from '../src/data/read-content';
import { formatDate } from '../src/lib/i18n/format';
import { parseCsv } from '../src/lib/publishing/open-data';
import { isError } from '../src/lib/validation/problems';
import { validateContent } from '../src/lib/validation/validate';
import { ROOT, ROOT_SITE_URL, type BuiltYearStep } from './support/build-site';
import { getCrawlResult } from './support/crawl';
import { readPage, readPageText } from './support/read-page';
import { ERRATA_REASON } from './support/year';

const steps = inject('yearSteps');
const step = (name: string) => steps.find((candidate) => candidate.name === name)!;
const TODAY = new Date().toISOString().slice(0, 10);

/** The reports a built site publishes, as site paths, by looking at what was built. */
function listReports(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
    .flatMap((plan) =>
      readdirSync(join(outDir, plan.name, 'informes'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `/${plan.name}/informes/${entry.name}/`),
    )
    .sort();
}

/** The execution and global progress a report page publishes, and the same computed from its CSV alone. */
function getReportFigures(outDir: string, plan: string, period: string) {
  const text = readPageText(outDir, `${plan}/informes/${period}`);
  const execution = /(\d+) ?% de ejecución del/.exec(text)?.[1];
  const progress = /(\d+) ?% de avance global del plan/.exec(text)?.[1];
  const rows = parseCsv(readFileSync(join(outDir, plan, 'datos', `productos-${period}.csv`), 'utf8'));
  const programmed = rows.filter((row) => row.programada_al_corte === 'sí');
  const fromCsv = [
    Math.floor((programmed.filter((row) => row.ejecucion === '100').length * 100) / programmed.length),
    Math.floor(rows.reduce((sum, row) => sum + Number(row.ejecucion), 0) / rows.length),
  ];
  return { page: [Number(execution), Number(progress)], csv: fromCsv };
}

function validate(built: BuiltYearStep) {
  const { build } = built;
  return validateContent(readContentFiles(ROOT, build.contentDir), build.contentDir, TODAY, listPublicFiles(ROOT, build.publicDir)).problems;
}

describe.each(steps.map((built) => [built.title, built] as const))('a year of editing: %s', (_title, built) => {
  const { build } = built;

  test('validation passes and the site builds', () => {
    expect(validate(built).filter(isError)).toEqual([]);
    expect(build.status, build.output).toBe(0);
  });

  test('every report published so far is reachable by following links from the home page', () => {
    const { pages, broken } = getCrawlResult(build.outDir, '/', ROOT_SITE_URL);
    expect(broken).toEqual([]);
    const reports = listReports(build.outDir);
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expect(pages, report).toContain(report);
  });
});

describe('earlier reports keep their figures', () => {
  test.each(steps.filter((built) => built.name !== '6-fe-de-erratas').map((built) => [built.name, built] as const))(
    'the I-semester report still publishes 80% and 26% after step %s, on its page and in its CSV',
    (_name, built) => {
      expect(getReportFigures(built.build.outDir, '2021', 'i-semestre')).toEqual({ page: [80, 26], csv: [80, 26] });
    },
  );

  test('the II-semester report publishes the same figures from its closing to the end of the year', () => {
    const closed = getReportFigures(step('4-informe-ii').build.outDir, '2021', 'ii-semestre');
    expect(closed.page).toEqual(closed.csv);
    for (const name of ['5-plan-siguiente', '6-fe-de-erratas']) {
      expect(getReportFigures(step(name).build.outDir, '2021', 'ii-semestre')).toEqual(closed);
    }
  });
});

describe('recording II-semester evidence', () => {
  const outDir = step('2-evidencias').build.outDir;

  test('shows the postponed June product done in August, without changing the June report', () => {
    const activity = readPageText(outDir, '2021/actividades/promocion-canales');
    expect(activity).toContain('Evidencia del 20 de agosto de 2021');
    const report = readPageText(outDir, '2021/informes/i-semestre');
    expect(report).toContain('Después del 30 de junio de 2021 se registró 1 evidencia más: no cuenta en este informe. Ver la actividad hoy');
    expect(report).not.toContain('Evidencia del 20 de agosto de 2021');
  });

  test('stops marking as example data the products whose example flag the editors removed', () => {
    expect(readPageText(outDir, '2021/actividades/lenguaje-claro')).not.toContain('Dato de ejemplo');
  });
});

describe('adding an activity after the first cut-off', () => {
  const outDir = step('3-actividad-nueva').build.outDir;

  test('publishes it, counts it in the plan now, and keeps it out of the report already published', () => {
    expect(readPageText(outDir, '2021/actividades/rendicion-cuentas')).toContain('Informe de gestión 2020 publicado');
    expect(readPageText(outDir, '2021')).toContain('Rendir cuentas a la ciudadanía');
    expect(readPageText(outDir, '2021/informes/i-semestre')).not.toContain('Informe de gestión 2020 publicado');
  });
});

describe('closing the II semester with npm run nuevo -- informe', () => {
  const closing = step('4-informe-ii');
  const outDir = closing.build.outDir;

  test('adds the period to the plan file, writes the report and says what it will publish', () => {
    expect(closing.closing?.status, closing.closing?.output).toBe(0);
    expect(closing.closing?.output).toContain('El informe «Informe de avance II semestre», con corte al 31 de diciembre de 2021, dirá:');
    const plan = readFileSync(join(ROOT, closing.build.contentDir, 'planes/2021.yaml'), 'utf8');
    expect(plan).toContain('  - id: ii-semestre\n    nombre: II semestre\n    corte: 2021-12-31\n');
    expect(plan).toMatch(/^# Plan de Participación Ciudadana 2021 de ENTerritorio\./);
    const [, execution, progress] = /(\d+)% de ejecución del II semestre[\s\S]*?(\d+)% de avance global del plan/.exec(closing.closing!.output)!;
    expect(getReportFigures(outDir, '2021', 'ii-semestre').page).toEqual([Number(execution), Number(progress)]);
  });

  test('lists both reports, newest first, and links each report to the other', () => {
    const index = readPageText(outDir, '2021/informes');
    expect(index.indexOf('Informe de avance II semestre')).toBeLessThan(index.indexOf('Informe de avance I semestre'));
    expect(readPage(outDir, '2021/informes/i-semestre')).toMatch(/<a href="\/2021\/informes\/ii-semestre\/" rel="next"[^>]*>Informe siguiente: II semestre \(corte al 31 de diciembre de 2021\)<\/a>/);
    expect(readPage(outDir, '2021/informes/ii-semestre')).toMatch(/<a href="\/2021\/informes\/i-semestre\/" rel="prev"[^>]*>Informe anterior: I semestre \(corte al 30 de junio de 2021\)<\/a>/);
  });

  test('presents the new report on the home page and keeps the earlier one a click away', () => {
    const home = readPage(outDir, '');
    expect(home).toContain('href="/2021/informes/ii-semestre/"');
    expect(readPageText(outDir, '')).toContain('Informes anteriores');
    expect(home).toContain('href="/2021/informes/i-semestre/"');
  });

  test('says the plan is closed at the end of its year', () => {
    expect(readPageText(outDir, '2021')).toContain('Plan cerrado el 31 de diciembre de 2021. Estas son sus cifras finales.');
  });
});

describe("next year's plan and late evidence of the closed one", () => {
  const nextPlan = step('5-plan-siguiente');
  const outDir = nextPlan.build.outDir;

  test('warn about the late evidence without stopping publication', () => {
    const warnings = validate(nextPlan).filter((problem) => !isError(problem));
    expect(warnings.map((problem) => problem.file)).toEqual([`${nextPlan.build.contentDir}/evidencias/2021/2022-01-20-informe-evaluacion.mdx`]);
  });

  test('never date the closed plan after its year, and show the late evidence apart', () => {
    const pages = ['2021', '2021/cronograma', '2021/componentes/seguimiento', '2021/actividades/seguimiento-evaluacion', '2021/evidencias'];
    for (const page of pages) expect(readPageText(outDir, page), page).not.toMatch(/ al \d+ de \w+ de 2022/);
    const plans = readPageText(outDir, 'planes');
    expect(plans.slice(plans.indexOf('Plan de Participación Ciudadana 2021'))).not.toMatch(/ al \d+ de \w+ de 2022/);
    const activity = readPageText(outDir, '2021/actividades/seguimiento-evaluacion');
    expect(activity).toContain('Avance al cierre del plan, 31 de diciembre de 2021');
    expect(activity).toContain('Registrada después del cierre del plan (31 de diciembre de 2021): no cuenta en sus cifras.');
  });

  test('announce the new plan on the home page and list both plans', () => {
    expect(readPageText(outDir, '')).toContain('Ya se publicó el Plan de Participación Ciudadana 2022. Todavía no tiene informes de avance.');
    const plans = readPageText(outDir, 'planes');
    expect(plans.indexOf('Plan de Participación Ciudadana 2022')).toBeLessThan(plans.indexOf('Plan de Participación Ciudadana 2021'));
    expect(plans).toMatch(/\d+% de avance global al cierre del plan, 31 de diciembre de 2021/);
  });
});

describe('correcting a published report', () => {
  const errata = step('6-fe-de-erratas');
  const outDir = errata.build.outDir;

  test('is refused while unexplained, naming the file, the figure, from what to what, and offering the lines of a fe de erratas', () => {
    expect(errata.refused).toEqual([
      expect.stringMatching(
        /\/actividades\/2021\/promocion-canales\.mdx, línea \d+, campo `tareas › elemento 2 › programada`: cambia una cifra publicada del «Informe de avance I semestre» .*Con este cambio, la ejecución del I semestre publicada pasaría de 80% a 100%\./,
      ),
    ]);
  });

  test('shows the corrected figure beside the one published, and the correction with its date and reason', () => {
    const text = readPageText(outDir, '2021/informes/i-semestre');
    expect(text).toMatch(/100% de ejecución del I semestre/);
    expect(text).toContain(`Cifra corregida el ${formatDate(TODAY)}. Se había publicado 80%.`);
    expect(text).toContain('Fe de erratas');
    expect(text).toContain(ERRATA_REASON);
    expect(text).toContain('Ejecución del periodo: pasó de 80% a 100%.');
    expect(getReportFigures(outDir, '2021', 'i-semestre')).toEqual({ page: [100, 26], csv: [100, 26] });
  });
});
