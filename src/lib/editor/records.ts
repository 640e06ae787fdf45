/**
 * What the web editor writes when staff close a period: the report's published record
 * (`cifras` and `productos`), computed at build time with the rules `npm run nuevo -- informe`
 * uses, for every period whose cut-off has come and that has no report yet. The browser only
 * copies it into the new report; the pull request's validation checks it again.
 */
import type { Catalog } from '../catalog';
import type { PlainDate } from '../dates';
import { getRecordSummary, toPublishedFigures, toPublishedRecord } from '../published';
import type { PublishedFiguresData, PublishedProductData } from '../schemas';

export interface PendingRecord {
  plan: string;
  periodo: string;
  corte: PlainDate;
  cifras: PublishedFiguresData;
  productos: Record<string, PublishedProductData>;
}

export function toPendingRecords(catalog: Catalog, today: PlainDate): PendingRecord[] {
  return catalog.plans.flatMap((plan) =>
    plan.periods
      .filter((period) => period.report === undefined && period.corte <= today)
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
