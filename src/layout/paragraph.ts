import type { Inline } from '../model/types.js';
import { greedyBreak, type LineBreaker } from './linebreak.js';
import type { Measurer } from './measure.js';
import { segment, type Word } from './segment.js';
import type { FontStyle, TextItem } from './types.js';

export interface ParagraphSpec {
  readonly inlines: readonly Inline[];
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align: 'justify' | 'center' | 'left';
  /** Left edge and width of the column, in points. */
  readonly x: number;
  readonly width: number;
  readonly firstIndent?: number;
  /** Multiple of the single line height. */
  readonly lineSpacing?: number;
}

/** A laid-out line: its height and its items, with y relative to the line's top. */
export interface LineBox {
  readonly height: number;
  readonly items: readonly TextItem[];
  readonly words: number;
}

export function layoutParagraph(spec: ParagraphSpec, m: Measurer, breaker: LineBreaker = greedyBreak): LineBox[] {
  const words = segment(spec.inlines, { bold: spec.bold ?? false, italic: spec.italic ?? false });
  const indent = spec.firstIndent ?? 0;
  const lines = breaker(words, { first: spec.width - indent, rest: spec.width }, m, spec.size);
  const height = m.lineHeight * spec.size * (spec.lineSpacing ?? 1);
  const baseline = m.ascent * spec.size;
  return lines.map((line, i) => {
    const last = i === lines.length - 1;
    const start = spec.x + (i === 0 ? indent : 0);
    const avail = spec.width - (i === 0 ? indent : 0);
    // Only real spaces stretch; the join after a hyphen does not.
    const gaps = line.words.filter((w, k) => k > 0 && !w.joined).length;
    let x = start;
    let extra = 0;
    if (spec.align === 'center') x = spec.x + (spec.width - line.width) / 2;
    else if (spec.align === 'justify' && !last && gaps > 0) extra = Math.max(0, (avail - line.width) / gaps);
    return { height, words: line.words.length, items: fragments(line.words, x, baseline, spec.size, extra, m) };
  });
}

/** Joins a line's words into runs of one style; each run is drawn in one operation. */
function fragments(words: readonly Word[], x0: number, y: number, size: number, extra: number, m: Measurer): TextItem[] {
  const out: TextItem[] = [];
  let x = x0;
  let text = '';
  let style: FontStyle | undefined;
  let startX = x0;
  const flush = () => {
    if (style !== undefined && text !== '') out.push({ kind: 'text', x: startX, y, style, size, text, spaceExtra: extra });
    text = '';
  };
  words.forEach((word, wi) => {
    word.pieces.forEach((piece, pi) => {
      if (piece.style !== style) {
        flush();
        style = piece.style;
        startX = x;
      }
      if (wi > 0 && pi === 0 && !word.joined) {
        // The space before a word belongs to the run it follows unless the style changes right at it.
        text += ' ';
        x += m.width(' ', piece.style, size) + extra;
      }
      text += piece.text;
      x += m.width(piece.text, piece.style, size);
    });
  });
  flush();
  return out;
}
