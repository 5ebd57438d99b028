/** Calendar arithmetic on ISO dates (UTC, no time zones) for the corpus generator. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = 86_400_000;

export const toIso = (time: number): string => new Date(time).toISOString().slice(0, 10);
export const toTime = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const addDays = (iso: string, days: number): string => toIso(toTime(iso) + days * DAY);
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** The nearest weekday on or before the date (analysis periodicals appear Monday to Friday). */
export function weekdayOnOrBefore(iso: string): string {
  const day = new Date(toTime(iso)).getUTCDay();
  return day === 0 ? addDays(iso, -2) : day === 6 ? addDays(iso, -1) : iso;
}

/** "September 20": how the originals write a date in the year they appear. */
export const monthDay = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;

/** "20 September 2004": how the editorial notes write a full date. */
export const dayMonthYear = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** "September 2004" from "2004-09". */
export const monthYear = (yearMonth: string): string => `${MONTHS[Number(yearMonth.slice(5, 7)) - 1]} ${yearMonth.slice(0, 4)}`;

/** "1–5 December 2004" for a span within one month. */
export const daySpan = (from: string, until: string): string => `${Number(from.slice(8, 10))}–${dayMonthYear(until)}`;

/** The latest date an editorial note may speak of: nothing after the edition was prepared. */
export const LATEST_DATE = '2026-06-30';
