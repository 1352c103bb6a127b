import { formatWorkshopDate } from '../features/workshops/format';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const DATE_EXAMPLE = '31 Jan 2027';

/**
 * A date typed the way the app writes it ("1 Dec 2026", "1 December 2026", "Dec 1, 2026")
 * or as "2026-12-01", as "YYYY-MM-DD"; null when it is not a real calendar date. Dates
 * with the month as a number other than ISO are refused: 03/04 reads differently on
 * either side of the Atlantic.
 */
export function parseTypedDate(text: string): string | null {
  const typed = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const dayFirst = /^(\d{1,2})\.? ([a-z]+)\.? (\d{4})$/.exec(typed);
  const monthFirst = /^([a-z]+)\.? (\d{1,2}) (\d{4})$/.exec(typed);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [y, m, d] = [Number(dayFirst[3]), monthOf(dayFirst[2]!), Number(dayFirst[1])];
  else if (monthFirst) [y, m, d] = [Number(monthFirst[3]), monthOf(monthFirst[1]!), Number(monthFirst[2])];
  else return null;
  if (m < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthOf(word: string): number {
  if (word.length < 3) return 0;
  return MONTHS.findIndex((month) => word.startsWith(month)) + 1;
}

/** "2026-12-01" → "1 Dec 2026"; empty stays empty. */
export function showDate(isoDate: string): string {
  return isoDate === '' ? '' : formatWorkshopDate(isoDate, 'en-GB');
}
