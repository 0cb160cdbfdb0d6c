import type { AssessmentInput, TaskStatus } from '../load/progress-types.js';
import type { MergedProgressInput } from '../load/progress-types.js';
import { assignmentsOf, sectionPath } from '../plan/subplan.js';
import { query } from '../plan/walk.js';
import { overdueTasks } from '../report/progress-merge.js';
import { parseIsoDate, shortDate } from '../text/dates.js';
import { formatNumber } from '../text/numbering.js';
import type { CheckedProgress } from '../validate/check-progress.js';
import { paragraphsOf, reportFrame } from './document-view.js';

/** What the progress template sees: the agency's tasks in two parts, each with its result as it prints. */
export interface ProgressView extends ReturnType<typeof reportFrame> {
  /** "Kế hoạch giao … 12 nhiệm vụ (8 chủ trì, 4 phối hợp): đã hoàn thành 5/12, …". */
  readonly summary?: string;
  /** Đánh giá chung, phương hướng, kiến nghị: the parts after the tasks, numbered on from them. */
  readonly closingParts: readonly ClosingPart[];
  readonly parts: ReadonlyArray<{
    readonly number: string;
    readonly title: string;
    readonly tasks: ReadonlyArray<{ readonly id: string; readonly number: string; readonly text: string; readonly result: string }>;
  }>;
  /** A province report merged from the agencies' (vanban report merge): per task, who reported what. */
  readonly merged?: {
    readonly asOf: string;
    readonly tasks: ReadonlyArray<{ readonly id: string; readonly number: string; readonly text: string; readonly where: string; readonly lines: readonly string[] }>;
    readonly overdue: readonly string[];
    readonly missing: readonly string[];
  };
}

export interface ClosingPart {
  readonly number: string;
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly subs: ReadonlyArray<{ readonly number: string; readonly title: string; readonly paragraphs: readonly string[] }>;
}

/** The parts after the tasks, as periodic reports print them: II. ĐÁNH GIÁ CHUNG (1. Kết quả đạt được, 2. Tồn tại, hạn chế, 3. Nguyên nhân), III. PHƯƠNG HƯỚNG …, IV. KIẾN NGHỊ …. */
export function closingParts(a: AssessmentInput | undefined, firstNumber: number): ClosingPart[] {
  if (!a) return [];
  const subs = [
    { title: 'Kết quả đạt được', paragraphs: paragraphsOf(a.overall) },
    { title: 'Tồn tại, hạn chế', paragraphs: paragraphsOf(a.shortcomings) },
    { title: 'Nguyên nhân', paragraphs: paragraphsOf(a.causes) },
  ].filter((s) => s.paragraphs.length > 0).map((s, i) => ({ ...s, number: formatNumber('arabic', i + 1) }));
  const parts = [
    { id: 'danh-gia-chung', title: 'ĐÁNH GIÁ CHUNG', paragraphs: [], subs },
    { id: 'phuong-huong', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', paragraphs: paragraphsOf(a.directions), subs: [] },
    { id: 'kien-nghi', title: 'KIẾN NGHỊ, ĐỀ XUẤT', paragraphs: paragraphsOf(a.proposals), subs: [] },
  ].filter((p) => p.paragraphs.length > 0 || p.subs.length > 0);
  return parts.map((p, i) => ({ ...p, number: formatNumber('roman', firstNumber + i) }));
}

/** "Kế hoạch giao Sở Tư pháp 12 nhiệm vụ (8 chủ trì, 4 phối hợp): đã hoàn thành 5/12 nhiệm vụ; đang thực hiện 3; chưa thực hiện 1; chưa báo cáo 3." */
export function progressSummary(agency: string, roles: readonly ('lead' | 'support')[], statuses: ReadonlyArray<TaskStatus | null | undefined>): string {
  const n = roles.length;
  const lead = roles.filter((r) => r === 'lead').length;
  const count = (s: TaskStatus | undefined) => statuses.filter((x) => (x ?? undefined) === s).length;
  const rest = [
    count('dang-thuc-hien') ? `đang thực hiện ${count('dang-thuc-hien')}` : '',
    count('chua-thuc-hien') ? `chưa thực hiện ${count('chua-thuc-hien')}` : '',
    count(undefined) ? `chưa báo cáo ${count(undefined)}` : '',
  ].filter(Boolean);
  return `Kế hoạch giao ${agency} ${n} nhiệm vụ (${lead} chủ trì, ${n - lead} phối hợp): đã hoàn thành ${count('hoan-thanh')}/${n} nhiệm vụ${rest.map((r) => `; ${r}`).join('')}.`;
}

function mergedView(p: CheckedProgress, merged: MergedProgressInput): NonNullable<ProgressView['merged']> {
  const { plan } = p;
  const nameOf = (id: string) => plan.agencies.get(id)?.short ?? plan.agencies.get(id)?.name ?? id;
  const sentence = (t: string) => t.replace(/\s+/g, ' ').trim().replace(/[.;:]$/, '');
  const tasks = query(plan, 'task').filter((t) => merged.reports[t.id]);
  const overdue = new Set(overdueTasks(plan, merged));
  const views = tasks.map((t, i) => {
    const lines = merged.reports[t.id]!.map((r) => {
      const who = `${nameOf(r.agency)} (${r.role === 'lead' ? 'chủ trì' : 'phối hợp'})`;
      if (!r.reported) return `${who}: chưa báo cáo.`;
      return [
        `${who}: ${STATUS[r.status!]}${r.result ? `: ${sentence(r.result)}` : ''}.`,
        r.products?.length ? `Sản phẩm: ${r.products.join('; ')}.` : '',
        r.done_on ? `Hoàn thành ngày ${shortDate(parseIsoDate(r.done_on)!)}.` : '',
      ].filter(Boolean).join(' ');
    });
    if (overdue.has(t.id)) lines.push(`Quá hạn: hạn hoàn thành ${t.deadline!.precision === 'day' ? 'ngày ' : 'trong '}${t.deadline!.short}, đến ngày ${shortDate(parseIsoDate(merged.as_of)!)} chưa hoàn thành.`);
    return { id: t.id, number: formatNumber('arabic', i + 1), text: sentence(t.text), where: `mục ${sectionPath(plan, t)}`, lines };
  });
  return {
    asOf: shortDate(parseIsoDate(merged.as_of)!),
    tasks: views,
    overdue: views.filter((v) => overdue.has(v.id)).map((v) => `Nhiệm vụ ${v.number.replace(/\.$/, '')} (${v.where}): ${v.text}`),
    missing: merged.missing.map(nameOf),
  };
}

const STATUS: Record<TaskStatus, string> = { 'hoan-thanh': 'Đã hoàn thành', 'dang-thuc-hien': 'Đang thực hiện', 'chua-thuc-hien': 'Chưa thực hiện' };

export function buildProgressView(p: CheckedProgress): ProgressView {
  const { input, plan } = p;
  if (input.merged) return { ...reportFrame(input), parts: [], merged: mergedView(p, input.merged), closingParts: closingParts(input.assessment, 4) };
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
  const name = plan.agencies.get(input.agency)?.short ?? plan.agencies.get(input.agency)?.name ?? input.agency;
  const summary = given.length ? progressSummary(name, given.map((g) => g.role), given.map((g) => input.tasks[g.task.id]?.status)) : undefined;
  return { ...reportFrame(input), parts, ...(summary ? { summary } : {}), closingParts: closingParts(input.assessment, 2) };
}
