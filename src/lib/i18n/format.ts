/**
 * The only place where dates and numbers become text, with the site's locale and time zone
 * made explicit so that the output does not depend on the machine that builds it.
 */
import { toDayInstant, type PlainDate } from '../content/dates';
import { t } from '.';

const longDate = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: t.timeZone });
const monthYear = new Intl.DateTimeFormat(t.locale, { month: 'long', year: 'numeric', timeZone: t.timeZone });

/**
 * Every number the site prints goes through one of these. Intl writes a sign on negative
 * zero, and on any value that rounds to zero from below ("-0 %"), which no one reads as a
 * quantity: 'negative' keeps the sign only for values that stay below zero once rounded.
 */
function toNumberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(t.locale, { ...options, signDisplay: 'negative' });
}

const percent = toNumberFormat({ style: 'percent', maximumFractionDigits: 0 });
const integer = toNumberFormat({ maximumFractionDigits: 0 });

/** "2021-06-30" → "30 de junio de 2021". */
export function formatDate(date: PlainDate): string {
  return longDate.format(toDayInstant(date));
}

/** "2021-06-30" → "junio de 2021". */
export function formatMonth(date: PlainDate): string {
  return monthYear.format(toDayInstant(date));
}

/** A whole percentage (80) → "80 %", as Spanish style writes it. */
export function formatPercent(value: number): string {
  return percent.format(value / 100);
}

/** 1500 → "1.500". */
export function formatNumber(value: number): string {
  return integer.format(value);
}

const kilobytes = toNumberFormat({ maximumFractionDigits: 1 });

/** A file size: 980 → "980 bytes", 2150 → "2,1 KB". */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${formatNumber(bytes)} bytes` : `${kilobytes.format(bytes / 1024)} KB`;
}

const TITLE_LIMIT = 70;

/**
 * The document title: "<page> · <plan> · <entity>", within 70 characters so that tabs and
 * search results show the end of it. A page of a plan names the plan by its id (its year,
 * "2021"), short enough to survive: two plans' pages never share a title. Long page names
 * (activities are named as the plan publishes them) are cut at a word and end in "…"; the full
 * name is the page's heading.
 */
export function formatPageTitle(page: string, entity: string, planId?: string): string {
  const plan = planId !== undefined && !page.includes(planId) ? ` · ${planId}` : '';
  const suffix = `${plan} · ${entity}`;
  if (page.length + suffix.length <= TITLE_LIMIT) return `${page}${suffix}`;
  const room = Math.max(TITLE_LIMIT - suffix.length - 1, 10);
  const cut = page.slice(0, room + 1);
  const atWord = cut.lastIndexOf(' ') > room / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut.slice(0, room);
  // Short trailing words are articles and prepositions ("de la"): the name reads better without them.
  return `${atWord.replace(/(?:\s+\S{1,3})+$/, '').replace(/[\s,.;:·-]+$/, '')}…${suffix}`;
}
