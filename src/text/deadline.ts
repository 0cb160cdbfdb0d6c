import { parseIsoDate, shortDate } from './dates.js';

/**
 * A task's time limit as plans write it: a day ("2024-06-30"), or what real plans
 * say as often — "Quý II/2025", "tháng 6/2025", "6 tháng đầu năm 2025", "năm 2025",
 * "thường xuyên", "hằng quý". Each keeps its precision, the window it allows, and
 * the words the plan prints.
 */

export type DeadlinePrecision = 'day' | 'month' | 'quarter' | 'half-year' | 'year' | 'ongoing' | 'recurring';

export interface Deadline {
  /** As written in the YAML. */
  readonly written: string;
  readonly precision: DeadlinePrecision;
  /** First and last day the deadline allows (YYYY-MM-DD); none for "thường xuyên" and "hằng …". */
  readonly from?: string;
  readonly iso?: string;
  /** For a recurring one: how often. */
  readonly every?: 'month' | 'quarter' | 'year';
  /** In the assignment phrase: "hoàn thành trước ngày 30/6/2024", "hoàn thành trong Quý II/2025", "thực hiện thường xuyên". */
  readonly phrase: string;
  /** In a table's column: "30/6/2024", "Quý II/2025", "Thường xuyên". */
  readonly short: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const YEAR = '((?:19|20)\\d\\d)';
const SEP = '\\s*(?:/|năm)\\s*';

/** The deadline written `text`, or undefined when it is none of the forms above. */
export function parseDeadline(text: string): Deadline | undefined {
  const written = text;
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  const day = parseIsoDate(t);
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const printed = shortDate(day);
    return { written, precision: 'day', from: t, iso: t, phrase: `hoàn thành trước ngày ${printed}`, short: printed };
  }
  let m = new RegExp(`^quý\\s*(i{1,3}|iv|[1-4])${SEP}${YEAR}$`).exec(t);
  if (m) {
    const q = /^\d$/.test(m[1]!) ? Number(m[1]) : ROMAN.indexOf(m[1]!.toUpperCase()) + 1;
    const y = Number(m[2]);
    const label = `Quý ${ROMAN[q - 1]}/${y}`;
    return { written, precision: 'quarter', from: iso(y, 3 * q - 2, 1), iso: iso(y, 3 * q, lastDay(y, 3 * q)), phrase: `hoàn thành trong ${label}`, short: label };
  }
  m = new RegExp(`^tháng\\s*(\\d{1,2})${SEP}${YEAR}$`).exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    const label = `tháng ${mo}/${y}`;
    return { written, precision: 'month', from: iso(y, mo, 1), iso: iso(y, mo, lastDay(y, mo)), phrase: `hoàn thành trong ${label}`, short: `Tháng ${mo}/${y}` };
  }
  m = new RegExp(`^(?:06|6) tháng (đầu|cuối) năm ${YEAR}$`).exec(t);
  if (m) {
    const y = Number(m[2]);
    const first = m[1] === 'đầu';
    const label = `6 tháng ${m[1]} năm ${y}`;
    return {
      written, precision: 'half-year', from: iso(y, first ? 1 : 7, 1), iso: iso(y, first ? 6 : 12, first ? 30 : 31),
      phrase: `hoàn thành trong ${label}`, short: `6 tháng ${m[1]} năm ${y}`,
    };
  }
  m = new RegExp(`^năm ${YEAR}$`).exec(t);
  if (m) {
    const y = Number(m[1]);
    return { written, precision: 'year', from: iso(y, 1, 1), iso: iso(y, 12, 31), phrase: `hoàn thành trong năm ${y}`, short: `Năm ${y}` };
  }
  if (t === 'thường xuyên') return { written, precision: 'ongoing', phrase: 'thực hiện thường xuyên', short: 'Thường xuyên' };
  m = /^(?:hằng|hàng) (tháng|quý|năm)$/.exec(t);
  if (m) {
    const every = ({ tháng: 'month', quý: 'quarter', năm: 'year' } as const)[m[1] as 'tháng' | 'quý' | 'năm'];
    return { written, precision: 'recurring', every, phrase: `thực hiện hằng ${m[1]}`, short: `Hằng ${m[1]}` };
  }
  return undefined;
}

/** The forms parseDeadline reads, for the message that refuses another. */
export const DEADLINE_FORMS = '2025-06-30, Quý II/2025, tháng 6/2025, 6 tháng đầu năm 2025, năm 2025, thường xuyên, hằng tháng, hằng quý, hằng năm';

/**
 * A task's timeframe as the assignment phrase prints it ("từ ngày 01/7 đến ngày
 * 30/9/2024"), or undefined when the task's own words already give both dates, as plans
 * often do ("thời gian từ ngày 01/7/2024 đến hết ngày 30/9/2024"): said once, not twice.
 */
export function timeframePhrase(period: { readonly from: string; readonly to: string } | undefined, text: string): string | undefined {
  const from = period && parseIsoDate(period.from);
  const to = period && parseIsoDate(period.to);
  if (!from || !to) return undefined;
  const written = (d: typeof from) => new RegExp(`(?<!\\d)0?${d.day}\\s*/\\s*0?${d.month}(?!\\d)`, 'u');
  if (written(from).test(text) && written(to).test(text)) return undefined;
  const first = from.year === to.year ? shortDate(from).replace(/\/\d{4}$/, '') : shortDate(from);
  return `từ ngày ${first} đến ngày ${shortDate(to)}`;
}
