/**
 * Dates as Vietnamese official documents write them (NĐ 30, Phụ lục I):
 * day zero-padded below 10, month zero-padded only for January and February,
 * year in full. Calendar dates are plain {year, month, day}: no time zone can
 * shift a document's date.
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= 2200 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses "YYYY-MM-DD"; returns undefined for a malformed or impossible date such as 2024-02-31. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * A date as a Vietnamese text writes it: "15/12/2026", "5/1/2026", or at length
 * "15 tháng 12 năm 2026" (a leading "ngày" aside); undefined for anything else or an
 * impossible date.
 */
export function parseWrittenDate(text: string): CalendarDate | undefined {
  const t = text.trim().replace(/^ngày\s+/u, '');
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t) ?? /^(\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/u.exec(t);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function dayText(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function monthText(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 02 năm 2024" */
export function longDate(d: CalendarDate): string {
  return `ngày ${dayText(d.day)} tháng ${monthText(d.month)} năm ${d.year}`;
}

/** The place-date line: "Ninh Bình, ngày 05 tháng 02 năm 2024". */
export function placeDateLine(place: string, d: CalendarDate): string {
  return `${place}, ${longDate(d)}`;
}

/** The short form used when citing documents: "15/01/2024", "12/8/2016". */
export function shortDate(d: CalendarDate): string {
  return `${dayText(d.day)}/${monthText(d.month)}/${d.year}`;
}

/** A yearly due day such as "trước 15/5": "MM-DD" → "15/5". */
export function dayMonth(monthDay: string): string | undefined {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (!isValidDate(2024, month, day)) return undefined; // a leap year accepts 29/02
  return `${day}/${month}`;
}
