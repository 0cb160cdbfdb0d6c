/** The lengths of the longest common subsequences of the tails of two lists (t[i][j]: of x from i and y from j). */
export function lcsTable(x: readonly string[], y: readonly string[]): number[][] {
  const t = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) t[i]![j] = x[i] === y[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  return t;
}

/** The longest common subsequence of two id lists (both short: one parent's children, one document's paragraphs). */
export function lcs(x: readonly string[], y: readonly string[]): string[] {
  const t = lcsTable(x, y);
  const out: string[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      out.push(x[i]!);
      i++;
      j++;
    } else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}
