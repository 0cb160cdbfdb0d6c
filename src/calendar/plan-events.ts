import type { ResolvedAgency, ResolvedPlan, ResolvedReporting } from '../plan/types.js';
import { shorten } from '../text/shorten.js';
import { assignmentsOf } from '../plan/subplan.js';
import { query } from '../plan/walk.js';
import { parseIsoDate, shortDate } from '../text/dates.js';
import { upperFirst } from '../text/case.js';
import type { DeadlinePrecision } from '../text/deadline.js';
import { citedKyHieu } from '../text/ky-hieu.js';
import { slugify } from '../text/slug.js';

/**
 * The dates a plan sets, as calendar entries: task deadlines, campaign windows
 * (a task's timeframe, e.g. 01/7–30/9/2024), reporting deadlines (quarterly,
 * 6-month, yearly, end of period). Every entry is all-day; one the plan dates only
 * vaguely ("định kỳ theo quý" with no day) falls on the last day of its period and
 * says so. Ids are stable per plan node × agency, so a new export updates events.
 */
export interface PlanEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** Last day, inclusive. */
  readonly end: string;
  /** How exact the date is: the plan's own day, the end of a period it names or reports for, or a repeating reminder. */
  readonly precision: 'day' | 'period-end' | Exclude<DeadlinePrecision, 'day'>;
  /** Repeats (RRULE) until the plan's period ends: "thường xuyên", "hằng quý". */
  readonly repeat?: { readonly every: 'month' | 'quarter' | 'year'; readonly until: string };
}

/** The first last-day-of-a-month (of a quarter, of the year) on or after `from`. */
function firstDue(every: 'month' | 'quarter' | 'year', from: string): string {
  const y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  if (every === 'quarter') m = Math.ceil(m / 3) * 3;
  if (every === 'year') m = 12;
  return iso(y, m, lastDay(y, m));
}

const EVERY: Record<string, { label: string; months: number[] }> = {
  month: { label: 'hằng tháng', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  quarter: { label: 'quý', months: [3, 6, 9, 12] },
  'half-year': { label: '6 tháng', months: [6, 12] },
  year: { label: 'năm', months: [12] },
  'period-end': { label: 'tổng kết', months: [] },
};

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const short = (text: string) => shorten(text, 90).replace(/[.:;]$/, '');
const names = (l: readonly ResolvedAgency[]) => l.map((a) => a.printed).join(', ');
const dmy = (isoDate: string) => shortDate(parseIsoDate(isoDate)!);

export function planEvents(plan: ResolvedPlan, agencyId?: string): PlanEvent[] {
  const doc = plan.input.document;
  // The plan's key leaves out its number and date, which the draft lacks and the issued plan has:
  // a calendar that imported the draft updates its events from the issued plan instead of doubling them.
  const period = doc.period ?? { from: `${doc.date.slice(0, 4)}-01-01`, to: `${doc.date.slice(0, 4)}-12-31` };
  const planKey = slugify(`${doc.issuer_code} ${period.from} ${period.to} ${doc.subject.split(/\s+/).slice(0, 8).join(' ')}`);
  const uid = (...parts: string[]) => `${[planKey, ...parts].join('.')}@vanban`;
  const ref = `Kế hoạch số ${citedKyHieu({ ...(doc.number !== undefined ? { number: doc.number } : {}), typeCode: 'KH', issuerCode: doc.issuer_code })}`;
  const tasks = agencyId ? assignmentsOf(plan, agencyId).map((a) => a.task) : query(plan, 'task');
  const out: PlanEvent[] = [];
  const who = agencyId ? [agencyId] : [];
  for (const t of tasks) {
    const phrase = t.assignment.phrase ? `${t.assignment.phrase}. ` : '';
    const d = t.deadline;
    if (d?.iso) {
      // A window ("Quý II/2025") is due on its last day, and says how vague the plan was.
      out.push({
        uid: uid('han', t.id, ...who), summary: `Hạn: ${short(t.text)}`, start: d.iso, end: d.iso, precision: d.precision,
        description: `${t.text}\n${phrase}${upperFirst(d.phrase)} (${ref}).`
          + (d.precision === 'day' ? '' : ` Kế hoạch ghi "${d.short}", không ghi ngày cụ thể: đặt vào ngày cuối (${dmy(d.iso)}).`),
      });
    } else if (d) {
      // "Thường xuyên", "hằng quý": a reminder that repeats through the plan's period.
      const every = d.every ?? 'month';
      out.push({
        uid: uid('han', t.id, ...who), summary: `${d.short}: ${short(t.text)}`, start: firstDue(every, period.from), end: firstDue(every, period.from),
        precision: d.precision, repeat: { every, until: period.to },
        description: `${t.text}\n${phrase}${upperFirst(d.phrase)} (${ref}). Kế hoạch không ghi hạn: nhắc ${every === 'month' ? 'cuối mỗi tháng' : every === 'quarter' ? 'cuối mỗi quý' : 'cuối mỗi năm'} trong thời gian thực hiện kế hoạch.`,
      });
    }
    if (t.timeframe) {
      out.push({
        uid: uid('dot', t.id, ...who), summary: short(t.text), start: t.timeframe.from, end: t.timeframe.to, precision: 'day',
        description: `${t.text}\n${phrase}Từ ${dmy(t.timeframe.from)} đến ${dmy(t.timeframe.to)} (${ref}).`,
      });
    }
  }
  const concerns = (r: ResolvedReporting) => !agencyId || [...r.from, r.to, ...(r.via ? [r.via] : [])]
    .some((a) => a.id === agencyId || a.members.some((m) => m.id === agencyId));
  for (const item of query(plan, 'item')) {
    item.reporting.filter(concerns).forEach((r, k) => {
      const to = `${r.to.printed}${r.via ? ` (qua ${r.via.printed})` : ''}`;
      for (const sch of r.schedule) {
        const every = EVERY[sch.every]!;
        for (const date of reportDates(sch.every, sch.due, period.from, period.to, every.months)) {
          out.push({
            uid: uid('bao-cao', item.id, String(k), sch.every, date.date, ...who),
            summary: `Hạn gửi báo cáo ${every.label} về ${r.to.printed}`,
            start: date.date, end: date.date, precision: date.precision,
            description: `${names(r.from)} gửi báo cáo ${every.label} về ${to} (${ref}).`
              + (date.precision === 'period-end' ? ' Kế hoạch không ghi ngày cụ thể: đặt vào ngày cuối kỳ.' : ''),
          });
        }
      }
    });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}

/** The days a report falls due within the plan's period: the plan's own day ("due: 06-20"), else each period's last day. */
function reportDates(every: string, due: string | undefined, from: string, to: string, months: readonly number[]): Array<{ date: string; precision: 'day' | 'period-end' }> {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  const inPeriod = (d: string) => d >= from && d <= to;
  if (due) {
    const [m, d] = due.split('-').map(Number) as [number, number];
    const dates = every === 'period-end' ? [iso(Number(to.slice(0, 4)), m, d)] : years.map((y) => iso(y, m, d));
    // A "period-end" report may fall due after the period closes; the others stay inside it.
    return dates.filter((x) => every === 'period-end' || inPeriod(x)).map((date) => ({ date, precision: 'day' as const }));
  }
  if (every === 'period-end') return [{ date: to, precision: 'period-end' }];
  return years.flatMap((y) => months.map((m) => iso(y, m, lastDay(y, m)))).filter(inPeriod).map((date) => ({ date, precision: 'period-end' as const }));
}
