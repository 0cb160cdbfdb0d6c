import type { Paragraph } from './paragraphs.js';

/**
 * The frame every issued document shares (ND30 Phụ lục I): the header above
 * the type line — bodies, number and ký hiệu, place and date — and the closing
 * below the body — Nơi nhận, Lưu, the drafter's code, the signature block —
 * read the same way for a plan and a Quyết định.
 */
export type Unrecognised = Array<{ line: number; text: string; why: string }>;

// The motto as copies print it: "HOÀ" or "HÒA", hyphens or en dashes.
const MOTTO = /^(?:CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc|-{3,}|_{3,})$/u;
// "Số: 06/2024/QĐ-UBND" (a legal document's year), and "1961/QĐUBND" as a PDF copy that lost its hyphen prints it.
const NUMBER_LINE = /^Số\s*:\s*(\d+)?\s*\/\s*(\d{4}\s*\/\s*)?(?:([A-ZĐ]+)\s*-\s*([A-ZĐ0-9/.-]+)|(QĐ|KH|BC|CTr|KL|TB)([A-ZĐ]{2,}[A-ZĐ0-9]*))$/u;
const PLACE_DATE = /^(.+?),\s*ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})$/u;
const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM": the national name wrapped in its header cell. */
const isMottoPiece = (t: string) => t.split(/\s+/u).length >= 2 && NATION.includes(t.replace('HOÀ', 'HÒA'));
export const AUTHORITY = /^(TM\.|KT\.|Q\.|TL\.|TUQ\.)\s*(.*)$/u;

/** The header up to the type line (`isType`); undefined when no type line is found. `next` is the paragraph after it. */
export function readHeader(paragraphs: readonly Paragraph[], isType: (t: string) => boolean, unrecognised: Unrecognised, inherit?: Record<string, unknown>): { document: Record<string, unknown>; next: number } | undefined {
  const headerLines: string[] = [];
  const document: Record<string, unknown> = { type: 'KH' };
  let i = 0;
  for (; i < paragraphs.length && !isType(paragraphs[i]!.text); i++) {
    const t = paragraphs[i]!.text;
    const num = NUMBER_LINE.exec(t);
    // "Quảng Nam, ngày" / "13 tháng 7 năm 2023": a header cell wrapped where a number opens the next line.
    const wrapped = /,\s*ngày$/u.test(t) && paragraphs[i + 1] ? PLACE_DATE.exec(`${t} ${paragraphs[i + 1]!.text}`) : null;
    const pd = PLACE_DATE.exec(t) ?? wrapped;
    if (wrapped && !PLACE_DATE.test(t)) i++;
    if (num) {
      if (num[1]) document.number = Number(num[1]);
      // The year of a legal document's ký hiệu is its date's: kept as `legal`, for a decision's reader.
      if (num[2]) document.legal = true;
      document.type = num[3] ?? num[5];
      document.issuer_code = num[4] ?? num[6];
    } else if (pd) {
      document.place = pd[1]!.trim();
      document.date = `${pd[4]}-${pd[3]!.padStart(2, '0')}-${pd[2]!.padStart(2, '0')}`;
    } else if (!MOTTO.test(t) && !isMottoPiece(t)) headerLines.push(t);
  }
  if (i >= paragraphs.length) return undefined;
  if (inherit) return { document: { ...inherit, type: 'KH' }, next: i + 1 };
  // The issuing body's lines: the last capital line is the issuer, one before it the parent body.
  // Capital lines that name a body: not a ký hiệu, a rule or a number.
  const lines = headerLines.filter((l) => l === l.toLocaleUpperCase('vi') && /\p{L}{2}/u.test(l) && !/\d+\s*\/\s*[A-ZĐ]/u.test(l));
  // "ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI" is one body written on two lines: a line naming a place
  // finishes the name above it; otherwise the first body is the parent, the last the issuer.
  const bodies: string[][] = [];
  for (const l of lines) {
    if (bodies.length && /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s/u.test(l)) bodies.at(-1)!.push(l);
    else bodies.push([l]);
  }
  const one = (b: string[]) => (b.length > 1 ? b : b[0]);
  if (bodies.length >= 2) {
    document.parent_body = one(bodies[0]!);
    document.issuer = one(bodies.slice(1).flat());
  } else if (bodies.length === 1) document.issuer = one(bodies[0]!);
  else {
    document.issuer = '(CHƯA RÕ CƠ QUAN BAN HÀNH)';
    unrecognised.push({ line: 1, text: '', why: 'Không thấy tên cơ quan ban hành ở đầu văn bản: ghi tạm, cần sửa' });
  }
  document.issuer_code ??= 'UBND';
  document.place ??= '(địa danh)';
  if (!document.date) {
    document.date = '2000-01-01';
    unrecognised.push({ line: 1, text: '', why: 'Không thấy địa danh, ngày tháng: ghi tạm 2000-01-01, cần sửa' });
  }
  return { document, next: i + 1 };
}

export interface Closing {
  readonly recipients: string[];
  readonly archive: string[];
  readonly drafter?: string;
  readonly signature: Record<string, unknown>;
  /** What follows the signature (a đề cương, a phụ lục, the plan a decision issues). */
  readonly attached?: Paragraph[];
}

export function readClosing(closing: readonly Paragraph[], unrecognised: Unrecognised): Closing {
  const recipients: string[] = [];
  let archive: string[] = ['VT'];
  let drafter: string | undefined;
  const signature: string[] = [];
  let signed = false;
  let attached: Paragraph[] | undefined;
  for (const [k, p] of closing.entries()) {
    const t = p.text;
    // After the signer's name, or from a document heading on: an attached document.
    if (signed || /^(?:ĐỀ CƯƠNG|PHỤ LỤC|Phụ lục\s+[IVX\d]+)\b/u.test(t)) {
      attached = closing.slice(k);
      break;
    }
    if (/^Nơi nhận:?$/u.test(t)) continue;
    const r = /^[-–•+]\s*(.+?)[;.]?$/u.exec(t);
    if (r) {
      const lưu = /^Lưu\s*:?\s*(.+)$/u.exec(r[1]!);
      if (lưu) archive = lưu[1]!.split(/,\s*/).map((x) => x.replace(/[.;]$/, '').trim()).filter(Boolean);
      else recipients.push(r[1]!);
      continue;
    }
    if (/^[A-Za-z0-9]+[_.][A-Za-z0-9_.()]+$/u.test(t)) drafter = t;
    else {
      // Capital lines joined in the text are parted again at each authority mark (TM., KT., …).
      signature.push(...(t === t.toLocaleUpperCase('vi') ? t.split(/\s+(?=(?:TM|KT|Q|TL|TUQ)\.)/u) : [t]));
      if (t !== t.toLocaleUpperCase('vi')) signed = true;
    }
  }
  const name = signature.filter((l) => l !== l.toLocaleUpperCase('vi')).at(-1);
  // In order: "TM. <collective>", "KT./Q./TL./TUQ. <head's title>", then the signer's title and any further titles.
  const sig: Record<string, unknown> = {};
  const titles: string[] = [];
  for (const line of signature.filter((l) => l === l.toLocaleUpperCase('vi'))) {
    const a = AUTHORITY.exec(line);
    if (a?.[1] === 'TM.') sig.collective = a[2];
    else if (a) {
      sig.authority = a[1];
      // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line: the deputy's title starts at "PHÓ".
      const [head, deputy] = a[2]!.split(/\s+(?=PHÓ\s)/u);
      if (head) sig.head_title = head;
      if (deputy) titles.push(deputy);
    } else titles.push(line);
  }
  sig.title = titles[0] ?? '(CHỨC VỤ)';
  if (titles.length > 1) sig.extra_titles = titles.slice(1);
  if (!titles[0]) unrecognised.push({ line: closing[0]?.line ?? 0, text: '', why: 'Không thấy chức vụ người ký: ghi tạm' });
  sig.name = name ?? '(họ tên người ký)';
  if (!name) unrecognised.push({ line: closing[0]?.line ?? 0, text: '', why: 'Không thấy họ tên người ký: ghi tạm' });
  return { recipients, archive, ...(drafter ? { drafter } : {}), signature: sig, ...(attached ? { attached } : {}) };
}

/**
 * A copy that kept only "ỦY BAN NHÂN DÂN" of the issuer's two lines: the authority line
 * names the body ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"); where it (or a plan's text: "UBND tỉnh") says
 * only which level, the place does. Shared by the decision and the plan reader.
 */
export function completeIssuer(document: Record<string, unknown>, authority: string): void {
  if (typeof document.issuer !== 'string' || !/^(?:ỦY|UỶ) BAN NHÂN DÂN$/u.test(document.issuer)) return;
  const named = /(?:ỦY|UỶ) BAN NHÂN DÂN\s+((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s+\S.*)$/u.exec(authority);
  if (named) document.issuer = [document.issuer, named[1]!];
  else if (/(?:^|\s)(?:TỈNH|UBND tỉnh|Ủy ban nhân dân tỉnh|UBND TỈNH)(?:\s|$)/u.test(authority) && typeof document.place === 'string' && !document.place.startsWith('(')) document.issuer = [document.issuer, `TỈNH ${document.place.toLocaleUpperCase('vi')}`];
}
