import type { MarkStyle } from './markers.js';

export type Confidence = 'high' | 'medium' | 'low';

/** A heading as the import took it, and how sure it is of that. */
export interface HeadingRead {
  readonly line: number;
  readonly title: string;
  readonly style: MarkStyle | 'plain';
  readonly confidence: Confidence;
  /** Why it is less than sure (stable codes; the CLI words them). */
  readonly doubts: readonly HeadingDoubt[];
}

export type HeadingDoubt = 'promoted' | 'unnumbered' | 'list-mark' | 'top-not-capitals' | 'sentence-like' | 'long';

/**
 * How sure the import is that a paragraph is a heading of the plan's hierarchy.
 * Sure: it carries vanban's id, or its mark is a heading mark at a depth where
 * plans put it (Roman or "PHẦN" on top, in capitals; "1." / "1.1." below) and it
 * reads as a title. Less sure: a list mark ("a)", "-", "(1)") that has paragraphs
 * under it, a top heading in sentence case, a title that reads as a sentence.
 * Least: a paragraph with no mark, or a list item, taken as a heading because
 * content hangs under it.
 */
export function headingConfidence(h: { style: MarkStyle | 'plain'; text: string; ids?: readonly string[] }, depth: number, promoted: boolean): { confidence: Confidence; doubts: HeadingDoubt[] } {
  if (h.ids?.length) return { confidence: 'high', doubts: [] };
  const doubts: HeadingDoubt[] = [];
  if (promoted) doubts.push('promoted');
  if (h.style === 'plain') doubts.push('unnumbered');
  else if (h.style !== 'part' && h.style !== 'roman' && h.style !== 'arabic' && h.style !== 'arabic-path') doubts.push('list-mark');
  const letters = h.text.replace(/[^\p{L}]/gu, '');
  if (depth === 0 && (h.style === 'roman' || h.style === 'part') && letters !== letters.toLocaleUpperCase('vi')) doubts.push('top-not-capitals');
  if (/[.;]$/u.test(h.text.trim()) && h.text.length > 60) doubts.push('sentence-like');
  if (h.text.length > 200) doubts.push('long');
  const confidence: Confidence = doubts.includes('promoted') || doubts.includes('unnumbered') || doubts.includes('long') ? 'low' : doubts.length > 0 ? 'medium' : 'high';
  return { confidence, doubts };
}
