import { AUTHORITY, readClosing, readHeader, type Unrecognised } from './frame.js';
import type { Paragraph } from './paragraphs.js';

/**
 * A Quyết định ban hành Kế hoạch read from its paragraphs (decision.schema.json):
 * the header, the subject, the authority line, the căn cứ, "Theo đề nghị của …",
 * then each Điều with its khoản and điểm; the closing; and, after the
 * signature, the plan it issues (for the caller to read as a plan).
 */
export interface ImportedDecision {
  readonly decision: Record<string, unknown>;
  readonly unrecognised: Unrecognised;
  readonly articles: number;
  /** The plan issued with it: from its "KẾ HOẠCH" line on. */
  readonly plan?: readonly Paragraph[];
}

const PROPOSAL = /^Theo đề nghị của\s+(.+?)(?:\s+tại\s+(Tờ trình|Công văn|Văn bản)\s+số\s+(\S+?)\s+ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}))?\s*[.;]?$/u;
const ARTICLE = /^Điều\s+(\d+)\.\s*(.*)$/u;

export function isDecision(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.slice(0, 40).some((p) => p.text === 'QUYẾT ĐỊNH');
}

export function readDecision(paragraphs: readonly Paragraph[]): ImportedDecision | undefined {
  const unrecognised: Unrecognised = [];
  const header = readHeader(paragraphs, (t) => t === 'QUYẾT ĐỊNH', unrecognised);
  if (!header) return undefined;
  const document = { ...header.document };
  delete document.type;
  let i = header.next;
  const at = () => paragraphs[i]?.text ?? '';
  const subject: string[] = [];
  while (i < paragraphs.length && subject.length < 3 && !/^(?:Căn cứ|Theo đề nghị|QUYẾT ĐỊNH:?|Điều\s+\d)/u.test(at()) && at() !== at().toLocaleUpperCase('vi')) subject.push(paragraphs[i++]!.text);
  document.subject = subject.join(' ').replace(/^(?:Về việc|V\/v)\s+/u, (m) => m) || '(trích yếu)';
  // The authority line(s): capitals before the căn cứ ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …").
  const authority: string[] = [];
  while (i < paragraphs.length && at() === at().toLocaleUpperCase('vi') && !/^QUYẾT ĐỊNH:?$/u.test(at())) authority.push(paragraphs[i++]!.text);
  const basis: string[] = [];
  let proposal: Record<string, unknown> | undefined;
  for (; i < paragraphs.length && !/^QUYẾT ĐỊNH:?$/u.test(at()) && !ARTICLE.test(at()); i++) {
    const m = PROPOSAL.exec(at());
    if (m) {
      proposal = { by: m[1]!.trim(), ...(m[3] ? { type: m[2] === 'Tờ trình' ? 'TTr' : m[2], number: m[3], date: `${m[6]}-${m[5]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}` } : {}) };
    } else basis.push(at());
  }
  if (/^QUYẾT ĐỊNH:?$/u.test(at())) i++;
  const articles: Array<Record<string, unknown>> = [];
  for (; i < paragraphs.length && !/^Nơi nhận:?$/u.test(at()) && !AUTHORITY.test(at()); i++) {
    const a = ARTICLE.exec(at());
    if (a) {
      articles.push({ text: a[2] || '(trống)' });
      continue;
    }
    const last = articles.at(-1);
    if (!last) {
      unrecognised.push({ line: paragraphs[i]!.line, text: at(), why: 'Đoạn trước Điều 1 không xếp được' });
      basis.push(at());
      continue;
    }
    // "1. …" a khoản, "a) …" an điểm of the last khoản; anything else continues the Điều's words.
    const clause = /^\d+\.\s+(.*)$/u.exec(at());
    const point = /^[a-zđ]\)\s+(.*)$/u.exec(at());
    const clauses = (last.clauses as Array<{ text: string; points?: string[] }> | undefined) ?? [];
    if (clause) last.clauses = [...clauses, { text: clause[1]! }];
    else if (point && clauses.length) clauses.at(-1)!.points = [...(clauses.at(-1)!.points ?? []), point[1]!];
    else last.text = `${String(last.text)} ${at()}`;
  }
  const closing = readClosing(paragraphs.slice(i), unrecognised);
  // What follows the signature is the plan, from its type line on.
  const planStart = closing.attached?.findIndex((p) => /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)$/u.test(p.text)) ?? -1;
  const decision: Record<string, unknown> = {
    kind: 'decision', version: 1, agencies: '',
    document,
    authority: authority.length > 1 ? authority : authority[0] ?? '(THẨM QUYỀN BAN HÀNH)',
    ...(basis.length ? { basis: { layout: 'lines', documents: basis.map((text) => ({ text })) } } : {}),
    ...(proposal ? { proposal } : {}),
    articles: articles.length ? articles : [{ text: '(trống)' }],
    recipients: closing.recipients.length ? closing.recipients : ['(nơi nhận)'],
    archive: closing.archive,
    ...(closing.drafter ? { drafter_code: closing.drafter } : {}),
    signature: closing.signature,
  };
  if (!authority.length) unrecognised.push({ line: 0, text: '', why: 'Không thấy dòng thẩm quyền ban hành: ghi tạm' });
  return { decision, unrecognised, articles: articles.length, ...(planStart >= 0 ? { plan: closing.attached!.slice(planStart) } : {}) };
}
