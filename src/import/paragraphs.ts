import { SHARED_NAMES } from './agency-names.js';

/**
 * Plain text as offices hand it over — copied from a web page, a PDF or a
 * Markdown conversion — cut into the paragraphs the document had: hard-wrapped
 * lines joined, a sentence broken across a page break put back together,
 * header cells flattened with "|" split, Markdown emphasis taken off.
 */
export interface Paragraph {
  readonly text: string;
  /** 1-based line of the source where it starts (a paragraph's index in a DOCX), for the import report. */
  readonly line: number;
  /** Plan ids the paragraph carries (the bookmarks of a DOCX vanban wrote), first the node it opens. */
  readonly ids?: readonly string[];
  /** A DOCX paragraph in a table cell: what a plan's node cannot be. */
  readonly inTable?: true;
  /** The number Word's list numbering shows before the words ("2.1.", "-"), which `text` starts with: counted, not typed. */
  readonly listNumber?: string;
}

/** What opens a paragraph of its own: a numbering mark, a block keyword, a header field, a portal's date line under a title. */
const OPENS = /^(?:(?:TM|KT|TL|TUQ|Q)\.\s|[IVXLC]+\.\s|\d+(?:\.\d+)*\.?\s|[a-zđ]\)\s|\(\d+\)\s?|[-–+•]\s|PHẦN\s|Điều\s\d|Căn cứ|Thực hiện|Theo đề nghị|Nơi nhận|Số:|Kính gửi|Ngày cập nhật|Ngày đăng|Cập nhật)/u;

export function paragraphsOf(text: string): Paragraph[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => clean(l));
  const out: Array<{ text: string; line: number; cell: boolean }> = [];
  let blankBefore = true;
  lines.forEach((raw, i) => {
    // A flattened table row: "ỦY BAN NHÂN DÂN | CỘNG HÒA …" — each cell a paragraph of its own.
    const cell = raw.includes('|');
    const parts = cell ? raw.split('|').map((c) => c.trim()).filter(Boolean) : [raw.trim()];
    if (parts.length === 0 || (parts.length === 1 && parts[0] === '')) {
      blankBefore = true;
      return;
    }
    for (const part of parts) {
      const prev = out.at(-1);
      if (prev && !cell && !prev.cell && continues(prev.text, part, blankBefore)) prev.text = `${prev.text} ${part}`.replace(/\s+/g, ' ');
      else out.push({ text: part, line: i + 1, cell });
      blankBefore = false;
    }
  });
  return out.filter((p) => p.text !== '').map(({ text: t, line }) => ({ text: t, line }));
}

/** Markdown emphasis and stray spacing off a line; the words stay as they are. */
function clean(line: string): string {
  return line
    .normalize('NFC')
    .replace(/\t/g, ' ')
    .replace(/(^|[\s(])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=[\s).,;:]|$)/gu, '$1')
    .replace(/\s+$/u, '');
}

/**
 * Whether `next` carries on the paragraph `prev`: a wrapped line (no blank line
 * between, and nothing that opens a paragraph), or a sentence cut by a page
 * break (blank lines between, but `prev` stops mid-sentence and `next` does not
 * open a paragraph of its own).
 */
function continues(prev: string, next: string, blankBefore: boolean): boolean {
  // "Số:" on a line of its own, the ký hiệu on the next (a header cell wrapped).
  if (/^Số\s*:?$/u.test(prev)) return true;
  // "Số: 45/BC-STP" is a header cell of its own (the place and date follow it; a place may wrap: "Hà" / "Nội, ngày …").
  if (/^Số\s*:\s*\d*\s*\/\s*\S+$/u.test(prev)) return false;
  // "Sở Lao động" / "- Thương binh và Xã hội": a name wrapped at its own dash is no list item.
  if (!blankBefore && !/[.:;!?]$/u.test(prev) && straddlesName(prev, next)) return true;
  // "… ngày 27 tháng 12 năm" / "2008 của Chính phủ": a number carries on a sentence that has not ended.
  if (!blankBefore && /^\d+(?:\s|[,;:]|$)/u.test(next) && !/[.:;!?]$/u.test(prev)) return true;
  // "1.1. Công tác chỉ đạo, điều hành của" / "Thủ tướng Chính phủ:": no heading ends on such a word.
  if (!blankBefore && DANGLING.test(prev)) return true;
  // A short numbered line is a heading; the capitalised sentence under it starts the content.
  if (!blankBefore && /^(?:[IVXLC]+|\d+(?:\.\d+)*)\.\s/u.test(prev) && prev.length < 60 && /^\p{Lu}/u.test(next) && !isCapitalLine(next)) return false;
  if (OPENS.test(next) || STANDS_ALONE.test(prev) || STANDS_ALONE.test(next)) return false;
  // "(VX);" under "- Chánh, Phó Chánh VP. UBND tỉnh": a parenthesis carries on the line above.
  if (!blankBefore && /^\(/u.test(next) && !/[.:;!?]$/u.test(prev)) return true;
  const prevCaps = isCapitalLine(prev);
  const nextCaps = isCapitalLine(next);
  // A heading in capitals wraps onto a second line in capitals; body text never joins a heading.
  if (prevCaps || nextCaps) return !blankBefore && prevCaps && nextCaps;
  const unfinished = !/[.:;!?…)"”]$/u.test(prev) || openParens(prev) > 0;
  if (!blankBefore) return unfinished || /^\p{Ll}/u.test(next);
  return unfinished && (/^\p{Ll}/u.test(next) || openParens(prev) > 0);
}

/** Lines that are a block of their own: the document type, the national motto, the recipients' heading. */
const STANDS_ALONE = /^(?:\((?:ký|Ký)[^)]*\)|KẾ HOẠCH|QUYẾT ĐỊNH|BÁO CÁO|ĐỀ CƯƠNG|CHƯƠNG TRÌNH|TỜ TRÌNH|CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc|Nơi nhận:?|-{3,})$/u;

/** Words a sentence goes on after: a line ending on one is wrapped, never a heading's end. */
const DANGLING = /\s(?:của|và|với|về|các|cho|tại|trong|theo|đến|từ|những|đối|được|là|có|để|trên|dưới|giữa|hoặc|nhằm|bằng|do|vào)$/u;

/** A known agency name runs across the line break (see agency-names.ts). */
function straddlesName(prev: string, next: string): boolean {
  const joined = `${prev} ${next}`.toLocaleLowerCase('vi');
  const cut = prev.length;
  return SHARED_NAMES.some((n) => {
    const k = n.toLocaleLowerCase('vi');
    for (let at = joined.indexOf(k); at >= 0; at = joined.indexOf(k, at + 1)) if (at < cut && at + k.length > cut + 1) return true;
    return false;
  });
}

function openParens(s: string): number {
  return (s.match(/\(/g)?.length ?? 0) - (s.match(/\)/g)?.length ?? 0);
}

const isCapitalLine = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');
