import { diffArrays } from 'diff';

/**
 * How much of a reference text another text keeps, word by word and in order:
 * the share of the reference's words in their longest common subsequence (jsdiff's
 * Myers diff, fast when the texts are alike). `import` checks itself with it, and
 * the tests measure rebuilt documents against the seeds with the same function.
 * Numbering labels are left out on both sides: ours are computed.
 */
const NUMBERING = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+])$/;

export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\*/g, '')
    // "./." closes a body (NĐ 30); typed texts end their last sentence with ".".
    .replace(/\.\/\./g, '.')
    .split(/\s+/)
    .filter((w) => w !== '' && !NUMBERING.test(w));
}

export interface WordShare {
  /** 0–1; NaN when the texts are too unlike to compare within the time given. */
  readonly share: number;
  /** The reference's words the other text does not keep, in order. */
  readonly missing: string[];
}

export function wordShare(reference: readonly string[], ours: readonly string[], timeoutMs = 5000): WordShare {
  if (reference.length === 0) return { share: 1, missing: [] };
  const changes = diffArrays([...reference], [...ours], { timeout: timeoutMs });
  if (!changes) return { share: Number.NaN, missing: [] };
  let kept = 0;
  const missing: string[] = [];
  for (const c of changes) {
    if (c.removed) missing.push(...c.value);
    else if (!c.added) kept += c.count;
  }
  return { share: kept / reference.length, missing };
}
