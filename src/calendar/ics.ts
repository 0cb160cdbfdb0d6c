import ical from 'ical-generator';
import type { PlanEvent } from './plan-events.js';
import { eventFingerprint, sequenceOf, type Previous } from './sequence.js';

/** Vietnam keeps UTC+7 all year: one STANDARD rule, no daylight saving. */
const VIETNAM = [
  'BEGIN:VTIMEZONE', 'TZID:Asia/Ho_Chi_Minh', 'X-LIC-LOCATION:Asia/Ho_Chi_Minh',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'TZNAME:+07', 'DTSTART:19700101T000000', 'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * The events as iCalendar (RFC 5545), written by ical-generator. All-day dates
 * carry no time zone; the calendar names Asia/Ho_Chi_Minh with its VTIMEZONE for
 * clients that ask. DTSTAMP is the plan's own date, so the same plan gives the same bytes.
 */
export function toIcs(name: string, stampIso: string, events: readonly PlanEvent[], previous: ReadonlyMap<string, Previous> = new Map()): string {
  const cal = ical({ name, prodId: { company: 'vanban', product: 'vanban', language: 'VI' }, timezone: { name: 'Asia/Ho_Chi_Minh', generator: () => VIETNAM } });
  // ical-generator writes a Date with the machine's local clock: a Date made at local
  // midnight of the day prints as that day in every time zone (the determinism test runs two).
  const day = (isoDate: string, plus = 0) => {
    const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d + plus);
  };
  for (const e of events) {
    cal.createEvent({
      id: e.uid, summary: e.summary, description: e.description, allDay: true,
      // DTEND of an all-day event is the day after the last (exclusive).
      start: day(e.start), end: day(e.end, 1), stamp: day(stampIso),
      sequence: sequenceOf(e, previous),
      x: { 'X-VANBAN-PRECISION': e.precision, 'X-VANBAN-FINGERPRINT': eventFingerprint(e) },
      // The last day of a month is not a day of the month: RFC 5545's BYMONTHDAY=-1 says it.
      ...(e.repeat ? { repeating: `FREQ=MONTHLY;INTERVAL=${e.repeat.every === 'month' ? 1 : e.repeat.every === 'quarter' ? 3 : 12};BYMONTHDAY=-1;UNTIL=${e.repeat.until.replace(/-/g, '')}` } : {}),
    });
  }
  // With a calendar time zone set, ical-generator writes DTSTAMP as local time; RFC 5545
  // wants it in UTC. The stamp is the plan's date at midnight, so say so in UTC.
  return cal.toString().replace(/^DTSTAMP:(\d{8}T\d{6})\r?$/gm, (line, t: string) => line.replace(t, `${t}Z`));
}
