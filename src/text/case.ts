/**
 * Sentence case at the joins vanban makes. JavaScript's \b knows only ASCII
 * letters ("Sở" never ends at \b), so word ends here are a space or the end.
 */

/** Names an agency's text may start with, which keep their capital inside a sentence. */
const NAMES = /^(Sở|Công an|Ủy ban|UBND|Bộ|Ban|Hội|Viện|Tòa án|Đài|Báo|Trung tâm)(?=\s|$)/u;

/** "Tổ chức triển khai …" after "Giao A chủ trì," reads "tổ chức triển khai …"; "Sở Tư pháp …" keeps its capital. */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) && !NAMES.test(s) ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;
}

export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** The title its head signs with, from an agency's name; the agency corrects it where it differs. */
export function headTitleOf(name: string): string {
  if (/^Sở(?=\s)/u.test(name)) return 'GIÁM ĐỐC';
  if (/^(UBND|Ủy ban nhân dân)(?=\s)/iu.test(name)) return 'CHỦ TỊCH';
  if (/^Công an(?=\s)/u.test(name)) return 'GIÁM ĐỐC';
  return 'THỦ TRƯỞNG CƠ QUAN';
}
