/**
 * A report's own print stylesheet, beside its page: every sheet of the paper names the report
 * and its cut-off (src/lib/publishing/print.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getReportPaths } from '../../../../data/load-catalog';
import type { ReportedPeriod } from '../../../../lib/content/catalog';
import { toReportPrintCss } from '../../../../lib/publishing/print';
import { getReportPath, toHref } from '../../../../lib/site/routes';

export const getStaticPaths = getReportPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ period: ReportedPeriod }> = async ({ props: { period }, site }) => {
  const { site: siteData } = await getCatalog();
  const address = site ? new URL(toHref(getReportPath(period.plan.id, period.id)), site).href : undefined;
  const css = toReportPrintCss({ entity: siteData.entidad, title: period.report.titulo, cutoff: period.corte, address });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
