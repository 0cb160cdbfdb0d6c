/**
 * Numbering of headings and items, computed from position — never typed in YAML,
 * so inserting a task is a one-hunk diff.
 *
 * Điểm letters follow the Vietnamese alphabet as the decree's own lists do:
 * a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z; the vowels with
 * marks are skipped by practice). Word's built-in lowerLetter has no "đ", which is
 * why every writer prints numbers as text.
 */

export type NumberStyle =
  | 'part' // PHẦN I.  PHẦN II.
  | 'roman' // I.  II.
  | 'arabic' // 1.  2.
  | 'arabic-path' // 2.1.  2.1.3. (parent's arabic path + own)
  | 'letter' // a)  b) … đ)
  | 'paren-arabic' // (1)  (2)
  | 'arabic-paren' // 1)  2)
  | 'dash' // -
  | 'plus' // +
  | 'none';

export const VIETNAMESE_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const;

/** 1-based index to "a", "b", … "đ", …; past "y" it continues "aa", "ab", … */
export function vietnameseLetter(index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`letter index must be ≥ 1, got ${index}`);
  const n = VIETNAMESE_LETTERS.length;
  let i = index - 1;
  let out = '';
  do {
    out = VIETNAMESE_LETTERS[i % n] + out;
    i = Math.floor(i / n) - 1;
  } while (i >= 0);
  return out;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(index: number): string {
  if (!Number.isInteger(index) || index < 1 || index > 3999) throw new RangeError(`roman index out of range: ${index}`);
  let rest = index;
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/**
 * The label of the `index`-th (1-based) item at a level.
 * `arabicPath` is the chain of arabic ordinals of the enclosing arabic levels,
 * used by 'arabic-path' ("2.1.").
 */
export function formatNumber(style: NumberStyle, index: number, arabicPath: readonly number[] = []): string {
  switch (style) {
    case 'part':
      return `PHẦN ${roman(index)}.`;
    case 'roman':
      return `${roman(index)}.`;
    case 'arabic':
      return `${index}.`;
    case 'arabic-path':
      return `${[...arabicPath, index].join('.')}.`;
    case 'letter':
      return `${vietnameseLetter(index)})`;
    case 'paren-arabic':
      return `(${index})`;
    case 'arabic-paren':
      return `${index})`;
    case 'dash':
      return '-';
    case 'plus':
      return '+';
    case 'none':
      return '';
  }
}

/** Styles that contribute their ordinal to a following 'arabic-path' level. */
export function extendsArabicPath(style: NumberStyle): boolean {
  return style === 'arabic' || style === 'arabic-path';
}

/** Seed 002's scheme (I. / 1. / a) / - / +) is the default; seed 001 uses arabic-path at level 3. */
export const DEFAULT_LEVELS: readonly NumberStyle[] = ['roman', 'arabic', 'letter', 'dash', 'plus'];

/** The style of a depth (0-based); levels past the configured ones repeat '+'. */
export function styleAt(levels: readonly NumberStyle[], depth: number): NumberStyle {
  return levels[depth] ?? levels[levels.length - 1] ?? 'plus';
}

/**
 * A counter that walks a tree: `next(depth)` returns the label of the next item at
 * that depth and resets the deeper counters, like a typist numbering by hand.
 */
export class Numberer {
  private readonly counters: number[] = [];
  constructor(private readonly levels: readonly NumberStyle[]) {}

  next(depth: number): string {
    this.counters.length = depth + 1;
    this.counters[depth] = (this.counters[depth] ?? 0) + 1;
    const path: number[] = [];
    for (let d = 0; d < depth; d++) {
      if (extendsArabicPath(styleAt(this.levels, d))) path.push(this.counters[d] ?? 1);
      else path.length = 0;
    }
    return formatNumber(styleAt(this.levels, depth), this.counters[depth]!, path);
  }
}
