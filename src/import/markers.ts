/**
 * The numbering marks a paragraph can open with, in the styles plans use
 * (the numberStyle names of plan.schema.json), typed by hand or printed.
 */
export type MarkStyle = 'part' | 'roman' | 'arabic-path' | 'arabic' | 'letter' | 'paren-arabic' | 'arabic-paren' | 'dash' | 'plus';

export interface Marked {
  readonly style: MarkStyle;
  /** The paragraph without its mark. */
  readonly text: string;
}

const MARKS: ReadonlyArray<[MarkStyle, RegExp]> = [
  ['part', /^PHẦN\s+(?:[IVXLC]+|\d+)\.?\s*(.*)$/u],
  ['roman', /^[IVXLC]+\.\s+(.*)$/u],
  ['arabic-path', /^\d+(?:\.\d+)+\.?\s+(.*)$/u],
  ['arabic', /^\d+\.\s+(.*)$/u],
  ['arabic-paren', /^\d+\)\s+(.*)$/u],
  ['letter', /^[a-zđ]\)\s+(.*)$/u],
  ['paren-arabic', /^\(\d+\)\s*(.*)$/u],
  ['dash', /^[-–•]\s+(.*)$/u],
  ['plus', /^\+\s+(.*)$/u],
];

export function markOf(text: string): Marked | undefined {
  for (const [style, re] of MARKS) {
    const m = re.exec(text);
    if (m) return { style, text: m[1]!.trim() };
  }
  return undefined;
}
