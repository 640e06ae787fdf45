/**
 * The only place where dates and numbers become text, with the site's locale and time zone
 * made explicit so that the output does not depend on the machine that builds it.
 */
import type { PlainDate } from './dates';
import { t } from './i18n';

// Noon UTC is the same calendar day in every time zone of the Americas.
function toNoonUtc(date: PlainDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 12));
}

const longDate = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: t.timeZone });
const monthYear = new Intl.DateTimeFormat(t.locale, { month: 'long', year: 'numeric', timeZone: t.timeZone });
const percent = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 0 });

/** "2021-06-30" → "30 de junio de 2021". */
export function formatDate(date: PlainDate): string {
  return longDate.format(toNoonUtc(date));
}

/** "2021-06-30" → "junio de 2021". */
export function formatMonth(date: PlainDate): string {
  return monthYear.format(toNoonUtc(date));
}

/** A whole percentage (80) → "80 %", as Spanish style writes it. */
export function formatPercent(value: number): string {
  return percent.format(value / 100);
}

/** 1500 → "1.500". */
export function formatNumber(value: number): string {
  return integer.format(value);
}

const kilobytes = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });

/** A file size: 980 → "980 bytes", 2150 → "2,1 KB". */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${formatNumber(bytes)} bytes` : `${kilobytes.format(bytes / 1024)} KB`;
}
