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

export function getReportPath(planId: string, periodId: string): string {
  return `/${planId}/informes/${periodId}/`;
}

/** The list of every report of a plan. */
export function getReportsPath(planId: string): string {
  return `/${planId}/informes/`;
}

export function getActivityPath(planId: string, activitySlug: string): string {
  return `/${planId}/actividades/${activitySlug}/`;
}

export function getPlanPath(planId: string): string {
  return `/${planId}/`;
}

export function getComponentPath(planId: string, componentId: string): string {
  return `/${planId}/componentes/${componentId}/`;
}

export function getDataPath(planId: string): string {
  return `/${planId}/datos/`;
}

export function getSchedulePath(planId: string): string {
  return `/${planId}/cronograma/`;
}

/** Evidence of a plan, optionally filtered: /2021/evidencias/dialogo/cumplida/, /2021/evidencias/todos/vencida/. */
export function getEvidencePath(planId: string, componentId?: string, state?: string, page = 1): string {
  const filter = state ? `${componentId ?? EVERY_COMPONENT}/${state}/` : componentId ? `${componentId}/` : '';
  return `/${planId}/evidencias/${filter}${page > 1 ? `${PAGE_SEGMENT}/${page}/` : ''}`;
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
  return '/como-se-calcula/';
}

export function getGlossaryPath(): string {
  return '/glosario/';
}

export function getAccessibilityPath(): string {
  return '/accesibilidad/';
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

export function getSearchPath(): string {
  return '/buscar/';
}

/** The list of every plan the entity has published. */
export function getPlansPath(): string {
  return '/planes/';
}
