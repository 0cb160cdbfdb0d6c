import { readClosing, readHeader, AUTHORITY, type Unrecognised } from './frame.js';
import { markOf, type MarkStyle } from './markers.js';
import { idMaker, nest, type Nested } from './nest.js';
import type { Paragraph } from './paragraphs.js';

/**
 * A Báo cáo read from its text as a report with sections of its own
 * (report.schema.json, `sections`): the header, Kính gửi, the opening before the
 * first heading, the numbered headings as sections with the words under each,
 * "Trên đây là báo cáo …" as its ending, then Nơi nhận and the signature. A portal's
 * copy that kept only "Báo cáo <trích yếu>" and the body gets the same, its header
 * left to fill in.
 */
export interface ImportedReport {
  /** A report draft (kind: report), or for a form to fill in (mẫu báo cáo) the outline it asks to answer (kind: outline). */
  readonly report: Record<string, unknown>;
  readonly sections: number;
  readonly unrecognised: Unrecognised;
}

const TYPE = 'BÁO CÁO';
const OTHER_TYPES = /^(?:KẾ HOẠCH|QUYẾT ĐỊNH|ĐỀ CƯƠNG|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|TỜ TRÌNH|THÔNG BÁO)$/u;
/** "Báo cáo Tình hình kinh tế - xã hội …": a portal's title, the type word joined to the subject. */
const PORTAL_TITLE = /^Báo cáo\s+(\S.*)$/u;
/** Marks that open a heading; "-" and "+" open items of the text under one. */
const HEADING_STYLES: ReadonlySet<MarkStyle | 'plain'> = new Set<MarkStyle>(['part', 'roman', 'arabic-path', 'arabic', 'arabic-paren', 'letter', 'paren-arabic']);
const DEFAULT_LEVELS = ['roman', 'arabic', 'arabic-path', 'letter'];

/** Whether the text is a Báo cáo: its type line comes before any other type line, or its number is "…/BC-…", or a portal titles it so. */
export function isReport(paragraphs: readonly Paragraph[]): boolean {
  const head = paragraphs.slice(0, 40);
  const type = head.find((p) => p.text === TYPE || OTHER_TYPES.test(p.text));
  if (type) return type.text === TYPE;
  return head.some((p) => /^Số\s*:.*\/\s*BC-?/u.test(p.text)) || PORTAL_TITLE.test(paragraphs[0]?.text ?? '');
}

export function readReport(paragraphs: readonly Paragraph[]): ImportedReport | undefined {
  const unrecognised: Unrecognised = [];
  const portal = !paragraphs.slice(0, 40).some((p) => p.text === TYPE) ? PORTAL_TITLE.exec(paragraphs[0]?.text ?? '') : null;
  const header = portal ? readHeader(paragraphs, () => true, unrecognised) : readHeader(paragraphs, (t) => t === TYPE, unrecognised);
  if (!header) return undefined;
  const document: Record<string, unknown> = { ...header.document };
  delete document.type;
  delete document.legal;
  let i = header.next;
  const at = () => paragraphs[i]?.text ?? '';

  const subject: string[] = portal ? [portal[1]!] : [];
  if (!portal && i < paragraphs.length && !markOf(at()) && at().length < 400 && !/^Kính gửi/u.test(at())) subject.push(paragraphs[i++]!.text);
  const capital = (t: string) => t === t.toLocaleUpperCase('vi') && /\p{L}/u.test(t);
  while (!portal && subject.length > 0 && subject.length < 4 && capital(subject[0]!) && capital(at()) && !markOf(at())) subject.push(paragraphs[i++]!.text);
  document.subject = subject.join(' ') || '(trích yếu)';
  if (subject.length === 0) unrecognised.push({ line: paragraphs[i]?.line ?? 1, text: '', why: 'Không thấy trích yếu: ghi tạm, cần sửa' });

  // "Kính gửi: A" or "Kính gửi:" and "- A;" "- B." under it.
  const kg = /^Kính gửi\s*:?\s*(.*?)[.;]?$/u.exec(at());
  if (kg) {
    i++;
    const to = kg[1] ? [kg[1]] : [];
    while (!kg[1] && /^[-–]\s+/u.test(at())) to.push(at().replace(/^[-–]\s+/u, '').replace(/[.;,]$/u, '').trim()), i++;
    if (to.length) document.to = to;
  }

  let end = paragraphs.findIndex((p, k) => k >= i && (/^Nơi nhận:?$/u.test(p.text) || AUTHORITY.test(p.text)));
  if (end < 0) end = paragraphs.length;
  let body = paragraphs.slice(i, end);
  // "Trên đây là báo cáo …" and what follows it before Nơi nhận: the report's ending.
  const last = body.map((p) => /^Trên đây\b/u.test(p.text)).lastIndexOf(true);
  const conclusion = last >= 0 && body.length - last <= 3 && body.slice(last).every((p) => !markOf(p.text)) ? body.slice(last) : [];
  if (conclusion.length) body = body.slice(0, last);

  const { roots, levels } = nest(body);
  const idOf = idMaker();
  let count = 0;
  const opening: string[] = [];
  const sections: Array<Record<string, unknown>> = [];
  for (const n of roots) {
    if (HEADING_STYLES.has(n.style)) sections.push(section(n));
    else if (sections.length === 0) opening.push(...itemText(n));
    // An item after the headings began stays under the last one, where it was printed.
    else appendText(sections.at(-1)!, itemText(n));
  }
  function section(n: Nested): Record<string, unknown> {
    count++;
    const text: string[] = [];
    const subs: Array<Record<string, unknown>> = [];
    for (const c of n.children) {
      if (HEADING_STYLES.has(c.style)) subs.push(section(c));
      else if (subs.length === 0) text.push(...itemText(c));
      else appendText(subs.at(-1)!, itemText(c));
    }
    return { id: idOf(n.text), title: n.text, ...(text.length ? { text: text.join('\n\n') } : {}), ...(subs.length ? { sections: subs } : {}) };
  }

  const closing = readClosing(paragraphs.slice(end), unrecognised);
  if (closing.attached) unrecognised.push({ line: closing.attached[0]!.line, text: closing.attached[0]!.text, why: 'Phần sau chữ ký (phụ lục, biểu kèm theo) chưa được nhập' });
  const headingLevels = levels.filter((l) => HEADING_STYLES.has(l));
  const report: Record<string, unknown> = {
    kind: 'report', version: 1, document,
    ...(opening.length ? { opening: opening.join('\n\n') } : {}),
    ...(sections.length ? { sections } : {}),
    ...(headingLevels.length && headingLevels.join() !== DEFAULT_LEVELS.slice(0, headingLevels.length).join() ? { numbering: { levels: headingLevels } } : {}),
    ...(conclusion.length ? { conclusion: conclusion.map((p) => p.text).join('\n\n') } : {}),
    recipients: closing.recipients.length ? closing.recipients : ['(nơi nhận)'],
    archive: closing.archive,
    signature: closing.signature,
  };
  if (!opening.length && !sections.length) report.opening = '(nội dung báo cáo)';
  const blankDate = paragraphs.slice(0, header.next).map((p) => BLANK_DATE.exec(p.text)).find(Boolean);
  if (isForm(document, opening, sections, blankDate)) {
    // A form leaves its issuer, date and signer blank on purpose: only its window is the draft's to set.
    const window = { line: paragraphs[0]?.line ?? 1, text: '', why: 'Mẫu báo cáo không ghi mốc thời gian thống kê (window): ghi tạm 2000-01-01, cần sửa' };
    return { report: formOutline(report, { ...(blankDate ? { place: blankDate[1]! } : {}), opening, closing }, headingLevels), sections: count, unrecognised: [window] };
  }
  return { report, sections: count, unrecognised };
}

/** "Vinh, ngày tháng năm 200": a form's place and date, the date left to fill in. */
const BLANK_DATE = /^([^,\d]+),\s*ngày(?:\s|…|\.)*tháng(?:\s|…|\.)*năm[\s….\d]*$/u;
const BLANKS = /…{2,}|\.{4,}/u;

/**
 * A form to fill in (mẫu báo cáo): its date or its subject left blank, and no words
 * under any heading: the headings are what it asks, not what it reports.
 */
function isForm(document: Record<string, unknown>, opening: readonly string[], sections: ReadonlyArray<Record<string, unknown>>, blankDate: unknown): boolean {
  const said = (s: Record<string, unknown>): boolean => typeof s.text === 'string' || ((s.sections as Array<Record<string, unknown>> | undefined) ?? []).some(said);
  const blanks = BLANKS.test(String(document.subject)) || opening.some((l) => BLANKS.test(l)) || blankDate !== undefined;
  return blanks && sections.length > 0 && !sections.some(said);
}

/** The form as an outline (outline.schema.json) with its frame: built on its own it prints as the blank form. */
function formOutline(report: Record<string, unknown>, f: { place?: string; opening: readonly string[]; closing: ReturnType<typeof readClosing> }, levels: readonly string[]): Record<string, unknown> {
  const document = report.document as Record<string, unknown>;
  const sig = f.closing.signature;
  const signature = [
    ...(typeof sig.collective === 'string' ? [`TM. ${sig.collective}`] : []),
    ...(typeof sig.authority === 'string' ? [`${sig.authority} ${String(sig.head_title ?? '')}`.trim()] : []),
    ...(typeof sig.title === 'string' && !sig.title.startsWith('(') ? [sig.title] : []),
  ];
  const note = typeof sig.name === 'string' && /^\(.*\)$/u.test(sig.name) && !sig.name.startsWith('(họ tên') ? sig.name : undefined;
  const confirmation = f.closing.attached?.map((p) => p.text).join(' ');
  const node = (s: Record<string, unknown>): Record<string, unknown> => ({
    id: s.id, title: s.title,
    ...(Array.isArray(s.sections) && s.sections.length ? { children: (s.sections as Array<Record<string, unknown>>).map(node) } : {}),
  });
  const issuer = typeof document.issuer === 'string' && document.issuer.startsWith('(') ? undefined : document.issuer;
  return {
    kind: 'outline', version: 1, heading: 'BÁO CÁO', subject: document.subject,
    // A form asks for no period of its own: the window is the draft's to set.
    window: { from: document.date, to: document.date },
    ...(levels.length ? { numbering: { levels } } : {}),
    form: {
      ...(issuer ? { issuer } : {}),
      ...(f.place ? { place: f.place.trim() } : {}),
      ...(f.opening.length ? { lines: f.opening } : {}),
      ...(signature.length ? { signature } : {}),
      ...(note ? { signature_note: note } : {}),
      ...(confirmation ? { confirmation } : {}),
    },
    nodes: (report.sections as Array<Record<string, unknown>>).map(node),
  };
}

/** An item and what is under it, as the paragraphs of a section's text: "- …" kept as printed. */
function itemText(n: Nested): string[] {
  const own = n.style === 'plain' ? n.text : `${n.style === 'plus' ? '+' : '-'} ${n.text}`;
  return [own, ...n.children.flatMap(itemText)];
}

function appendText(section: Record<string, unknown>, more: readonly string[]): void {
  const subs = section.sections as Array<Record<string, unknown>> | undefined;
  if (subs?.length) return appendText(subs.at(-1)!, more);
  section.text = [...(typeof section.text === 'string' ? [section.text] : []), ...more].join('\n\n');
}
