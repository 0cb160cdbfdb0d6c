import type { Inline } from '../model/types.js';
import { bindTokens, NO_BREAK_HYPHEN } from './no-break.js';
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

/**
 * After a hyphen that is inside a word (not its first character) and before a letter,
 * or after an en dash before a letter or digit: where LibreOffice's line breaking
 * (Unicode's rules) breaks too. A hyphen before a digit is a minus or a range
 * ("(-28,6%)", "2016-2020") and holds; a no-break hyphen (no-break.ts) never breaks.
 */
const HYPHEN_BREAK = /(?<=[^\s-]-)(?=\p{L})|(?<=[^\s-]–)(?=[\p{L}\p{N}])/u;

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
    // No-break spaces stay inside a word; a no-break hyphen does not break and is drawn as the font's "-".
    const parts = bindTokens(run.text.normalize('NFC')).split(' ');
    parts.forEach((part, i) => {
      if (i > 0) flush(false);
      // Most words have no hyphen: not split (a regex split per word was most of this function's garbage).
      if (!part.includes('-') && !part.includes('–')) {
        if (part !== '') current.push({ text: part.replaceAll(NO_BREAK_HYPHEN, '-'), style });
        return;
      }
      part.split(HYPHEN_BREAK).forEach((piece, j) => {
        if (j > 0) flush(true);
        if (piece !== '') current.push({ text: piece.replaceAll(NO_BREAK_HYPHEN, '-'), style });
      });
    });
  }
  flush(false);
  return words;
}
