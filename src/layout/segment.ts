import type { Inline } from '../model/types.js';
import type { FontStyle } from './types.js';

/** A piece of a word in one style. */
export interface Piece {
  readonly text: string;
  readonly style: FontStyle;
}

/** A word: the pieces between two spaces (a word may change style midway, as "(Công"). */
export interface Word {
  readonly pieces: readonly Piece[];
}

export function styleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}

/** Splits styled runs into words at spaces; `base` is the paragraph style's weight and slant. */
export function segment(inlines: readonly Inline[], base: { bold: boolean; italic: boolean }): Word[] {
  const words: Word[] = [];
  let current: Piece[] = [];
  const flush = () => {
    if (current.length > 0) words.push({ pieces: current });
    current = [];
  };
  for (const run of inlines) {
    const style = styleOf(base.bold || run.bold === true, base.italic !== (run.italic === true));
    const parts = run.text.normalize('NFC').split(' ');
    parts.forEach((part, i) => {
      if (i > 0) flush();
      if (part !== '') current.push({ text: part, style });
    });
  }
  flush();
  return words;
}
