/**
 * Where a line must not break, decided once for both writers: the PDF layout keeps
 * these tokens in one word, the DOCX writes them so Word and LibreOffice do the same.
 *
 * - A number, a ký hiệu or "x %" is never broken: "1342/TTr-" / "STTTT" and
 *   "100" / "% được hỗ trợ" are what a clerk would fix by hand.
 * - No line opens with a dash that is not a bullet: in "Bộ Lao động - Thương binh
 *   và Xã hội" or "2021 - 2025" the dash stays at the end of the line before.
 */
export const NO_BREAK_SPACE = '\u00A0';
export const NO_BREAK_HYPHEN = '\u2011';

/** A dash between two words, with a space each side: the space before it does not break. */
const DASH_INSIDE = /(?<=\S) (?=[-–] )/gu;
/** A number and its percent sign, written apart ("100 %"). */
const PERCENT = /(?<=\d) (?=%)/gu;
/** A minus sign or a range of numbers: "(-28,6%)", "-1", "2016-2020". LibreOffice would break "(-" / "33,3%)". */
const BEFORE_DIGIT = /-(?=\d)/gu;
/** A số, ký hiệu: "1342/TTr-STTTT", "19/KH-BCĐ138/CP", "2546/QĐ-TTg": its hyphens do not break. */
const KY_HIEU = /\d+\/[\p{L}\p{N}.&]+(?:-[\p{L}\p{N}.&/]+)+/gu;

export function bindTokens(text: string): string {
  if (!text.includes(' ') && !text.includes('/') && !text.includes('-')) return text;
  return text
    .replace(BEFORE_DIGIT, NO_BREAK_HYPHEN)
    .replace(DASH_INSIDE, NO_BREAK_SPACE)
    .replace(PERCENT, NO_BREAK_SPACE)
    .replace(KY_HIEU, (token) => token.replaceAll('-', NO_BREAK_HYPHEN));
}
