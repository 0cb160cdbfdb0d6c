import type { TaskStatus } from '../load/progress-types.js';
import { assignmentsOf } from '../plan/subplan.js';
import { parseIsoDate, shortDate } from '../text/dates.js';
import { formatNumber } from '../text/numbering.js';
import type { CheckedProgress } from '../validate/check-progress.js';
import { reportFrame } from './document-view.js';

/** What the progress template sees: the agency's tasks in two parts, each with its result as it prints. */
export interface ProgressView extends ReturnType<typeof reportFrame> {
  readonly parts: ReadonlyArray<{
    readonly number: string;
    readonly title: string;
    readonly tasks: ReadonlyArray<{ readonly id: string; readonly number: string; readonly text: string; readonly result: string }>;
  }>;
}

const STATUS: Record<TaskStatus, string> = { 'hoan-thanh': 'Đã hoàn thành', 'dang-thuc-hien': 'Đang thực hiện', 'chua-thuc-hien': 'Chưa thực hiện' };

export function buildProgressView(p: CheckedProgress): ProgressView {
  const { input, plan } = p;
  const given = assignmentsOf(plan, input.agency);
  const resultOf = (id: string): string => {
    const r = input.tasks[id];
    const status = r?.status ? STATUS[r.status] : 'Chưa báo cáo';
    return [
      `${status}${r?.result ? `: ${r.result.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '')}` : ''}.`,
      r?.products?.length ? `Sản phẩm: ${r.products.join('; ')}.` : '',
      r?.done_on ? `Hoàn thành ngày ${shortDate(parseIsoDate(r.done_on)!)}.` : '',
    ].filter(Boolean).join(' ');
  };
  const part = (role: 'lead' | 'support', title: string) => {
    const tasks = given.filter((g) => g.role === role);
    return tasks.length === 0 ? [] : [{
      title,
      tasks: tasks.map((g, i) => ({ id: g.task.id, number: formatNumber('letter', i + 1), text: g.task.text.replace(/[.:;\s]+$/, ''), result: resultOf(g.task.id) })),
    }];
  };
  const parts = [...part('lead', 'Nhiệm vụ chủ trì thực hiện'), ...part('support', 'Nhiệm vụ phối hợp thực hiện')]
    .map((x, i) => ({ ...x, number: formatNumber('arabic', i + 1) }));
  return { ...reportFrame(input), parts };
}
