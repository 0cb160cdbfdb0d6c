import type { Paragraph } from './paragraphs.js';

/**
 * A web copy that dropped the type line ("KẾ HOẠCH" under the header) but kept the
 * number line "Số: 130/KH-UBND": the type line put back after the place and date,
 * where ND30 prints it, so the plan reader finds where the header ends. Unchanged
 * when a type line is there or the number names no plan.
 */
export function withPlanTypeLine(paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  const head = paragraphs.slice(0, 40);
  if (head.some((p) => /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)$/u.test(p.text))) return paragraphs;
  if (!head.some((p) => /^Số\s*:\s*\d*\s*\/\s*KH-/u.test(p.text))) return paragraphs;
  const pd = paragraphs.findIndex((p) => /,\s*ngày\s+\d/u.test(p.text));
  if (pd < 0) return paragraphs;
  return [...paragraphs.slice(0, pd + 1), { text: 'KẾ HOẠCH', line: paragraphs[pd]!.line }, ...paragraphs.slice(pd + 1)];
}
