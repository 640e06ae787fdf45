import { describe, expect, test } from 'vitest';
import { toCatalog } from '../content/catalog';
import { formatComparison, getFigures } from './compare';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from '../testing/test-fixtures';

const twoPeriods = {
  periodos: [
    { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
    { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
  ],
};
const activities = [toActivityEntry('foro', { tareas: [toTask('convocar', '2021-06-01'), toTask('realizar', '2021-12-01')] })];
const link = { enlaces: [{ url: 'https://example.gov.co/acta', texto: 'Acta', tipo: 'web' as const }] };
const convocar = toEvidenceEntry('2021-05-01-convocar', { tarea: 'convocar', fecha: '2021-05-01', avance: 100, ...link });
const realizar = toEvidenceEntry('2021-08-15-realizar', { tarea: 'realizar', fecha: '2021-08-15', avance: 50, ...link });

function getPlanFigures(parts: Parameters<typeof toCatalogInput>[0]) {
  return getFigures(toCatalog(toCatalogInput({ plans: [toPlanEntry('2021', twoPeriods)], activities, ...parts })).catalog);
}

/** The base: the first report published. The head: evidence of the second semester, after the cut-off. */
const before = getPlanFigures({ reports: [toReportEntry('i-semestre')], evidence: [convocar] });
const after = getPlanFigures({ reports: [toReportEntry('i-semestre')], evidence: [convocar, realizar] });

describe('getFigures', () => {
  test('gives each report, the plan now with the date it is measured at, and each component now', () => {
    expect(before).toEqual([
      {
        id: '2021',
        title: 'Plan 2021',
        asOf: '2021-06-30',
        closed: false,
        reports: [{ id: 'i-semestre', name: 'I semestre', cutoff: '2021-06-30', execution: 100, progress: 50 }],
        now: { execution: 100, progress: 50 },
        components: [
          { id: 'dialogo', name: 'Diálogo', execution: 100, progress: 50 },
          { id: 'seguimiento', name: 'Seguimiento', execution: null, progress: null },
        ],
      },
    ]);
  });
});

describe('formatComparison', () => {
  test('says when the figures are measured now, names the report that does not change, and each figure that does', () => {
    expect(formatComparison(before, after)).toBe(
      [
        '## Cambios en las cifras publicadas',
        '',
        '**Plan 2021**',
        '',
        '- Las cifras del plan, que estaban al 30 de junio de 2021, pasan a estar al 15 de agosto de 2021.',
        '- El informe del I semestre no cambia: 100% de ejecución y 50% de avance global.',
        '- El avance global pasa de 50% a 75%.',
        '- El avance del componente «Diálogo» pasa de 50% a 75%.',
        '',
        'Otras 4 cifras no cambian.',
        '',
      ].join('\n'),
    );
  });

  test('says so when nothing changes, still naming what each report publishes', () => {
    expect(formatComparison(before, before)).toBe(
      [
        '## Cambios en las cifras publicadas',
        '',
        'Este cambio no modifica ninguna cifra publicada.',
        '',
        '**Plan 2021**',
        '',
        '- El informe del I semestre no cambia: 100% de ejecución y 50% de avance global.',
        '',
      ].join('\n'),
    );
  });

  test('announces a new report with its figures, and a plan that closes', () => {
    const closed = getPlanFigures({ reports: [toReportEntry('i-semestre'), toReportEntry('ii-semestre')], evidence: [convocar, realizar] });
    const summary = formatComparison(after, closed);
    expect(summary).toContain('- El plan queda cerrado el 31 de diciembre de 2021: sus páginas muestran las cifras finales.');
    expect(summary).toContain('- Se publica el informe del II semestre (corte al 31 de diciembre de 2021): 50% de ejecución y 75% de avance global.');
    expect(formatComparison(closed, after)).toContain('- Deja de publicarse el informe del II semestre.');
  });

  test('writes names as text on the summary page, whatever Markdown they hold', () => {
    const hostile = [{ ...before[0]!, title: 'Plan **2021** [x](https://rastreo.example)' }];
    expect(formatComparison([], hostile)).toContain('**Plan \\*\\*2021\\*\\* \\[x\\](https://rastreo.example)**');
  });

  test('names a plan that appears', () => {
    expect(formatComparison([], before)).toContain('- Se publica un plan nuevo: Plan 2021.');
  });

  test('warns that figures may move while the proposed content has problems', () => {
    expect(formatComparison(before, after, 2)).toContain('La versión propuesta tiene 2 problemas de contenido');
  });
});
