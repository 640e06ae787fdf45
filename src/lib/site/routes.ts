/**
 * Every internal link is built here, so the site works at the root of a domain or under a
 * sub-path (BASE_PATH) on any static host.
 */

/** Prefixes a site path with the base the site is served from: ("/2021/", "/participacion/") → "/participacion/2021/". */
export function toHref(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const relative = path.replace(/^\/+/, '');
  return `${prefix}${relative}`;
}

/**
 * The href of an address an editor wrote: site paths (`/documentos/…`) get the base, web and
 * e-mail addresses stay as they are.
 */
export function toLinkHref(url: string, base: string = import.meta.env.BASE_URL): string {
  return url.startsWith('/') ? toHref(url, base) : url;
}

/** The segment of each of a plan's own pages after the plan's id: /2021/informes/. */
const PLAN_PAGES = {
  reports: 'informes',
  activities: 'actividades',
  components: 'componentes',
  units: 'dependencias',
  schedule: 'cronograma',
  evidence: 'evidencias',
  data: 'datos',
  participation: 'participacion',
  comparison: 'comparacion',
} as const;

/** The site's pages outside any plan, by the first segment of their address: /buscar/. */
const SITE_PAGES = {
  search: 'buscar',
  plans: 'planes',
  method: 'como-se-calcula',
  glossary: 'glosario',
  accessibility: 'accesibilidad',
  editor: 'admin',
} as const;

export function getReportPath(planId: string, periodId: string): string {
  return `/${planId}/${PLAN_PAGES.reports}/${periodId}/`;
}

/** The list of every report of a plan. */
export function getReportsPath(planId: string): string {
  return `/${planId}/${PLAN_PAGES.reports}/`;
}

export function getActivityPath(planId: string, activitySlug: string): string {
  return `/${planId}/${PLAN_PAGES.activities}/${activitySlug}/`;
}

export function getPlanPath(planId: string): string {
  return `/${planId}/`;
}

export function getComponentPath(planId: string, componentId: string): string {
  return `/${planId}/${PLAN_PAGES.components}/${componentId}/`;
}

/** The feed of a component's newest evidence: /2021/componentes/dialogo/evidencias.xml. */
export function getComponentFeedPath(planId: string, componentId: string): string {
  return `${getComponentPath(planId, componentId)}${FEED_NAME}.xml`;
}

/** The list of a plan's responsible units (dependencias). */
export function getUnitsPath(planId: string): string {
  return `/${planId}/${PLAN_PAGES.units}/`;
}

export function getUnitPath(planId: string, unitId: string): string {
  return `${getUnitsPath(planId)}${unitId}/`;
}

/** A unit's evidence, newest first, page by page: /2021/dependencias/comunicaciones/evidencias/pagina/2/. */
export function getUnitEvidencePath(planId: string, unitId: string, page = 1): string {
  return `${getUnitPath(planId, unitId)}${PLAN_PAGES.evidence}/${page > 1 ? `${PAGE_SEGMENT}/${page}/` : ''}`;
}

/** The rest parameter of a unit's evidence route: "pagina/2", or undefined for the first page. */
export function toUnitEvidenceRouteParam(path: string): string | undefined {
  return path.split('/').slice(5, -1).join('/') || undefined;
}

/** What citizens contributed and what was answered, per component and per period. */
export function getParticipationPath(planId: string): string {
  return `/${planId}/${PLAN_PAGES.participation}/`;
}

/** The plan's published cut-offs side by side: only with two or more (hasComparison). */
export function getComparisonPath(planId: string): string {
  return `/${planId}/${PLAN_PAGES.comparison}/`;
}

export function getDataPath(planId: string): string {
  return `/${planId}/${PLAN_PAGES.data}/`;
}

export function getSchedulePath(planId: string): string {
  return `/${planId}/${PLAN_PAGES.schedule}/`;
}

/** Evidence of a plan, optionally filtered: /2021/evidencias/dialogo/cumplida/, /2021/evidencias/todos/vencida/. */
export function getEvidencePath(planId: string, componentId?: string, state?: string, page = 1): string {
  const filter = state ? `${componentId ?? EVERY_COMPONENT}/${state}/` : componentId ? `${componentId}/` : '';
  return `/${planId}/${PLAN_PAGES.evidence}/${filter}${page > 1 ? `${PAGE_SEGMENT}/${page}/` : ''}`;
}

/** The rest parameter of an evidence list's route: "dialogo/cumplida/pagina/2", or undefined for the first list. */
export function toEvidenceRouteParam(path: string): string | undefined {
  return path.split('/').slice(3, -1).join('/') || undefined;
}

/** Path segment before the number of a page of a long list: /2021/evidencias/pagina/2/. */
export const PAGE_SEGMENT = 'pagina';

/** Path segment that stands for "every component" when only the state is filtered. */
export const EVERY_COMPONENT = 'todos';

export function getMethodPath(): string {
  return `/${SITE_PAGES.method}/`;
}

export function getGlossaryPath(): string {
  return `/${SITE_PAGES.glossary}/`;
}

export function getAccessibilityPath(): string {
  return `/${SITE_PAGES.accessibility}/`;
}

/** An id for a heading made of free text (file names, ids): letters, digits and dashes only. */
export function toFragmentId(prefix: string, name: string): string {
  return `${prefix}-${name.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}`;
}

/** The id of a piece of evidence on the pages that show it, e.g. evidencia-2021-2021-06-30-video-youtube. */
export function getEvidenceAnchor(entryId: string): string {
  return toFragmentId('evidencia', entryId);
}

/** The name of the feed of new evidence, for every plan: /evidencias.xml. */
export const FEED_NAME = 'evidencias';

export function getFeedPath(): string {
  return `/${FEED_NAME}.xml`;
}

/** The generated print stylesheets (src/pages/impresion.css.ts, and one beside each report). */
export const PRINT_STYLESHEET = 'impresion.css';

export function getPrintStylesheetPath(): string {
  return `/${PRINT_STYLESHEET}`;
}

export function getReportPrintStylesheetPath(planId: string, periodId: string): string {
  return `${getReportPath(planId, periodId)}${PRINT_STYLESHEET}`;
}

export function getSearchPath(): string {
  return `/${SITE_PAGES.search}/`;
}

/** The folder of the search index (Pagefind's script and data). */
const SEARCH_INDEX_FOLDER = 'pagefind';

/**
 * Where a search index is written: the site's own pages (home, glossary…) in /pagefind/, beside
 * Pagefind's script that the search page imports; each plan's pages in /pagefind/planes/2021/,
 * which the search page merges in. One index per plan lets a rebuild reuse those of the plans
 * that did not change. Pagefind names nothing of its own "planes", so no plan id can collide.
 */
export function getSearchIndexPath(planId?: string): string {
  return planId === undefined ? `/${SEARCH_INDEX_FOLDER}/` : `/${SEARCH_INDEX_FOLDER}/${SITE_PAGES.plans}/${planId}/`;
}

/** The web editor, for staff: not a citizen page (noindex, outside the sitemap and search). */
const SHARE_CARD_FOLDER = 'tarjetas';
const ICON_FOLDER = 'iconos';
const MANIFEST_NAME = 'manifest';
/** The home page's card, beside the plans' cards in /tarjetas/: no plan may take its name. */
const HOME_CARD_NAME = 'inicio';

/** The name of a page's card image: "/2021/informes/i-semestre/" → "2021/informes/i-semestre"; the home page's is "inicio". */
export function getShareCardName(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? HOME_CARD_NAME : trimmed;
}

/** The card image shown when a page is shared: "/2021/informes/i-semestre/" → "/tarjetas/2021/informes/i-semestre.png". */
export function getShareCardPath(pagePath: string): string {
  return `/${SHARE_CARD_FOLDER}/${getShareCardName(pagePath)}.png`;
}

/** A home-screen icon, by name: "/iconos/icono-192.png". */
export function getIconPath(name: string): string {
  return `/${ICON_FOLDER}/${name}.png`;
}

/** The manifest that names the site and its icons when someone adds it to a phone's home screen. */
export function getManifestPath(): string {
  return `/${MANIFEST_NAME}.webmanifest`;
}

export function getEditorPath(): string {
  return `/${SITE_PAGES.editor}/`;
}

/** The list of every plan the entity has published. */
export function getPlansPath(): string {
  return `/${SITE_PAGES.plans}/`;
}

/**
 * Files the build writes at the root of the site, by name without extension: the not-found
 * page, the home page's file, the feed, sitemap, robots, the generated colour and icon, the
 * search index, the print stylesheet, the shared-card images, the home-screen icons and their
 * manifest.
 */
const SITE_FILES = ['404', 'index', FEED_NAME, 'sitemap', 'robots', 'tema', 'favicon', SEARCH_INDEX_FOLDER, PRINT_STYLESHEET.split('.')[0]!, SHARE_CARD_FOLDER, ICON_FOLDER, MANIFEST_NAME, HOME_CARD_NAME];

/**
 * Words a plan, component or activity id may not be: a plan's id is the first segment of its
 * pages' addresses, beside the site's own pages and files; a component's or an activity's
 * comes after its plan's segment, beside the words of the evidence lists' addresses. One list
 * for all three keeps the rule simple to state; src/lib/site/routes.test.ts checks it against src/pages.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...Object.values(SITE_PAGES),
  ...SITE_FILES,
  ...Object.values(PLAN_PAGES),
  EVERY_COMPONENT,
  PAGE_SEGMENT,
]);

export function isReservedId(id: string): boolean {
  return RESERVED_IDS.has(id);
}
