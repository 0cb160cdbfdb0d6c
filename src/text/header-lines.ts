/**
 * The agency names of the header (ô 2) on the lines they will print on. ND30
 * sets them in capitals at 12–13 pt in a narrow column; a long name wraps. A
 * word processor wraps greedily ("BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM, TỆ" / "NẠN
 * …" / "…"); a typist breaks it into as few, as even lines as it takes, at 12
 * pt when that saves a line. Lines
 * the author wrote out are kept as written, at 12 pt when 13 is too wide for one
 * of them, and only a line too wide even then is broken.
 */

export type Measure = (text: string, sizePt: number) => number;

export interface FittedLines {
  readonly lines: readonly string[];
  readonly sizePt: number;
}

export function fitHeaderLines(written: readonly string[], widthPt: number, measure: Measure, sizes: readonly number[] = [13, 12]): FittedLines {
  const largest = sizes[0]!;
  const fits = (size: number) => (l: string) => measure(l, size) <= widthPt;
  if (written.length === 0 || written.every(fits(largest))) return { lines: written, sizePt: largest };
  if (written.length === 1) {
    // The size that needs the fewest lines; the larger on a tie.
    const tries = sizes.map((size) => ({ lines: balance(written[0]!, widthPt, (t) => measure(t, size)), sizePt: size }));
    return tries.reduce((best, t) => (t.lines.length < best.lines.length ? t : best));
  }
  const size = sizes.find((s) => written.every(fits(s))) ?? sizes[sizes.length - 1]!;
  return { lines: written.flatMap((l) => (fits(size)(l) ? [l] : balance(l, widthPt, (t) => measure(t, size)))), sizePt: size };
}

/**
 * Where a typist breaks an agency's name: before the place it governs ("ỦY BAN
 * NHÂN DÂN" / "TỈNH GIA LAI", seeds 002 and 004), not inside "XÃ HỘI".
 */
function breaksWell(words: readonly string[], j: number): boolean {
  const w = words[j]!;
  const next = words[j + 1];
  if (w === 'TỈNH' || w === 'HUYỆN' || w === 'QUẬN' || w === 'PHƯỜNG') return true;
  if (w === 'THÀNH') return next === 'PHỐ';
  if (w === 'THỊ') return next === 'XÃ' || next === 'TRẤN';
  if (w === 'XÃ') return next !== 'HỘI';
  return false;
}

/**
 * The fewest lines that fit `width`, breaking at spaces; of those, the one with
 * most breaks before a place name, then with the widest line as narrow as it can be.
 */
export function balance(text: string, width: number, measure: (t: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words;
  // No agency's name is this long; past it, plain greedy filling keeps the work bounded.
  if (words.length > 40) return greedy(words, width, measure);
  const span = (i: number, j: number) => measure(words.slice(i, j).join(' '));
  type Plan = { readonly good: number; readonly widest: number; readonly breaks: number[] };
  const better = (a: Plan, b: Plan) => a.good > b.good || (a.good === b.good && a.widest < b.widest);
  /** The narrowest widest line on k lines, ignoring where the breaks fall: does k lines fit at all? */
  const fits = (k: number): boolean => {
    const narrow = new Map<string, number>();
    const least = (i: number, n: number): number => {
      const key = `${i}:${n}`;
      const known = narrow.get(key);
      if (known !== undefined) return known;
      let r = Infinity;
      if (n === 1) r = span(i, words.length);
      else for (let j = i + 1; j <= words.length - (n - 1); j++) r = Math.min(r, Math.max(span(i, j), least(j, n - 1)));
      narrow.set(key, r);
      return r;
    };
    return least(0, k) <= width;
  };
  let k = 1;
  while (k < words.length && !fits(k)) k++;
  // Among the k-line settings that fit, the best; a break before a place name never costs a line.
  const plans: Plan[] = [];
  const collect = (i: number, n: number, acc: number[]) => {
    if (n === 1) {
      if (span(i, words.length) <= width) {
        const cuts = [0, ...acc, words.length];
        plans.push({ good: acc.filter((j) => breaksWell(words, j)).length, widest: Math.max(...cuts.slice(1).map((e, x) => span(cuts[x]!, e))), breaks: acc });
      }
      return;
    }
    for (let j = i + 1; j <= words.length - (n - 1); j++) if (span(i, j) <= width) collect(j, n - 1, [...acc, j]);
  };
  collect(0, k, []);
  // None fits when a single word is wider than the column: then a word a line.
  const chosen = plans.reduce<Plan | undefined>((b, p) => (b === undefined || better(p, b) ? p : b), undefined)
    ?? { good: 0, widest: Infinity, breaks: words.map((_, i) => i).slice(1) };
  const cuts = [0, ...chosen.breaks, words.length];
  return cuts.slice(1).map((end, n) => words.slice(cuts[n], end).join(' '));
}

function greedy(words: readonly string[], width: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${w}`) <= width) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return lines;
}
