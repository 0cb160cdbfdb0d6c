import type { TableInput } from '../load/outline-types.js';
import type { TableAnswer } from '../load/report-types.js';

/**
 * Computed columns of a statistics table: the period total (from the years that
 * have a value) and the change against the previous period — never typed.
 */
export interface MetricRow {
  readonly id: string;
  readonly label: string;
  readonly unit?: string;
  readonly years: ReadonlyArray<number | null>;
  readonly total: number | null;
  readonly previous: number | null;
  readonly change: number | null;
}

export function metricRows(table: TableInput, answer: TableAnswer | undefined, years: readonly number[]): MetricRow[] {
  return table.metrics.map((m) => {
    const values = answer?.[m.id] ?? {};
    const ys = years.map((y) => (typeof values[String(y)] === 'number' ? (values[String(y)] as number) : null));
    const known = ys.filter((v): v is number => v !== null);
    const total = known.length > 0 ? known.reduce((a, b) => a + b, 0) : null;
    const previous = typeof values.previous === 'number' ? values.previous : null;
    return {
      id: m.id, label: m.label, ...(m.unit ? { unit: m.unit } : {}), years: ys, total, previous,
      change: total !== null && previous !== null ? total - previous : null,
    };
  });
}

/** "+3 (+25%)", "-2 (-40%)", "0": Vietnamese decimal comma, one decimal place where needed. */
export function changeText(change: number | null, previous: number | null): string {
  if (change === null) return '';
  const sign = change > 0 ? '+' : '';
  if (!previous) return `${sign}${change}`;
  const pct = Math.round((change / previous) * 1000) / 10;
  return `${sign}${change} (${sign}${String(pct).replace('.', ',')}%)`;
}

/**
 * A breakdown that disagrees with its total: the parts of one breakdown (metrics
 * whose labels share the text before ":", such as "Theo giới tính: nữ" and
 * "Theo giới tính: nam") must add up to the whole they are parts of.
 */
export function breakdownConflicts(table: TableInput, answer: TableAnswer | undefined, years: readonly number[]): string[] {
  const out: string[] = [];
  const groups = new Map<string, string[]>();
  for (const m of table.metrics) {
    if (!m.parts_of) continue;
    const key = `${m.parts_of}|${m.label.split(':')[0]!.trim()}`;
    groups.set(key, [...(groups.get(key) ?? []), m.id]);
  }
  for (const [key, parts] of groups) {
    const whole = key.split('|')[0]!;
    for (const y of years) {
      const w = answer?.[whole]?.[String(y)];
      const values = parts.map((p) => answer?.[p]?.[String(y)]);
      if (typeof w !== 'number' || values.some((v) => typeof v !== 'number')) continue;
      const sum = (values as number[]).reduce((a, b) => a + b, 0);
      if (sum !== w) out.push(`${table.id}.${whole}.${y}: ${parts.join(' + ')} = ${sum} ≠ ${w}`);
    }
  }
  return out;
}
