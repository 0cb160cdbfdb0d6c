/**
 * One indentation slip — a Tab, a space too many or too few — makes the YAML
 * parser report a cascade of errors on the lines after it (a tab gave twelve,
 * one a false duplicate key), none of them on the line to fix. Here the slip is
 * found by trying what a user would: the same line indented as a line above it
 * is. When the file then parses cleanly, the fixes are the whole story: each is
 * reported on its own line, and the repaired text is checked for everything else.
 */
export interface IndentFix {
  /** 1-based line of the slip. */
  readonly line: number;
  readonly kind: 'tab' | 'off';
  /** The indentation as typed, in characters (a Tab counts one). */
  readonly found: number;
  /** The indentation that makes the file parse: that of a line above. */
  readonly fixed: number;
}

/** How many errors a text parses with. */
export type ErrorCount = (text: string) => { readonly count: number; readonly firstLine: number };

/** Past this size the trial parses would take long; such a file gets the parser's own errors. */
const MAX_TEXT = 200_000;
/** Lines re-indented at most: past that it is not one slip. */
const MAX_FIXES = 6;
/** Lines moved a space or two at most: each try costs a score of trial parses, and a broken file tries them all. */
const MAX_ROUNDS = 3;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];
const blank = (line: string) => /^\s*(#.*)?$/.test(line);

export function repairIndentation(text: string, errors: ErrorCount): { text: string; fixes: IndentFix[] } | undefined {
  if (text.length > MAX_TEXT) return undefined;
  const lines = text.split('\n');
  const fixes: IndentFix[] = [];
  const joined = () => lines.join('\n');
  /**
   * The columns keys start at in the non-blank lines above `i`, nearest first, each
   * once: a line's indentation, and for a list item ("  - id: …") the column after "- ".
   */
  const columnsAbove = (i: number): number[] => {
    const out: number[] = [];
    for (let j = i - 1; j >= 0; j--) {
      if (blank(lines[j]!)) continue;
      const line = lines[j]!.replaceAll('\t', '  ');
      const w = indentOf(line).length;
      const item = /^(\s*)((?:- +)+)/.exec(line);
      for (const c of item ? [item[1]!.length + item[2]!.length, w] : [w]) if (!out.includes(c)) out.push(c);
    }
    return out;
  };
  const previous = (i: number) => lines.slice(0, i).reverse().find((l) => !blank(l));
  const reindent = (i: number, width: number) => ' '.repeat(width) + lines[i]!.slice(indentOf(lines[i]!).length);

  /** Tries `candidates` for line i; keeps the one that leaves fewest errors, if it leaves fewer than `now`. */
  const tryLine = (i: number, candidates: readonly number[], kind: IndentFix['kind'], now = errors(joined())): boolean => {
    const before = lines[i]!;
    let best = now;
    let chosen: string | undefined;
    let width = 0;
    for (const w of candidates) {
      lines[i] = reindent(i, w);
      const e = errors(joined());
      if (e.count < best.count || (e.count === best.count && e.count > 0 && e.firstLine > best.firstLine)) {
        best = e;
        chosen = lines[i];
        width = w;
        if (e.count === 0) break;
      }
    }
    lines[i] = chosen ?? before;
    if (chosen === undefined) return false;
    // A line tried again keeps what was typed at first.
    const earlier = fixes.findIndex((f) => f.line === i + 1);
    if (earlier >= 0) fixes[earlier] = { ...fixes[earlier]!, fixed: width };
    else fixes.push({ line: i + 1, kind, found: indentOf(before).length, fixed: width });
    return true;
  };

  // A Tab in the indentation: as the line above, or a level deeper or shallower.
  for (let i = 0; i < lines.length; i++) {
    if (!indentOf(lines[i]!).includes('\t') || blank(lines[i]!)) continue;
    const above = columnsAbove(i);
    const near = above[0] ?? 0;
    const spaced = indentOf(lines[i]!).replaceAll('\t', '  ').length;
    // Under a line that opens a block ("document:", "- id: x" then "tasks:"), a Tab meant a level deeper.
    const opens = /:\s*(#.*)?$/.test(previous(i) ?? '');
    const order = opens ? [near + 2, near, spaced] : [near, near + 2, spaced];
    const candidates = [...new Set([...order, ...above, near + 4].filter((w) => w >= 0))];
    if (!tryLine(i, candidates, 'tab') || fixes.length > MAX_FIXES) return undefined;
  }

  // A line a space or two off the column of its siblings, at or near the first error.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const now = errors(joined());
    if (now.count === 0) break;
    const at = now.firstLine - 1;
    let fixed = false;
    for (const i of [at, at + 1, at - 1, at + 2]) {
      if (i < 0 || i >= lines.length || blank(lines[i]!)) continue;
      const own = indentOf(lines[i]!).length;
      const candidates = columnsAbove(i).filter((w) => w !== own && Math.abs(w - own) <= 3).sort((a, b) => Math.abs(a - own) - Math.abs(b - own));
      if (candidates.length > 0 && tryLine(i, candidates, 'off', now)) {
        fixed = true;
        break;
      }
    }
    if (!fixed) return undefined;
  }
  if (fixes.length === 0 || fixes.length > MAX_FIXES || errors(joined()).count > 0) return undefined;
  return { text: joined(), fixes };
}
