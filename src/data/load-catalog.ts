/**
 * The only module that reads content collections. It turns entries into the linked domain
 * objects of src/lib/content/catalog.ts, once per build, and stops the build when files do not fit
 * together (a reference to nothing, a repeated id, a file in the wrong folder).
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry, render } from 'astro:content';
import { toCatalog, type Catalog, type Plan, type SourceEntry } from '../lib/content/catalog';
import { ContentError } from '../lib/validation/problems';
import { t } from '../lib/i18n';
import type { SiteData } from '../lib/content/schemas';
import { toCacheKeySource } from '../lib/publishing/cache-key';
import { getPlanCardPath, getReportCardPath, getShareCardsByPath } from '../lib/publishing/share';
import { getHistoryOf } from './git-history';
import { getAsOfDate } from '../lib/progress/views';
import { getShareCardPath } from '../lib/site/routes';

type RenderableCollection = 'actividades' | 'evidencias' | 'informes';

/** The content layer's digest of each file (its exact text), by the file's path: what page cache keys are made of. */
const digests = new Map<string, string>();

function toSource<Data>(entry: { id: string; filePath?: string; data: Data; body?: string; digest?: string | number }): SourceEntry<Data> {
  const file = entry.filePath ?? entry.id;
  if (entry.digest !== undefined) digests.set(file, String(entry.digest));
  return { id: entry.id, file, data: entry.data, body: entry.body };
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
  if (site) toSource(site);
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

function getDigest(file: string): string {
  const digest = digests.get(file);
  if (digest === undefined) throw new Error(`No digest for ${file}: the catalog and the collections disagree.`);
  return digest;
}

function toHash(source: string): string {
  return createHash('sha256').update(source).digest('base64url');
}

/** What every page of a plan depends on: the plan file, its reports and its "as of" date. Once per plan. */
const planKeys = new WeakMap<Plan, string>();
function getPlanKey(plan: Plan): string {
  let key = planKeys.get(plan);
  if (key === undefined) {
    key = toHash(toCacheKeySource({ plan, reports: plan.reportedPeriods.map((period) => period.report), asOf: getAsOfDate(plan) }, getDigest));
    planKeys.set(plan, key);
  }
  return key;
}

/** Every file of a plan, activities and evidence included. Once per plan. */
const planContentKeys = new WeakMap<Plan, string>();
function getPlanContentKey(plan: Plan): string {
  let key = planContentKeys.get(plan);
  if (key === undefined) {
    key = toHash(toCacheKeySource({ activities: plan.activities, tasks: plan.tasks }, getDigest));
    planContentKeys.set(plan, key);
  }
  return key;
}

/**
 * The cacheKey a page returns from getStaticPaths (experimental.incrementalBuild): a hash of
 * everything it shows (see src/lib/publishing/cache-key.ts). What the layout shows on every
 * page is always part of it: the site's settings, the list of plans and the card of
 * `shareImage` (the home page's by default, as in BaseLayout); with `plan`, also what every
 * page of a plan depends on: the plan file, its reports and its "as of" date.
 */
export async function getPageCacheKey(shows: Record<string, unknown>, page: { plan?: Plan; shareImage?: string } = {}): Promise<string> {
  const catalog = await getCatalog();
  const { plan, shareImage = getShareCardPath('/') } = page;
  const layout = { site: catalog.site, plans: catalog.plans, card: getShareCardsByPath(catalog).get(shareImage) ?? shareImage };
  return toHash(toCacheKeySource({ ...layout, ...(plan && { planKey: getPlanKey(plan) }), ...shows }, getDigest));
}

/**
 * The cacheKey of a page that shows a plan as a whole (its lists, schedule, figures, open data):
 * every file of the plan is part of it, so it changes with any edit to that plan and with no
 * edit to another.
 */
export function getPlanCacheKey(plan: Plan, page: { shareImage?: string; shows?: Record<string, unknown> } = {}): Promise<string> {
  return getPageCacheKey({ planContentKey: getPlanContentKey(plan), ...page.shows }, { plan, shareImage: page.shareImage });
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

/**
 * Static paths of what exists once per published report: its page and its print stylesheet.
 * Their key covers the report's card and the history of its file, which the page shows.
 */
export async function getReportPaths() {
  const catalog = await getCatalog();
  return Promise.all(
    catalog.plans.flatMap((plan) =>
      plan.reportedPeriods.map(async (period) => ({
        params: { plan: plan.id, periodo: period.id },
        props: { period },
        cacheKey: await getPlanCacheKey(plan, { shareImage: getReportCardPath(period), shows: { history: await getHistoryOf([period.report.file]) } }),
      })),
    ),
  );
}

async function toPlanPaths(shareImage?: (plan: Plan) => string) {
  const catalog = await getCatalog();
  return Promise.all(
    catalog.plans.map(async (plan) => ({
      params: { plan: plan.id },
      props: { plan },
      cacheKey: await getPlanCacheKey(plan, { shareImage: shareImage?.(plan) }),
    })),
  );
}

/** Static paths of pages that exist once per plan and show it as a whole (/<plan>/cronograma/, /<plan>/datos/…). */
export function getPlanPaths() {
  return toPlanPaths();
}

/** Static paths of each plan's own page, /<plan>/, which is shared with the plan's card. */
export function getPlanHomePaths() {
  return toPlanPaths(getPlanCardPath);
}
