/**
 * The only module that reads content collections. It turns entries into the linked domain
 * objects of src/lib/content/catalog.ts, once per build, and stops the build when files do not fit
 * together (a reference to nothing, a repeated id, a file in the wrong folder).
 */
import { getCollection, getEntry, render } from 'astro:content';
import { toCatalog, type Catalog, type SourceEntry } from '../lib/content/catalog';
import { ContentError } from '../lib/validation/problems';
import { t } from '../lib/i18n';
import type { SiteData } from '../lib/content/schemas';

type RenderableCollection = 'actividades' | 'evidencias' | 'informes';

function toSource<Data>(entry: { id: string; filePath?: string; data: Data; body?: string }): SourceEntry<Data> {
  return { id: entry.id, file: entry.filePath ?? entry.id, data: entry.data, body: entry.body };
}

async function readCatalog(): Promise<Catalog> {
  const [sites, plans, activities, evidence, reports] = await Promise.all([
    getCollection('sitio'),
    getCollection('planes'),
    getCollection('actividades'),
    getCollection('evidencias'),
    getCollection('informes'),
  ]);
  const site = sites[0];
  if (!site) throw new ContentError([{ file: 'content/sitio.yaml', field: '', detail: t.integrity.missingSite }]);
  const { catalog, problems } = toCatalog({
    site: site.data,
    plans: plans.map(toSource),
    activities: activities.map(toSource),
    evidence: evidence.map(toSource),
    reports: reports.map(toSource),
  });
  if (problems.length > 0) throw new ContentError(problems);
  return catalog;
}

let cached: Promise<Catalog> | undefined;

/** The whole published content, linked and checked. Built once and shared by every page. */
export function getCatalog(): Promise<Catalog> {
  cached ??= readCatalog();
  return cached;
}

/**
 * The site's own settings (content/sitio.yaml) alone, without the cross-file checks: the web
 * editor opens with them even while another file has a problem, so that it can be fixed there.
 */
export async function getSiteData(): Promise<SiteData | undefined> {
  const [site] = await getCollection('sitio');
  return site?.data;
}

/** The rendered Markdown body of an activity, a piece of evidence or a report. */
export async function renderBody(collection: RenderableCollection, entryId: string) {
  const entry = await getEntry(collection, entryId);
  if (!entry) throw new Error(`No entry ${collection}/${entryId}: the catalog and the collections disagree.`);
  return render(entry);
}

/** Static paths of what exists once per published report: its page and its print stylesheet. */
export async function getReportPaths() {
  const catalog = await getCatalog();
  return catalog.plans.flatMap((plan) =>
    plan.reportedPeriods.map((period) => ({ params: { plan: plan.id, periodo: period.id }, props: { period } })),
  );
}

/** Static paths of pages that exist once per plan (/<plan>/, /<plan>/cronograma/…). */
export async function getPlanPaths() {
  const catalog = await getCatalog();
  return catalog.plans.map((plan) => ({ params: { plan: plan.id }, props: { plan } }));
}
