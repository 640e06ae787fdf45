import { describe, expect, test } from 'vitest';
import { toCatalog } from './catalog';
import { formatComparison, getFigures } from './compare';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toReportEntry, toTask } from './test-fixtures';

const activities = [toActivityEntry('foro', { tareas: [toTask('convocar', '2021-06-01'), toTask('realizar', '2021-12-01')] })];
const reports = [toReportEntry('i-semestre')];
const firstEvidence = toEvidenceEntry('2021-05-01-convocar', { tarea: 'convocar', fecha: '2021-05-01', avance: 50 });

/** The base: half of the first task done. The head: the first task finished before the cut-off. */
const before = getFigures(toCatalog(toCatalogInput({ activities, reports, evidence: [firstEvidence] })).catalog);
const after = getFigures(
  toCatalog(
    toCatalogInput({
      activities,
      reports,
      evidence: [
        firstEvidence,
        toEvidenceEntry('2021-06-15-convocar', {
          tarea: 'convocar',
          fecha: '2021-06-15',
          avance: 100,
          enlaces: [{ url: 'https://example.gov.co/convocatoria', texto: 'Convocatoria', tipo: 'web' }],
        }),
      ],
    }),
  ).catalog,
);

/** Intl writes a no-break space before%; the summary is compared as read. */
function read(markdown: string): string {
  return markdown.replace(/\u00a0/g, ' ');
}

describe('getFigures', () => {
  test('gives each period its execution and global progress, then the plan and each component now', () => {
    expect(before.map((figure) => [figure.key, figure.value])).toEqual([
      ['2021/periodo/i-semestre/ejecucion', 0],
      ['2021/periodo/i-semestre/avance', 25],
      ['2021/ahora/ejecucion', 0],
      ['2021/ahora/avance', 25],
      ['2021/componente/dialogo/ejecucion', 0],
      ['2021/componente/dialogo/avance', 25],
      ['2021/componente/seguimiento/ejecucion', null],
      ['2021/componente/seguimiento/avance', null],
    ]);
  });
});

describe('formatComparison', () => {
  test('writes one Spanish line per figure that changes, grouped by plan', () => {
    expect(formatComparison(before, after)).toBe(
      [
        '## Cambios en las cifras publicadas',
        '',
        '**Plan 2021**',
        '',
        '- La ejecución del I semestre (corte al 30 de junio de 2021) pasa de 0% a 100%.',
        '- El avance global del I semestre (corte al 30 de junio de 2021) pasa de 25% a 50%.',
        '- La ejecución de lo programado a la fecha pasa de 0% a 100%.',
        '- El avance global pasa de 25% a 50%.',
        '- La ejecución del componente «Diálogo» pasa de 0% a 100%.',
        '- El avance del componente «Diálogo» pasa de 25% a 50%.',
        '',
        'Otras 2 cifras no cambian.',
        '',
      ].join('\n'),
    );
  });

  test('says so when nothing changes', () => {
    expect(formatComparison(before, before)).toBe('## Cambios en las cifras publicadas\n\nEste cambio no modifica ninguna cifra publicada.\n');
  });

  test('names figures that appear or disappear, e.g. a new period', () => {
    const withPeriod = [...before, { key: '2021/periodo/ii-semestre/avance', plan: 'Plan 2021', label: 'El avance global del II semestre', value: 40 }];
    expect(formatComparison(before, withPeriod)).toContain('- El avance global del II semestre aparece: 40%.');
    expect(formatComparison(withPeriod, before)).toContain('- El avance global del II semestre deja de publicarse (era 40%).');
  });

  test('warns that figures may move while the proposed content has problems', () => {
    expect(formatComparison(before, after, 2)).toContain('La versión propuesta tiene 2 problemas de contenido');
  });
});
