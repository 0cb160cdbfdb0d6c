import { sectionPath } from '../plan/subplan.js';
import type { ResolvedAgency, ResolvedPlan, ResolvedTask } from '../plan/types.js';
import { query } from '../plan/walk.js';
import { parseIsoDate, shortDate } from '../text/dates.js';

/**
 * The assignment appendix ("Phụ lục: Phân công nhiệm vụ"): one row a task of the
 * resolved plan, in printed order — what, who leads, who supports, by when, what
 * comes out of it. Nothing is typed twice: the rows are the plan's own tasks.
 */
export interface AssignmentsView {
  readonly heading: string;
  readonly title: string;
  readonly reference: string;
  readonly rows: ReadonlyArray<{ readonly n: string; readonly task: string; readonly lead: string; readonly support: string; readonly when: string; readonly output: string }>;
  /** "landscape" when the table needs the page across (see needsLandscape), else "". */
  readonly orientation: string;
  /** The columns' shares of the text width ("8,28,…") and their headings, as the template prints them. */
  readonly columns: string;
  readonly headings: readonly string[];
}

type Row = AssignmentsView['rows'][number];

/**
 * The table's columns, in shares of the text width: the one place both the
 * template (through the view) and the orientation rule read them.
 */
const ASSIGNMENT_COLUMNS: ReadonlyArray<{ readonly key: keyof Row; readonly share: number; readonly heading: string }> = [
  { key: 'n', share: 8, heading: 'STT' },
  { key: 'task', share: 28, heading: 'Nhiệm vụ' },
  { key: 'lead', share: 16, heading: 'Cơ quan chủ trì' },
  { key: 'support', share: 21, heading: 'Cơ quan phối hợp' },
  { key: 'when', share: 14, heading: 'Thời gian hoàn thành' },
  { key: 'output', share: 13, heading: 'Sản phẩm' },
];

/** Most lines of a cell, by column, before a portrait table grows too tall and narrow. */
const MOST_LINES: Partial<Record<keyof Row, number>> = { task: 8, lead: 4, support: 4, output: 4 };
/** A wrapped line is not filled to the last point: words break early by about this much. */
const WRAP_SLACK = 1.15;

/**
 * Whether the table reads better across the page: when, on a portrait page, an
 * agency column would run past four lines or a task past eight — long lists of
 * partners ("các sở, ban, ngành, đoàn thể …") and long tasks make tall, narrow rows.
 */
function needsLandscape(rows: readonly Row[], page: TablePage): boolean {
  const total = ASSIGNMENT_COLUMNS.reduce((sum, c) => sum + c.share, 0);
  const checked = ASSIGNMENT_COLUMNS.flatMap((c) => {
    const most = MOST_LINES[c.key];
    return most === undefined ? [] : [{ key: c.key, most, width: (c.share / total) * page.portraitTextWidthPt - 2 * page.cellPaddingPt }];
  });
  return rows.some((r) => checked.some((c) => Math.ceil((page.measure(r[c.key]) / c.width) * WRAP_SLACK) > c.most));
}

const names = (list: readonly ResolvedAgency[]) => list.map((a) => a.printed).join(', ');
const date = (iso: string) => shortDate(parseIsoDate(iso)!);

/** What the table is measured with, given by the model stage, which knows the page. */
export interface TablePage {
  readonly measure: (text: string) => number;
  readonly portraitTextWidthPt: number;
  /** Left and right padding of a table cell, each. */
  readonly cellPaddingPt: number;
}

export function buildAssignmentsView(plan: ResolvedPlan, reference: string, page: TablePage): AssignmentsView {
  const setting = plan.input.assignment_table;
  const title = typeof setting === 'object' && setting.title ? setting.title : 'PHÂN CÔNG NHIỆM VỤ';
  const tasks = query(plan, 'task');
  const rows = tasks.map((t, i) => ({
      n: String(i + 1),
      task: t.text.replace(/[.:;\s]+$/, ''),
      lead: names(leadsOf(t)),
      support: names(t.assignment.lead.length > 0 ? [...t.assignment.support, ...t.assignment.performers] : t.assignment.support),
      when: whenOf(t),
      output: t.output ?? '',
    }));
  const asked = typeof setting === 'object' ? setting.orientation ?? 'auto' : 'auto';
  const across = asked === 'landscape' || (asked === 'auto' && needsLandscape(rows, page));
  return { heading: 'Phụ lục', title: title.toLocaleUpperCase('vi'), reference, rows, orientation: across ? 'landscape' : '',
    columns: ASSIGNMENT_COLUMNS.map((c) => c.share).join(','), headings: ASSIGNMENT_COLUMNS.map((c) => c.heading) };
}

/** The by-agency view (seed 002, section V): per agency named in the plan, the tasks it leads, then those it supports. */
export interface ByAgencyView {
  readonly heading: string;
  readonly title: string;
  readonly reference: string;
  readonly agencies: ReadonlyArray<{
    readonly id: string;
    readonly number: string;
    readonly name: string;
    readonly lead: ReadonlyArray<{ readonly text: string; readonly where: string; readonly when: string }>;
    readonly support: ReadonlyArray<{ readonly text: string; readonly where: string; readonly when: string; readonly lead: string }>;
  }>;
}

/**
 * Agencies as the plan names them (a group stays a group, as seed 002 writes
 * "UBND các huyện"), in the registry's order; a task appears under each agency it
 * names, as lead (or performer) or as partner.
 */
export function buildByAgencyView(plan: ResolvedPlan, reference: string): ByAgencyView {
  const setting = plan.input.assignment_table;
  const title = typeof setting === 'object' && setting.by_agency_title ? setting.by_agency_title : 'PHÂN CÔNG NHIỆM VỤ THEO CƠ QUAN';
  const given = new Map<string, { name: string; lead: ResolvedTask[]; support: ResolvedTask[] }>();
  const add = (a: ResolvedAgency, t: ResolvedTask, role: 'lead' | 'support') => {
    const entry = given.get(a.id) ?? { name: a.printed, lead: [], support: [] };
    if (!entry[role].includes(t)) entry[role].push(t);
    given.set(a.id, entry);
  };
  for (const t of query(plan, 'task')) {
    for (const a of leadsOf(t)) add(a, t, 'lead');
    for (const a of t.assignment.lead.length > 0 ? [...t.assignment.support, ...t.assignment.performers] : t.assignment.support) add(a, t, 'support');
  }
  const order = [...plan.agencies.keys()];
  const text = (t: ResolvedTask) => t.text.replace(/[.:;\s]+$/, '');
  return {
    heading: 'Phụ lục',
    title: title.toLocaleUpperCase('vi'),
    reference,
    agencies: [...given].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([id, g], i) => ({
      id: `theo-co-quan/${id}`,
      number: `${i + 1}.`,
      name: g.name,
      lead: g.lead.map((t) => ({ text: text(t), where: `mục ${sectionPath(plan, t)}`, when: whenOf(t) })),
      support: g.support.map((t) => ({ text: text(t), where: `mục ${sectionPath(plan, t)}`, when: whenOf(t), lead: names(leadsOf(t)) })),
    })),
  };
}

const leadsOf = (t: ResolvedTask) => (t.assignment.lead.length > 0 ? t.assignment.lead : t.assignment.performers);
const whenOf = (t: ResolvedTask) => (t.deadline ? t.deadline.short : t.timeframe ? `${date(t.timeframe.from)} - ${date(t.timeframe.to)}` : '');
