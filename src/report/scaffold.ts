import { relative, dirname } from 'node:path';
import type { ResolvedPlan } from '../plan/types.js';
import { query } from '../plan/walk.js';
import { initialsOf } from '../text/slug.js';
import type { CheckedOutline } from './types.js';
import { mustAnswer } from './resolve-outline.js';

/**
 * `vanban report new`: the report YAML an agency fills in. Every node it must
 * answer is there with the outline's number, title and guidance as comments, an
 * empty narrative, and empty statistics tables of the right rows and columns.
 */
export interface ScaffoldInput {
  readonly outline: CheckedOutline;
  readonly outlinePath: string;
  readonly agency: string;
  readonly out: string;
  /** The `# yaml-language-server: $schema=…` line (src/cli/schema-link.ts). */
  readonly schemaLine: string;
  readonly plan?: ResolvedPlan;
}

const q = (s: string) => JSON.stringify(s);
/**
 * Outline text put after "#" on one line: every kind of line break (YAML 1.1 counts
 * NEL, editors count U+2028/2029) becomes a space, or the rest of the text would
 * leave the comment and be read as YAML.
 */
const oneLine = (s: string) => s.replace(/[\s\u0085\u2028\u2029]+/g, ' ').trim();
const comment = (text: string, indent: string) =>
  wrap(text, 88 - indent.length).map((l) => `${indent}# ${l}`).join('\n');

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of oneLine(text).split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}


/** "Ủy ban nhân dân tỉnh Gia Lai" → "Gia Lai": where a provincial agency writes its date line. */
const placeOf = (name: string) => /(?:tỉnh|thành phố)\s+(.+)$/i.exec(name)?.[1] ?? '';


export function scaffoldReport(s: ScaffoldInput): string {
  const o = s.outline.resolved.input;
  const agency = s.outline.agencies.get(s.agency);
  const name = agency?.name ?? s.agency;
  const issuer = [...s.outline.agencies.values()].find((a) => a.kind === 'issuer');
  const rel = (p: string) => relative(dirname(s.out), p).split('\\').join('/');
  const years = o.years ?? [];
  const subject = o.subject.replace(/^BÁO CÁO\s+/, '').toLocaleLowerCase('vi');
  const out: string[] = [
    s.schemaLine,
    `# Báo cáo của ${oneLine(name)} theo đề cương "${oneLine(`${o.heading} ${o.subject}`)}".`,
    `# Tạo bởi "vanban report new"; điền lời văn (text) và số liệu, rồi: vanban lint ${relative(process.cwd(), s.out)}`,
    ...(o.notes ?? []).map((n) => comment(`${n.mark} ${n.text}`, '')),
    'kind: report',
    'version: 1',
    `outline: ${q(rel(s.outlinePath))}`,
    ...(s.plan ? [`plan: ${q(rel(s.plan.path))}`] : []),
    `agency: ${s.agency}`,
    '',
    'document:',
    `  issuer: ${q(name.toLocaleUpperCase('vi'))}`,
    `  issuer_code: ${initialsOf(agency?.short ?? name)} # chữ viết tắt trong "Số: …/BC-…"; kiểm tra lại`,
    `  place: ${q(s.plan?.input.document.place ?? placeOf(issuer?.name ?? ''))}`,
    `  date: ${o.window.to} # ngày ký báo cáo`,
    `  subject: ${q(subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1))}`,
    ...(issuer ? [`  to: [${q(issuer.name)}]`] : []),
    '',
    'answers:',
  ];
  for (const n of s.outline.resolved.order) {
    const { id } = n;
    const indent = '  ';
    if (!n.asks) {
      out.push(comment(`${n.number} ${n.input.title}`, indent));
      continue;
    }
    if (!mustAnswer(n, s.agency)) continue;
    out.push(comment(`${n.number} ${n.input.title}`, indent));
    for (const g of n.input.guidance ?? []) out.push(comment(g, indent));
    out.push(`  ${id}:`, `    text: ""`);
    if ((n.input.tables ?? []).length > 0) {
      out.push('    tables:');
      for (const t of n.input.tables ?? []) {
        out.push(`      ${t.id}: # ${oneLine(t.title)}`);
        for (const m of t.metrics) {
          const cells = [...years.map((y) => `${y}: null`), 'previous: null'].join(', ');
          out.push(`        ${m.id}: { ${cells} } # ${oneLine(`${m.label}${m.unit ? ` (${m.unit})` : ''}`)}`);
        }
      }
    }
    if ((n.input.lists ?? []).length > 0) {
      out.push('    lists:');
      for (const l of n.input.lists ?? []) out.push(`      ${l.id}: [] # ${oneLine(`${l.title}; mỗi dòng: [${l.columns.map((c) => (c.includes(',') ? JSON.stringify(c) : c)).join(', ')}]`)}`);
    }
  }
  if (s.plan) {
    const targets = query(s.plan, 'target').map((t) => t.input).filter((t) => t.value !== undefined);
    if (targets.length > 0) {
      out.push('', '# Chỉ tiêu của kế hoạch: điền giá trị đạt được (cùng đơn vị).', 'targets:');
      for (const t of targets) out.push(`  ${t.id}: { achieved: null } # ${oneLine(`${t.comparator ?? ''} ${t.value}${t.unit ?? ''}: ${t.metric ?? t.text}`)}`);
    }
  }
  out.push(
    '',
    'recipients:',
    ...(issuer ? [`  - ${q(issuer.short ?? issuer.name)}`] : []),
    'archive: [VT]',
    '',
    'signature:',
    '  title: THỦ TRƯỞNG CƠ QUAN # chức vụ người ký',
    '  name: Họ và tên',
    '',
  );
  return out.join('\n');
}
