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
}

const names = (list: readonly ResolvedAgency[]) => list.map((a) => a.printed).join(', ');
const date = (iso: string) => shortDate(parseIsoDate(iso)!);

export function buildAssignmentsView(plan: ResolvedPlan, reference: string): AssignmentsView {
  const setting = plan.input.assignment_table;
  const title = typeof setting === 'object' && setting.title ? setting.title : 'PHÂN CÔNG NHIỆM VỤ';
  const tasks = query(plan, 'task');
  return {
    heading: 'Phụ lục',
    title: title.toLocaleUpperCase('vi'),
    reference,
    rows: tasks.map((t, i) => ({
      n: String(i + 1),
      task: t.text.replace(/[.:;\s]+$/, ''),
      lead: names(leadsOf(t)),
      support: names(t.assignment.lead.length > 0 ? [...t.assignment.support, ...t.assignment.performers] : t.assignment.support),
      when: whenOf(t),
      output: t.output ?? '',
    })),
  };
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
