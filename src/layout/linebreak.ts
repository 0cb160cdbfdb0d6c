import type { Measurer } from './measure.js';
import type { Piece, Word } from './segment.js';

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
  const widest = Math.min(widths.first, widths.rest);
  const fitting = (word: Word): Array<{ word: Word; w: number }> => {
    const w = wordWidth(word, m, size);
    return w <= widest + EPSILON ? [{ word, w }] : breakWord(word, widest, m, size).map((part) => ({ word: part, w: wordWidth(part, m, size) }));
  };
  for (const { word, w } of words.flatMap(fitting)) {
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

/**
 * A word wider than the line (a long URL, a run of characters with no space) is
 * broken at the margin, character by character, as LibreOffice and Word do; the
 * pieces after the first continue it without a space. Without this it is drawn
 * past the page edge and out of a table cell.
 */
function breakWord(word: Word, limit: number, m: Measurer, size: number): Word[] {
  const out: Word[] = [];
  let pieces: Piece[] = [];
  let width = 0;
  const flush = () => {
    if (pieces.length === 0) return;
    const joined = out.length === 0 ? word.joined : true;
    out.push({ pieces, ...(joined ? { joined: true as const } : {}) });
    pieces = [];
    width = 0;
  };
  for (const piece of word.pieces) {
    let text = '';
    for (const ch of piece.text) {
      const w = m.width(ch, piece.style, size);
      if (width + w > limit + EPSILON && (text !== '' || pieces.length > 0)) {
        if (text !== '') pieces.push({ text, style: piece.style });
        flush();
        text = '';
      }
      text += ch;
      width += w;
    }
    if (text !== '') pieces.push({ text, style: piece.style });
  }
  flush();
  return out;
}
