/** Dates as the edition writes them: ISO in the content, words on the page. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Whether `text` is a date of the calendar, as precise as it is written: YYYY, YYYY-MM or
 * YYYY-MM-DD with a month that exists and a day that month has (29 February only in a leap year).
 * The shape alone let 2004-13-45 through to the pages as "about undefined 45, 2004".
 */
export function isCalendarDate(text: string, precision: 'day' | 'any' = 'any'): boolean {
  const match = (precision === 'day' ? /^(\d{4})-(\d{2})-(\d{2})$/ : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/).exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}

/** A full ISO date as readers write it: September 22, 2004. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTHS[month! - 1]} ${day}, ${year}`;
}

/** A date of any precision (2004, 2004-09, 2004-09-20) in words. */
export function partialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return longDate(date);
  if (month) return `${MONTHS[Number(month) - 1]} ${year}`;
  return year!;
}

/** A date or a span of dates in words: "December 1, 2004 – December 5, 2004" shortened where parts repeat. */
export function dateSpan(date: string, until?: string): string {
  if (!until || until === date) return partialDate(date);
  const [y1, m1, d1] = date.split('-');
  const [y2, m2, d2] = until.split('-');
  if (y1 === y2 && m1 && m1 === m2 && d1 && d2) return `${MONTHS[Number(m1) - 1]} ${Number(d1)}–${Number(d2)}, ${y1}`;
  return `${partialDate(date)} – ${partialDate(until)}`;
}
