/**
 * What search engines and feed readers read: sitemap.xml, robots.txt and the evidence feeds
 * (the site's, and one per component).
 * Addresses are absolute (they leave the site), so they need SITE_URL; without it the build
 * publishes robots.txt only and says why.
 */
import type { RSSOptions } from '@astrojs/rss';
import { toBodyText } from './body-html';
import type { Catalog, Component, Evidence, Task } from '../content/catalog';
import { compareDates, toDayInstant, type PlainDate } from '../content/dates';
import { toEscapedMarkup, toXmlCharacters } from './escape';
import { formatDate, formatPercent } from '../i18n/format';
import { t } from '../i18n';
import { getActivityPath, getComponentFeedPath, getComponentPath, getEvidenceAnchor, getFeedPath, toHref } from '../site/routes';

/** The newest evidence of every plan, as the feed lists it. */
export interface FeedItem {
  /** Stable id: the evidence file's entry id. */
  id: string;
  title: string;
  /** Site path (without BASE_PATH) of the evidence on its activity page. */
  path: string;
  date: PlainDate;
  /** Plain text: what was done and the execution reached. */
  description: string;
}

/** How many pieces of evidence the feed carries: readers only look at what is new. */
export const FEED_SIZE = 50;

function toFeedItem(evidence: Evidence): FeedItem {
  const { task } = evidence;
  const execution = t.ui.evidenceExecution(formatPercent(evidence.avance));
  return {
    id: evidence.entryId,
    title: t.feed.itemTitle(formatDate(evidence.fecha), task.producto ?? task.tarea),
    path: `${getActivityPath(task.activity.plan.id, task.activity.slug)}#${getEvidenceAnchor(evidence.entryId)}`,
    date: evidence.fecha,
    description: [toBodyText(evidence.texto), `${execution}.`, evidence.nota].filter(Boolean).join('\n\n'),
  };
}

/** The newest evidence first, across plans; same day: by file, so the order never changes between builds. */
export function getFeedItems(catalog: Catalog, size = FEED_SIZE): FeedItem[] {
  return getTasksFeedItems(catalog.plans.flatMap((plan) => plan.tasks), size);
}

function getTasksFeedItems(tasks: readonly Task[], size: number): FeedItem[] {
  return tasks
    .flatMap((task) => task.evidence)
    .sort((a, b) => compareDates(b.fecha, a.fecha) || a.entryId.localeCompare(b.entryId))
    .slice(0, size)
    .map(toFeedItem);
}

/**
 * RSS 2.0 says a description is HTML, and leaves titles open: readers show descriptions as
 * HTML, and many (Universal Feed Parser among them) read a title as HTML once it looks like
 * markup. So every text of the feed is plain text escaped for HTML: the XML writer escapes it
 * once more, and a reader gets an editor's "<img …>" back as the characters written, never as
 * an element, whichever way it reads the field.
 */
function toFeedText(text: string): string {
  return toEscapedMarkup(toXmlCharacters(text));
}

/** What sets one feed apart: its words, its own address and the page it follows. */
interface FeedSource {
  title: string;
  description: string;
  /** Site path of the feed itself. */
  path: string;
  /** Site path of the page the feed follows. */
  page: string;
  items: FeedItem[];
}

/** The site's evidence feed: the newest evidence of every plan. */
export function getFeed(catalog: Catalog, site: URL | string): RSSOptions {
  const entity = catalog.site.entidad;
  return toRssOptions(
    { title: t.feed.title(entity), description: t.feed.description(entity), path: getFeedPath(), page: '/', items: getFeedItems(catalog) },
    site,
  );
}

/** A component's evidence feed, for citizens who follow one line of work of the plan. */
export function getComponentFeed(component: Component, entity: string, site: URL | string, size = FEED_SIZE): RSSOptions {
  const { plan } = component;
  return toRssOptions(
    {
      title: t.feed.componentTitle(component.nombre, entity),
      description: t.feed.componentDescription(component.nombre, plan.titulo),
      path: getComponentFeedPath(plan.id, component.id),
      page: getComponentPath(plan.id, component.id),
      items: getTasksFeedItems(component.tasks, size),
    },
    site,
  );
}

/**
 * A feed as @astrojs/rss writes it, every address absolute from `site`. It names its own
 * address (atom:link rel="self", which feed validators ask for) and says when it last changed
 * by its newest evidence's date, never the build's: rebuilding it changes nothing.
 */
function toRssOptions({ title, description, path, page, items }: FeedSource, site: URL | string): RSSOptions {
  const self = new URL(toHref(path), site).href;
  const newest = items[0];
  return {
    title: toFeedText(title),
    description: toFeedText(description),
    site: new URL(toHref(page), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: items.map((item) => ({
      title: toFeedText(item.title),
      link: new URL(toHref(item.path), site).href,
      pubDate: toDayInstant(item.date),
      description: toFeedText(item.description),
    })),
    customData: [
      `<language>${t.locale.toLowerCase()}</language>`,
      `<atom:link href="${toEscapedMarkup(self)}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [`<lastBuildDate>${toDayInstant(newest.date).toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
  };
}

/** sitemap.xml for absolute page addresses, sorted so that rebuilds are identical. */
export function toSitemapXml(urls: readonly string[]): string {
  const entries = [...urls].sort().map((url) => `  <url><loc>${toEscapedMarkup(url)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</urlset>', ''].join('\n');
}

/** robots.txt: everything may be indexed; the sitemap's address when there is one. */
export function toRobotsTxt(sitemapUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
