import type { Diagnostic } from './types.js';

/** Parser errors that damage one line only: a "key: a: b" value, a key written twice. */
const LOCAL = new Set(['BLOCK_AS_IMPLICIT_KEY', 'DUPLICATE_KEY']);

/** What a truncated or re-shaped tree makes up: a field "missing" that the break swallowed, a reference to it. */
const CONSEQUENCES = new Set(['schema-required', 'empty-section', 'unknown-target-ref', 'target-not-placed', 'missing-signature', 'signature-missing-head-title']);

/**
 * A file with YAML syntax errors is still checked where the parser recovered
 * it, so one slip does not hide every other problem. Kept: what lies wholly
 * outside the damage. Dropped: what covers an error's line; after an error
 * that may shift the structure (indentation, an unclosed quote, a tab),
 * everything from its line on and what a truncated tree makes up.
 */
export function withoutConsequences(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // An indentation slip was repaired (load/indent-repair.ts): the tree is the one meant, only its line is damaged.
  const syntax = diagnostics.filter((d) => d.code === 'yaml-syntax' || d.code === 'yaml-duplicate-key' || d.code === 'yaml-indent');
  if (syntax.length === 0) return [...diagnostics];
  const broken = new Map<string, { lines: number[]; from: number }>();
  for (const d of syntax) {
    const b = broken.get(d.file) ?? { lines: [], from: Number.POSITIVE_INFINITY };
    b.lines.push(d.start.line);
    const local = d.code === 'yaml-duplicate-key' || d.code === 'yaml-indent' || LOCAL.has(String(d.args?.problem ?? ''));
    if (!local) b.from = Math.min(b.from, d.start.line);
    broken.set(d.file, b);
  }
  return diagnostics.filter((d) => {
    const b = broken.get(d.file);
    if (!b || syntax.includes(d)) return true;
    const end = d.end?.line ?? d.start.line;
    if (b.lines.some((l) => d.start.line <= l && l <= end)) return false;
    if (Number.isFinite(b.from) && (d.start.line >= b.from || CONSEQUENCES.has(d.code))) return false;
    return true;
  });
}
