import metrics from './times-metrics.json' with { type: 'json' };

/**
 * Width of a line of Times New Roman text, in points, from the shipped metrics
 * table. Used where a writer must size something to text it does not lay out
 * itself: the short rules under the issuing body, the motto and the subject.
 */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const TABLES = metrics as unknown as Record<FontStyle, Record<string, number>>;
const FALLBACK = 500;

export function textWidthPt(text: string, sizePt: number, style: FontStyle = 'regular'): number {
  const table = TABLES[style];
  let total = 0;
  for (const ch of text.normalize('NFC')) total += table[ch] ?? FALLBACK;
  return (total * sizePt) / 1000;
}
