import type { Paragraph } from './paragraphs.js';

/**
 * A web copy that dropped the type line ("KẾ HOẠCH", "QUYẾT ĐỊNH" under the header)
 * but kept what shows the kind — the number line "Số: 130/KH-UBND", or a decision's
 * "QUYẾT ĐỊNH:": the type line put back after the place and date, where ND30 prints
 * it, so the reader finds where the header ends. Unchanged when a type line is there,
 * nothing shows the kind, or there is no place and date to put it after.
 */
export function withTypeLine(paragraphs: readonly Paragraph[], typeLine: RegExp, shown: RegExp, line: string): readonly Paragraph[] {
  const head = paragraphs.slice(0, 40);
  if (head.some((p) => typeLine.test(p.text)) || !head.some((p) => shown.test(p.text))) return paragraphs;
  // "Quảng Nam, ngày" / "13 tháng 7 năm 2023": the date wrapped onto a paragraph of its own.
  const pd = paragraphs.findIndex((p) => /,\s*ngày(?:\s+\d|$)/u.test(p.text));
  if (pd < 0) return paragraphs;
  const at = /,\s*ngày$/u.test(paragraphs[pd]!.text) ? pd + 2 : pd + 1;
  return [...paragraphs.slice(0, at), { text: line, line: paragraphs[at - 1]!.line }, ...paragraphs.slice(at)];
}

export const withPlanTypeLine = (paragraphs: readonly Paragraph[]) =>
  withTypeLine(paragraphs, /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)$/u, /^Số\s*:\s*\d*\s*\/\s*KH-/u, 'KẾ HOẠCH');

export const withDecisionTypeLine = (paragraphs: readonly Paragraph[]) =>
  withTypeLine(paragraphs, /^QUYẾT ĐỊNH$/u, /^QUYẾT ĐỊNH:$|^Số\s*:.*\/QĐ-?/u, 'QUYẾT ĐỊNH');
