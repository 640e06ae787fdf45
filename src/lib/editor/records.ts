/**
 * What the web editor writes when staff close a period: the report's published record
 * (`cifras` and `productos`), computed at build time with the rules `npm run nuevo -- informe`
 * uses, for every period that has no report yet. The browser copies it into the new report
 * once the cut-off has come (the site may have been built before); the pull request's
 * validation checks it again.
 */
import type { Catalog } from '../content/catalog';
import { compareDates, type PlainDate } from '../content/dates';
import { getRecordSummary, toPublishedFigures, toPublishedRecord } from '../progress/published';
import type { PublishedFiguresData, PublishedProductData } from '../content/schemas';

export interface PendingRecord {
  plan: string;
  periodo: string;
  corte: PlainDate;
  cifras: PublishedFiguresData;
  productos: Record<string, PublishedProductData>;
}

export function toPendingRecords(catalog: Catalog): PendingRecord[] {
  return catalog.plans.flatMap((plan) =>
    plan.periods
      .filter((period) => period.report === undefined)
      .map((period) => {
        const record = toPublishedRecord(plan.tasks, period.corte);
        return {
          plan: plan.id,
          periodo: period.id,
          corte: period.corte,
          cifras: toPublishedFigures(getRecordSummary(record)),
          productos: Object.fromEntries(record),
        };
      }),
  );
}

/** The record a new report of `plan` and `period` carries: only once its cut-off has come. */
export function getPendingRecord(records: readonly PendingRecord[], plan: string, period: string, today: PlainDate): PendingRecord | undefined {
  return records.find((record) => record.plan === plan && record.periodo === period && compareDates(record.corte, today) <= 0);
}
