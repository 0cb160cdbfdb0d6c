import { dirname, relative } from 'node:path';
import { shorten } from '../text/shorten.js';
import { assignmentsOf, sectionPath } from '../plan/subplan.js';
import type { ResolvedPlan } from '../plan/types.js';
import { parseIsoDate, shortDate } from '../text/dates.js';
import { headTitleOf } from '../text/case.js';
import { citedKyHieu } from '../text/ky-hieu.js';
import { initialsOf } from '../text/slug.js';
import { parentBodyOf } from '../plan/parent-body.js';

/**
 * The skeleton of a Báo cáo kết quả thực hiện kế hoạch for one agency: one entry
 * a task the plan gives it (to lead or to support, itself or through a group),
 * each under a comment with the task's words and where it stands in the plan,
 * its status left empty for the agency to fill. Written as text so the comments stay.
 */
export interface ProgressScaffoldInput {
  readonly plan: ResolvedPlan;
  readonly planPath: string;
  readonly agency: string;
  readonly out: string;
  readonly schemaLine: string;
}

const q = (s: string) => JSON.stringify(s);
const oneLine = (s: string) => s.replace(/[\s\u0085\u2028\u2029]+/g, ' ').trim();

export function scaffoldProgress(s: ProgressScaffoldInput): string {
  const { plan } = s;
  const agency = plan.agencies.get(s.agency)!;
  const doc = plan.input.document;
  const number = citedKyHieu({ ...(doc.number !== undefined ? { number: doc.number } : {}), typeCode: 'KH', issuerCode: doc.issuer_code });
  const issuer = plan.issuer;
  const given = assignmentsOf(plan, s.agency);
  const lines = [
    s.schemaLine,
    `# Báo cáo kết quả thực hiện Kế hoạch số ${number} của ${oneLine(agency.name)}. Tạo bởi "vanban report new";`,
    '# với mỗi nhiệm vụ ghi status (hoan-thanh | dang-thuc-hien | chua-thuc-hien), result (kết quả),',
    '# products (sản phẩm) và done_on (ngày hoàn thành), rồi: vanban validate, vanban build',
    'kind: progress',
    'version: 1',
    `plan: ${q(relative(dirname(s.out), s.planPath).split('\\').join('/'))}`,
    `agency: ${s.agency}`,
    '',
    'document:',
    ...((body) => (body === undefined ? [] : [`  parent_body: ${q(oneLine([body].flat().join(' ')))}`]))(parentBodyOf(agency, plan.agencies, doc)),
    `  issuer: ${q(agency.name.toLocaleUpperCase('vi'))}`,
    `  issuer_code: ${initialsOf(agency.short ?? agency.name)} # chữ viết tắt trong "Số: …/BC-…"; kiểm tra lại`,
    `  place: ${q(doc.place)}`,
    `  date: ${doc.period?.to ?? doc.date} # ngày ký báo cáo`,
    `  subject: ${q(`Kết quả thực hiện Kế hoạch số ${number} ngày ${shortDate(parseIsoDate(doc.date)!)} của ${issuer?.name ?? oneLine([doc.issuer].flat().join(' '))}`)}`,
    ...(issuer ? [`  to: [${q(issuer.name)}]`] : []),
    '',
    'tasks:',
    ...given.flatMap(({ task, role }) => [
      `  # ${role === 'lead' ? 'Chủ trì' : 'Phối hợp'} — mục ${sectionPath(plan, task)}: ${shorten(task.text, 160)}`,
      `  ${task.id}: { status: null, result: null }`,
    ]),
    '',
    ...(issuer ? [`recipients: [${q(issuer.printed)}]`] : []),
    'archive: [VT]',
    'signature:',
    `  title: ${headTitleOf(agency.name)}`,
    '  name: "(Họ và tên người ký)"',
    '',
  ];
  return lines.join('\n');
}
