import { describe, expect, test } from 'vitest';
import { toCatalog, type Catalog } from '../content/catalog';
import { getRecordSummary, toPublishedFigures, toPublishedRecord } from '../progress/published';
import { toActivityEntry, toCatalogInput, toEvidenceEntry, toPlanEntry, toReportEntry, toTask } from '../testing/test-fixtures';
import { getPendingRecord, toPendingRecords } from './records';

const PERIODS = [
  { id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' },
  { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' },
];

/** A plan with two cut-offs, tasks in both components, and evidence before and after the first. */
function toSampleCatalog(withReport: boolean): Catalog {
  const { catalog } = toCatalog(
    toCatalogInput({
      plans: [toPlanEntry('2021', { periodos: PERIODS })],
      activities: [
        toActivityEntry('foro', {
          tareas: [toTask('convocar', '2021-05-31'), toTask('realizar', '2021-06-30', { producto: 'Memoria del foro' }), toTask('responder', '2021-10-31')],
        }),
        toActivityEntry('encuesta', { componente: 'seguimiento', tareas: [toTask('aplicar-encuesta', '2021-06-15')] }),
      ],
      evidence: [
        toEvidenceEntry('2021-05-20-convocar', { tarea: 'convocar', fecha: '2021-05-20', avance: 100, enlaces: [{ url: 'https://a.example/convocatoria', texto: 'Convocatoria', tipo: 'web' }] }),
        toEvidenceEntry('2021-06-20-realizar', { tarea: 'realizar', fecha: '2021-06-20', avance: 50 }),
        toEvidenceEntry('2021-07-10-realizar', { tarea: 'realizar', fecha: '2021-07-10', avance: 80 }),
        toEvidenceEntry('2021-06-10-aplicar-encuesta', { tarea: 'aplicar-encuesta', fecha: '2021-06-10', avance: 30 }),
      ],
      reports: withReport ? [toReportEntry('i-semestre')] : [],
    }),
  );
  return catalog;
}

describe('toPendingRecords', () => {
  test('gives each period without a report the record a report closed now would publish, at its cut-off', () => {
    const catalog = toSampleCatalog(false);
    const plan = catalog.plans[0]!;
    const records = toPendingRecords(catalog);
    expect(records.map(({ plan: id, periodo, corte }) => ({ id, periodo, corte }))).toEqual([
      { id: '2021', periodo: 'i-semestre', corte: '2021-06-30' },
      { id: '2021', periodo: 'ii-semestre', corte: '2021-12-31' },
    ]);
    const [record] = records;
    expect(record!.cifras).toEqual(toPublishedFigures(getRecordSummary(toPublishedRecord(plan.tasks, '2021-06-30'))));
    expect(Object.keys(record!.productos)).toEqual(plan.tasks.map((task) => task.id));
    expect(Object.keys(record!.productos)).toHaveLength(4);
    // At the cut-off, not today: the evidence of July does not count.
    expect(record!.productos.realizar).toEqual({ componente: 'dialogo', programado: true, ejecucion: 50 });
    expect(record!.productos['aplicar-encuesta']).toEqual({ componente: 'seguimiento', programado: true, ejecucion: 30 });
    expect(record!.productos.responder).toEqual({ componente: 'dialogo', programado: false, ejecucion: 0 });
    expect(record!.cifras).toMatchObject({ programados: 3, ejecutados: 1, productos: 4 });
  });

  test('gives none for a period that already has its report', () => {
    const catalog = toSampleCatalog(true);
    expect(catalog.plans[0]!.periods.find((period) => period.id === 'i-semestre')?.report).toBeDefined();
    expect(toPendingRecords(catalog).map((record) => record.periodo)).toEqual(['ii-semestre']);
  });

  test('gives a new report its record only once the cut-off has come, the cut-off day included', () => {
    const records = toPendingRecords(toSampleCatalog(false));
    expect(getPendingRecord(records, '2021', 'i-semestre', '2021-06-29')).toBeUndefined();
    expect(getPendingRecord(records, '2021', 'i-semestre', '2021-06-30')?.periodo).toBe('i-semestre');
    expect(getPendingRecord(records, '2021', 'ii-semestre', '2022-01-15')?.periodo).toBe('ii-semestre');
    expect(getPendingRecord(records, '2021', 'otro', '2022-01-15')).toBeUndefined();
  });
});
