import { DEADLINE_FORMS, parseDeadline } from '../../text/deadline.js';
import { compareDates, dayMonth, parseIsoDate, shortDate } from '../../text/dates.js';
import type { PlanIndex } from '../plan-index.js';
import { error, type Finding } from './finding.js';

type DateValues = Pick<PlanIndex, 'dates' | 'dayMonths' | 'periods'>;

/** Dates exist (no 31/02) and periods run forward — for any file that holds dates. */
export function checkDateValues(index: DateValues): Finding[] {
  const out: Finding[] = [];
  for (const d of index.dates) {
    // The schema already reports text that is not shaped YYYY-MM-DD.
    if (/^\d{4}-\d{2}-\d{2}$/.test(d.value) && !parseIsoDate(d.value)) out.push(error('invalid-date', d.path, { value: d.value }));
  }
  for (const d of index.dayMonths) {
    if (/^\d{2}-\d{2}$/.test(d.value) && !dayMonth(d.value)) out.push(error('invalid-day-month', d.path, { value: d.value }));
  }
  for (const p of index.periods) {
    const from = typeof p.value.from === 'string' ? parseIsoDate(p.value.from) : undefined;
    const to = typeof p.value.to === 'string' ? parseIsoDate(p.value.to) : undefined;
    if (from && to && compareDates(from, to) > 0) out.push(error('period-reversed', [...p.path, 'from'], { from: shortDate(from), to: shortDate(to) }));
  }
  return out;
}

/** Deadlines in a form no plan writes ("quý 5/2025", "sớm"): said with the forms that are read. */
export function checkDeadlineForms(index: PlanIndex): Finding[] {
  return index.tasks.flatMap((t) => {
    const d = t.value.deadline;
    if (!d || /^\d{4}-/.test(d.value) || parseDeadline(d.value)) return [];
    return [error('deadline-unreadable', d.path, { value: d.value, forms: DEADLINE_FORMS })];
  });
}

/** A plan's dates, and its deadlines and timeframes inside the plan's period. */
export function checkDates(index: PlanIndex, planPeriod: { from?: unknown; to?: unknown } | undefined): Finding[] {
  const out = checkDateValues(index);
  const from = typeof planPeriod?.from === 'string' ? parseIsoDate(planPeriod.from) : undefined;
  const to = typeof planPeriod?.to === 'string' ? parseIsoDate(planPeriod.to) : undefined;
  // A reversed period was reported above; measuring deadlines against it would only add noise.
  if (!from || !to || compareDates(from, to) > 0) return out;
  const outside = (value: string) => {
    const d = parseIsoDate(value);
    return d !== undefined && (compareDates(d, from) < 0 || compareDates(d, to) > 0);
  };
  for (const t of index.tasks) {
    const window = t.value.deadline && !/^\d{4}-/.test(t.value.deadline.value) ? parseDeadline(t.value.deadline.value) : undefined;
    if (window?.from && window.iso && (window.iso < (planPeriod!.from as string) || window.from > (planPeriod!.to as string))) {
      out.push(error('date-outside-period', t.value.deadline!.path, { value: window.short, from: shortDate(from), to: shortDate(to) }));
    }
    const dates = [window ? undefined : t.value.deadline];
    const tf = t.value.timeframe;
    if (tf && typeof tf.value === 'object' && tf.value !== null) {
      for (const k of ['from', 'to'] as const) {
        const v = (tf.value as Record<string, unknown>)[k];
        if (typeof v === 'string') dates.push({ path: [...tf.path, k], value: v });
      }
    }
    for (const d of dates) {
      if (d && outside(d.value)) {
        out.push(error('date-outside-period', d.path, { value: shortDate(parseIsoDate(d.value)!), from: shortDate(from), to: shortDate(to) }));
      }
    }
  }
  return out;
}

