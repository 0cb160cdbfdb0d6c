/**
 * Word-by-word comparison of a reference text with ours: the share of the
 * reference's words found in order (longest common subsequence). Numbering
 * labels are dropped from both sides: the issue allows numbering-format
 * differences, and ours are computed.
 */
const NUMBERING = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+])$/;

export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\*/g, '')
    // "./." closes a body (NĐ 30); the source texts end their last sentence with ".".
    .replace(/\.\/\./g, '.')
    .split(/\s+/)
    .filter((w) => w !== '' && !NUMBERING.test(w));
}

export function matchedShare(reference: readonly string[], ours: readonly string[]): { share: number; missing: string[] } {
  const n = reference.length;
  const m = ours.length;
  // LCS with a rolling table; the texts are a few thousand words.
  let prev = new Uint16Array(m + 1);
  const dirs: Uint8Array[] = [];
  for (let i = 1; i <= n; i++) {
    const cur = new Uint16Array(m + 1);
    const dir = new Uint8Array(m + 1);
    for (let j = 1; j <= m; j++) {
      if (reference[i - 1] === ours[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        dir[j] = 1;
      } else if (prev[j]! >= cur[j - 1]!) {
        cur[j] = prev[j]!;
        dir[j] = 2;
      } else {
        cur[j] = cur[j - 1]!;
        dir[j] = 3;
      }
    }
    dirs.push(dir);
    prev = cur;
  }
  const missing: string[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const d = dirs[i - 1]![j];
    if (d === 1) {
      i--;
      j--;
    } else if (d === 2) {
      missing.push(reference[i - 1]!);
      i--;
    } else j--;
  }
  while (i > 0) missing.push(reference[--i]!);
  return { share: n === 0 ? 1 : prev[m]! / n, missing: missing.reverse() };
}
