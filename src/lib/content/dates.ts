/**
 * Calendar dates as ISO strings ("2021-06-30"). A cut-off or an evidence date is a day in
 * Colombia, not an instant: keeping it as text avoids every time-zone shift, and ISO text
 * sorts and compares in calendar order.
 */
export type PlainDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True only for a real calendar day written as YYYY-MM-DD: 2021-02-29 and 2021-13-45 are not. */
export function isPlainDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= getDaysInMonth(year, month);
}

function getDaysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps it free of DST.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day of a year, e.g. "2021-01-01". */
export function getYearStart(year: number): PlainDate {
  return `${year}-01-01`;
}

/** The last day of a year, e.g. "2021-12-31". */
export function getYearEnd(year: number): PlainDate {
  return `${year}-12-31`;
}

/**
 * The same day and month in another year: 2021-06-30 for 2201-06-30, what an editor who
 * mistyped the year most likely meant. Undefined when that year lacks the day (29 February).
 */
export function toSameDayInYear(date: PlainDate, year: number): PlainDate | undefined {
  const moved = `${year}${date.slice(4)}`;
  return isPlainDate(moved) ? moved : undefined;
}

/** The first day of the month of a plain date, e.g. "2021-06-01" for "2021-06-30". */
export function getMonthStart(date: PlainDate): PlainDate {
  return `${date.slice(0, 7)}-01`;
}

/** Sort comparator for plain dates, oldest first. */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar day of an instant in a time zone, e.g. today in Bogotá. */
export function toPlainDate(instant: Date, timeZone: string): PlainDate {
  // en-CA writes dates as YYYY-MM-DD: a machine format here, never shown to readers.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * An instant within a plain date, for formats that need one (RSS): noon UTC falls on the
 * same calendar day in every time zone of the Americas.
 */
export function toDayInstant(date: PlainDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 12));
}
