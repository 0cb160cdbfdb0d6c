/**
 * Measurable targets inside an objective's sentence ("bảo đảm 100% tố giác …
 * được tiếp nhận", "đạt trên 90% tổng số án khởi tố"): each clause with a
 * percentage becomes a target, and the sentence keeps it as {target:id} — the
 * words print exactly as before, and the plan can now be measured against.
 */
export interface ReadTarget {
  readonly id: string;
  readonly text: string;
  readonly comparator: '=' | '>' | '>=' | '<' | '<=';
  readonly value: number;
  readonly unit: '%';
}

const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/u;

const COMPARATORS: ReadonlyArray<[RegExp, ReadTarget['comparator']]> = [
  [/(?:ít nhất|tối thiểu|không dưới|từ)\s*$/u, '>='],
  [/(?:không quá|tối đa|không vượt quá)\s*$/u, '<='],
  [/(?:trên|hơn|vượt)\s*$/u, '>'],
  [/(?:dưới)\s*$/u, '<'],
];

export function readTargets(text: string, idFor: (clause: string) => string): { text: string; targets: ReadTarget[] } {
  const targets: ReadTarget[] = [];
  // Clauses end at ";" or at a sentence's "." (not a decimal point); the stop stays outside the target.
  const parts = text.split(/(?<=[;.])\s+|(?<=[;])(?=\S)/u);
  const out = parts.map((part) => {
    const m = PERCENT.exec(part);
    if (!m) return part;
    const stop = /[;.]$/u.exec(part)?.[0] ?? '';
    const clause = part.slice(0, part.length - stop.length);
    const before = clause.slice(0, m.index);
    const comparator = COMPARATORS.find(([re]) => re.test(before))?.[1] ?? (/(?:đạt)\s*$/u.test(before) ? '>=' : '=');
    const value = Number(m[1]!.replace(',', '.'));
    if (!Number.isFinite(value) || value < 0) return part;
    const id = idFor(clause);
    targets.push({ id, text: clause, comparator, value, unit: '%' });
    return `{target:${id}}${stop}`;
  });
  return { text: out.join(' '), targets };
}
