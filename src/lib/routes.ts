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

export function getReportPath(planId: string, periodId: string): string {
  return `/${planId}/informes/${periodId}/`;
}

export function getActivityPath(planId: string, activitySlug: string): string {
  return `/${planId}/actividades/${activitySlug}/`;
}
