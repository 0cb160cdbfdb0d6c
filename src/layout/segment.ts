import type { Inline } from '../model/types.js';
import type { FontStyle } from './types.js';

/** A piece of a word in one style. */
export interface Piece {
  readonly text: string;
  readonly style: FontStyle;
}

/**
 * A word: the pieces between two break opportunities (a word may change style
 * midway, as "(Công"). `joined` marks a word that continues the previous one
 * after a hyphen ("KH-" then "UBND"): a line may break there, but no space is drawn.
 */
export interface Word {
  readonly pieces: readonly Piece[];
  readonly joined?: true;
}

/** After a hyphen that is inside a word (not its first character) and before a letter or digit. */
const HYPHEN_BREAK = /(?<=[^\s-][-–])(?=[\p{L}\p{N}])/u;

function styleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}

/** Splits styled runs into words at spaces; `base` is the paragraph style's weight and slant. */
export function segment(inlines: readonly Inline[], base: { bold: boolean; italic: boolean }): Word[] {
  const words: Word[] = [];
  let current: Piece[] = [];
  let joined = false;
  const flush = (nextJoined: boolean) => {
    if (current.length > 0) words.push({ pieces: current, ...(joined ? { joined: true as const } : {}) });
    current = [];
    joined = nextJoined;
  };
  for (const run of inlines) {
    const style = styleOf(base.bold || run.bold === true, base.italic !== (run.italic === true));
    const parts = run.text.normalize('NFC').split(' ');
    parts.forEach((part, i) => {
      if (i > 0) flush(false);
      // Most words have no hyphen: not split (a regex split per word was most of this function's garbage).
      if (!part.includes('-') && !part.includes('–')) {
        if (part !== '') current.push({ text: part, style });
        return;
      }
      part.split(HYPHEN_BREAK).forEach((piece, j) => {
        if (j > 0) flush(true);
        if (piece !== '') current.push({ text: piece, style });
      });
    });
  }
  flush(false);
  return words;
}
