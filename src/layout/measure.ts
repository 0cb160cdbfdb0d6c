import type { FontStyle } from './types.js';

/**
 * How layout learns the size of text. The PDF writer backs it with the fonts it
 * embeds; tests back it with a fake of fixed widths.
 */
export interface Measurer {
  /** Advance width of `text` at `size` points. */
  width(text: string, style: FontStyle, size: number): number;
  /** Ascent, as a fraction of the size: where the baseline sits below a line's top. */
  readonly ascent: number;
  /** Ascent + descent + line gap, as a fraction of the size: a single line's height. */
  readonly lineHeight: number;
}

/** A measurer for tests: every character has the same width. */
export function fixedMeasurer(charWidthEm = 0.5, ascent = 0.891, lineHeight = 1.15): Measurer {
  return {
    width: (text, _style, size) => [...text].length * charWidthEm * size,
    ascent,
    lineHeight,
  };
}
