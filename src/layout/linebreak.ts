import type { Measurer } from './measure.js';
import type { Word } from './segment.js';

/**
 * Greedy line breaking, as LibreOffice and Word do without hyphenation: a line
 * takes words while they fit. Behind a small signature so an optimal-fit breaker
 * can replace it.
 */
export interface BrokenLine {
  readonly words: readonly Word[];
  /** Natural width: words plus one space between each. */
  readonly width: number;
}

export type LineBreaker = (words: readonly Word[], widths: { first: number; rest: number }, m: Measurer, size: number) => BrokenLine[];

const EPSILON = 0.01;

export function wordWidth(w: Word, m: Measurer, size: number): number {
  let total = 0;
  for (const p of w.pieces) total += m.width(p.text, p.style, size);
  return total;
}

export const greedyBreak: LineBreaker = (words, widths, m, size) => {
  const lines: BrokenLine[] = [];
  let current: Word[] = [];
  let width = 0;
  for (const word of words) {
    const w = wordWidth(word, m, size);
    const space = current.length > 0 && !word.joined ? m.width(' ', word.pieces[0]!.style, size) : 0;
    const limit = lines.length === 0 ? widths.first : widths.rest;
    if (current.length > 0 && width + space + w > limit + EPSILON) {
      lines.push({ words: current, width });
      current = [word];
      width = w;
    } else {
      current.push(word);
      width += space + w;
    }
  }
  if (current.length > 0) lines.push({ words: current, width });
  return lines;
};
