import { parseIsoDate, shortDate } from '../text/dates.js';
import type { OutlineNode } from '../report/resolve-outline.js';
import type { AnswerInput } from '../load/report-types.js';
import { query } from '../plan/walk.js';
import type { TargetInput } from '../load/types.js';
import { changeText, metricRows } from '../report/statistics.js';
import { paragraphsOf, reportFrame } from './document-view.js';
import type { CheckedReport } from '../report/types.js';

/**
 * What the report templates see: the outline's numbering, the answers, and every
 * computed figure — period totals, change against the previous period, targets
 * achieved or not — as text ready to print.
 */
export interface TableView {
  readonly title: string;
  readonly widths: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

export interface ReportNodeView {
  readonly id: string;
  readonly number: string;
  readonly part: boolean;
  readonly headingLevel: number;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly agencyTexts: ReadonlyArray<{ readonly name: string; readonly text: string }>;
  readonly tables: readonly TableView[];
  readonly lists: readonly TableView[];
  readonly children: readonly ReportNodeView[];
}

/** Vietnamese decimals use a comma: 92,5. */
const decimal = (v: number) => String(v).replace('.', ',');
const count = (v: number | null) => (v === null ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
const COMPARATOR: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

function hasContent(a: AnswerInput | undefined): boolean {
  if (!a) return false;
  const numbers = Object.values(a.tables ?? {}).some((t) => Object.values(t).some((v) => Object.values(v).some((x) => typeof x === 'number')));
  const rows = Object.values(a.lists ?? {}).some((l) => l.length > 0);
  return paragraphsOf(a.text).length > 0 || Object.keys(a.by_agency ?? {}).length > 0 || numbers || rows;
}

function achieved(t: TargetInput, value: number): boolean {
  const goal = t.value!;
  switch (t.comparator ?? '>=') {
    case '>=': return value >= goal;
    case '>': return value > goal;
    case '=': return value === goal;
    case '<=': return value <= goal;
    case '<': return value < goal;
  }
}

export function buildReportView(r: CheckedReport) {
  const { input, outline } = r;
  const o = outline.resolved.input;
  const years = o.years ?? [];
  const nameOf = (id: string) => outline.agencies.get(id)?.short ?? outline.agencies.get(id)?.name ?? id;

  const node = (on: OutlineNode): ReportNodeView | undefined => {
    const n = on.input;
    const children = on.children.map(node).filter((c): c is ReportNodeView => c !== undefined);
    const a = r.answers[n.id];
    // An outline's node nobody answered is left out; a section the report's author wrote is printed, words or not.
    if (!hasContent(a) && children.length === 0 && !r.ownSections) return undefined;
    const tables = (n.tables ?? []).filter((t) => a?.tables?.[t.id]).map((t): TableView => ({
      title: t.title,
      widths: ['3.6', ...years.map(() => '1.15'), '1.15', '1.4', '1.9'].join(','),
      columns: ['Chỉ tiêu', ...years.map(String), 'Tổng', o.previous_period ?? 'Giai đoạn trước', 'Tăng (+), giảm (-)'],
      rows: metricRows(t, a?.tables?.[t.id], years).map((m) => [
        `${m.label}${m.unit ? ` (${m.unit})` : ''}`, ...m.years.map(count), count(m.total), count(m.previous), changeText(m.change, m.previous),
      ]),
    }));
    const lists = (n.lists ?? []).filter((l) => (a?.lists?.[l.id] ?? []).length > 0).map((l): TableView => ({
      title: l.title,
      widths: l.columns.map((_, i) => (i === 0 ? '3' : '1.5')).join(','),
      columns: l.columns,
      rows: (a?.lists?.[l.id] ?? []).map((row) => row.map(listCell)),
    }));
    return {
      id: n.id, number: on.number, part: on.part, headingLevel: on.headingLevel, title: n.title,
      paragraphs: paragraphsOf(a?.text),
      agencyTexts: Object.entries(a?.by_agency ?? {}).map(([id, text]) => ({ name: nameOf(id), text: text.replace(/\s+/g, ' ').trim() })),
      tables, lists, children,
    };
  };

  const targets = r.plan ? query(r.plan, 'target').map((t) => t.input).filter((t) => t.value !== undefined && input.targets?.[t.id] !== undefined) : [];
  return {
    ...reportFrame(input),
    opening: paragraphsOf(input.opening),
    conclusion: paragraphsOf(input.conclusion),
    sources: (input.sources ?? []).map(nameOf),
    missing: (input.missing ?? []).map(nameOf),
    nodes: outline.resolved.nodes.map(node).filter((n): n is ReportNodeView => n !== undefined),
    targets,
    targetTable: {
      title: 'Kết quả thực hiện các chỉ tiêu',
      widths: '5,1.3,1.3,1.6',
      columns: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Kết quả'],
      rows: targets.map((t) => {
        const v = input.targets?.[t.id]?.achieved;
        const unit = t.unit ?? '';
        const result = typeof v === 'number' ? (achieved(t, v) ? 'Đạt' : 'Không đạt') : 'Chưa có số liệu';
        return [t.metric ?? t.text, `${COMPARATOR[t.comparator ?? '>='] ?? ''} ${decimal(t.value!)}${unit}`.trim(), typeof v === 'number' ? `${decimal(v)}${unit}` : '', result];
      }),
    } satisfies TableView,
  };
}

/** A list cell as printed: a date written 2023-05-10 (as YAML invites) prints 10/5/2023, as dates do in the text. */
function listCell(c: unknown): string {
  if (c === null || c === undefined) return '';
  const text = String(c);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseIsoDate(text) : undefined;
  return date ? shortDate(date) : text;
}
