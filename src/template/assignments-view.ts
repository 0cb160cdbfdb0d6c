import type { ResolvedAgency, ResolvedPlan } from '../plan/types.js';
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
      lead: names(t.assignment.lead.length > 0 ? t.assignment.lead : t.assignment.performers),
      support: names(t.assignment.lead.length > 0 ? [...t.assignment.support, ...t.assignment.performers] : t.assignment.support),
      when: t.deadline ? t.deadline.short : t.timeframe ? `${date(t.timeframe.from)} - ${date(t.timeframe.to)}` : '',
      output: t.output ?? '',
    })),
  };
}
