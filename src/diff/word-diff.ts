import { diffArrays, diffWordsWithSpace } from 'diff';

export interface WordPart {
  readonly op: '=' | '+' | '-';
  readonly text: string;
}

/**
 * Myers' diff costs the length times the number of edits: a text rewritten
 * throughout (5,000 words took 25 s, R33) is quadratic. Each diff here stops at
 * this many edits and goes one level coarser instead: words, then sentences
 * (and words inside each changed sentence), then the whole text as rewritten.
 */
const MAX_EDITS = 400;

export interface WordDiff {
  readonly parts: readonly WordPart[];
  /** Some part was too changed to compare word by word and is given whole, old then new: the reader is told. */
  readonly whole: boolean;
}

/** Word by word, spaces kept, so the text reads back whole from either side; bounded in time on any input. */
export function wordDiff(from: string, to: string): WordDiff {
  const fine = diffWordsWithSpace(from, to, { maxEditLength: MAX_EDITS });
  if (fine) return { parts: wholeWords(fine.map(partOf)), whole: false };
  const a = sentences(from);
  const b = sentences(to);
  const coarse = diffArrays(a, b, { maxEditLength: MAX_EDITS });
  if (!coarse) return { parts: rewritten(from, to), whole: true };
  let whole = false;
  const out: WordPart[] = [];
  for (let i = 0; i < coarse.length; i++) {
    const c = coarse[i]!;
    const next = coarse[i + 1];
    // A run of sentences out and a run in: the words that changed between them.
    if (c.removed && next?.added) {
      const [x, y] = [c.value.join(''), next.value.join('')];
      const inside = diffWordsWithSpace(x, y, { maxEditLength: MAX_EDITS });
      if (!inside) whole = true;
      out.push(...(inside ? wholeWords(inside.map(partOf)) : rewritten(x, y)));
      i++;
    } else out.push({ op: c.added ? '+' : c.removed ? '-' : '=', text: c.value.join('') });
  }
  return { parts: out, whole };
}

/**
 * Words changed next to each other read as one change, as Word marks them: "Sở Tư
 * pháp" struck out and "Công an tỉnh" typed in, not three words struck and typed
 * by turns around the spaces they share.
 */
function wholeWords(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (let i = 0; i < parts.length; ) {
    if (parts[i]!.op === '=') {
      out.push(parts[i++]!);
      continue;
    }
    // A stretch of changes, with only spaces kept between them.
    let end = i;
    while (end < parts.length && (parts[end]!.op !== '=' || (/^\s+$/.test(parts[end]!.text) && parts[end + 1] !== undefined && parts[end + 1]!.op !== '='))) end++;
    const stretch = parts.slice(i, end);
    const old = stretch.filter((p) => p.op !== '+').map((p) => p.text).join('');
    const now = stretch.filter((p) => p.op !== '-').map((p) => p.text).join('');
    if (stretch.some((p) => p.op === '=')) {
      out.push({ op: '-', text: old }, { op: '+', text: now });
    } else out.push(...stretch);
    i = end;
  }
  return out;
}

const partOf = (p: { added?: boolean; removed?: boolean; value: string }): WordPart => ({ op: p.added ? '+' : p.removed ? '-' : '=', text: p.value });

const rewritten = (from: string, to: string): WordPart[] => [{ op: '-', text: from }, { op: '+', text: to }];

/** Sentences with the spaces after them, so joined they give the text back. */
function sentences(text: string): string[] {
  return text.match(/[^.;:!?…]*(?:[.;:!?…]+|$)\s*/g)?.filter((s) => s !== '') ?? [text];
}
