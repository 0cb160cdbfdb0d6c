import { AUTHORITY, completeIssuer, readClosing, readHeader, type Unrecognised } from './frame.js';
import { withDecisionTypeLine } from './type-line.js';
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
/** Who decides: the head of a body, or the collective body, named in capitals before the căn cứ. */
const AUTHORITY_LINE = /^(?:CHỦ TỊCH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|BỘ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN|THỦ TƯỚNG|CHÁNH)\b/u;

/**
 * "BAN HÀNH QUY ĐỊNH … TỈNH TIỀN GIANG ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG": the subject and the
 * authority line run together. The authority starts at the first word that opens one and is
 * not the object of "của", "cho", "với", "và", "tại" inside the subject.
 */
export function splitAuthority(text: string): [string, string | undefined] {
  const ws = text.split(' ');
  for (let k = 1; k < ws.length; k++) {
    const rest = ws.slice(k).join(' ');
    if (rest === rest.toLocaleUpperCase('vi') && AUTHORITY_LINE.test(rest) && !/^(?:CỦA|CHO|VỚI|VÀ|TẠI|THUỘC)$/u.test(ws[k - 1]!)) return [ws.slice(0, k).join(' '), rest];
  }
  return [text, undefined];
}

/** The type line, or — where a copy dropped it — the "QUYẾT ĐỊNH:" before the articles or a "/QĐ-" number. */
export function isDecision(paragraphs: readonly Paragraph[]): boolean {
  const head = paragraphs.slice(0, 40);
  return head.some((p) => p.text === 'QUYẾT ĐỊNH') || (!head.some((p) => /^(?:KẾ HOẠCH|BÁO CÁO|ĐỀ CƯƠNG)$/u.test(p.text)) && head.some((p) => /^QUYẾT ĐỊNH:$/u.test(p.text) || /^Số\s*:.*\/QĐ-?/u.test(p.text)));
}

export function readDecision(given: readonly Paragraph[]): ImportedDecision | undefined {
  const unrecognised: Unrecognised = [];
  // A copy without its type line: the line put back after the place and date.
  const paragraphs = withDecisionTypeLine(given);
  const header = readHeader(paragraphs, (t) => t === 'QUYẾT ĐỊNH', unrecognised);
  if (!header) return undefined;
  const document = { ...header.document };
  delete document.type;
  let i = header.next;
  const at = () => paragraphs[i]?.text ?? '';
  // The subject: the lines under the type, in capitals as decisions print it or as a sentence,
  // up to the authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "ỦY BAN NHÂN DÂN TỈNH …") or the căn cứ.
  const subject: string[] = [];
  const isAuthority = (t: string) => t === t.toLocaleUpperCase('vi') && AUTHORITY_LINE.test(t);
  while (i < paragraphs.length && subject.length < 4 && !/^(?:Căn cứ|Theo đề nghị|Xét đề nghị|QUYẾT ĐỊNH:?|Điều\s+\d)/u.test(at()) && !isAuthority(at())) subject.push(paragraphs[i++]!.text);
  // A web copy joins the capital lines: the authority line is cut off the subject again.
  const [subjectText, authorityTail] = splitAuthority(subject.join(' '));
  document.subject = subjectText || '(trích yếu)';
  // The authority line(s): capitals before the căn cứ.
  const authority: string[] = authorityTail ? [authorityTail] : [];
  while (i < paragraphs.length && at() === at().toLocaleUpperCase('vi') && !/^QUYẾT ĐỊNH:?$/u.test(at())) authority.push(paragraphs[i++]!.text);
  completeIssuer(document, authority.join(' '));
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
