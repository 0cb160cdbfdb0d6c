import type { AgencyResultInput, MergedProgressInput, ProgressInput } from '../load/progress-types.js';
import { parentPairs } from '../plan/subplan.js';
import type { ResolvedPlan, ResolvedTask } from '../plan/types.js';
import { query } from '../plan/walk.js';
import { parseIsoDate, shortDate } from '../text/dates.js';
import { citedKyHieu } from '../text/ky-hieu.js';

/**
 * The province's progress report merged from the agencies' ones: for every task of
 * the plan, each agency it was given to (a group standing for its members) and what
 * that agency reported — or that it did not; the agencies that sent no report at
 * all. Overdue is read from the plan's deadlines against the merge's date.
 */

export interface ReportedProgress {
  readonly agency: string;
  readonly input: ProgressInput;
}

export interface ProgressMerge {
  readonly report: ProgressInput;
  readonly overdue: readonly string[];
  readonly missing: readonly string[];
}

export function mergeProgress(plan: ResolvedPlan, reports: readonly ReportedProgress[], planRef: string, from: readonly string[]): ProgressMerge {
  const byAgency = new Map(reports.map((r) => [r.agency, r.input]));
  const pairs = parentPairs(plan).pairs;
  const perTask = new Map<string, AgencyResultInput[]>();
  for (const p of pairs) {
    const sent = byAgency.get(p.agency)?.tasks[p.task];
    const entry: AgencyResultInput = {
      agency: p.agency, role: p.role, reported: sent !== undefined && sent.status !== null && sent.status !== undefined,
      ...(sent?.status ? { status: sent.status } : {}),
      ...(sent?.result ? { result: sent.result } : {}),
      ...(sent?.products?.length ? { products: sent.products } : {}),
      ...(sent?.done_on ? { done_on: sent.done_on } : {}),
    };
    perTask.set(p.task, [...(perTask.get(p.task) ?? []), entry]);
  }
  // In the plan's order; within a task, leads first, then in the registry's order.
  const order = [...plan.agencies.keys()];
  const reportsByTask: Record<string, AgencyResultInput[]> = {};
  for (const task of query(plan, 'task')) {
    const list = perTask.get(task.id);
    if (list) reportsByTask[task.id] = list.sort((a, b) => (a.role === b.role ? order.indexOf(a.agency) - order.indexOf(b.agency) : a.role === 'lead' ? -1 : 1));
  }
  const expected = [...new Set(pairs.map((p) => p.agency))];
  const missing = order.filter((id) => expected.includes(id) && !byAgency.has(id));
  const asOf = reports.map((r) => r.input.document.date).sort().at(-1) ?? plan.input.document.date;
  const merged: MergedProgressInput = { as_of: asOf, from: [...from], reports: reportsByTask, missing };

  const doc = plan.input.document;
  const number = citedKyHieu({ ...(doc.number !== undefined ? { number: doc.number } : {}), typeCode: 'KH', issuerCode: doc.issuer_code });
  const superiors = [...plan.agencies.values()].filter((a) => a.kind === 'superior').map((a) => a.name);
  const report: ProgressInput = {
    kind: 'progress',
    plan: planRef,
    agency: plan.issuer?.id ?? reports[0]!.agency,
    document: {
      ...(doc.parent_body !== undefined ? { parent_body: doc.parent_body } : {}),
      issuer: doc.issuer,
      issuer_code: doc.issuer_code,
      place: doc.place,
      date: asOf,
      subject: `Kết quả thực hiện Kế hoạch số ${number} ngày ${shortDate(parseIsoDate(doc.date)!)} của ${plan.issuer?.name ?? [doc.issuer].flat().join(' ')}`,
      ...(superiors.length > 0 ? { to: superiors } : {}),
    } as ProgressInput['document'],
    tasks: {},
    ...(superiors.length > 0 ? { recipients: superiors } : {}),
    archive: ['VT'],
    ...(plan.input.signature ? { signature: plan.input.signature } : {}),
    merged,
  };
  return { report, overdue: overdueTasks(plan, merged), missing };
}

/** Tasks whose deadline is before the merge's date and that not every lead reported done. */
export function overdueTasks(plan: ResolvedPlan, merged: MergedProgressInput): string[] {
  return query(plan, 'task').filter((t) => isOverdue(t, merged)).map((t) => t.id);
}

function isOverdue(task: ResolvedTask, merged: MergedProgressInput): boolean {
  // "Thường xuyên" and "hằng quý" are never late as a whole; a window is late once its last day has passed.
  if (!task.deadline?.iso || task.deadline.iso >= merged.as_of) return false;
  const leads = (merged.reports[task.id] ?? []).filter((r) => r.role === 'lead');
  return leads.length === 0 || leads.some((r) => r.status !== 'hoan-thanh');
}
