import type { Diagnostic } from '../diagnostics/types.js';
import { codePoint, FORBIDDEN_CHARACTER } from '../text/forbidden-characters.js';

const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN_CHARACTER.source, 'gu');

/**
 * Every forbidden character of an imported text (text/forbidden-characters.ts),
 * as an error at its line and column: even on a line the draft drops, it is
 * said, never taken silently.
 */
export function forbiddenCharacters(file: string, lines: ReadonlyArray<{ readonly text: string; readonly line: number }>): Diagnostic[] {
  return lines.flatMap(({ text, line }) => [...text.matchAll(FORBIDDEN_GLOBAL)].map((m) => ({
    code: 'text-control-char', severity: 'error' as const, file, start: { line, column: (m.index ?? 0) + 1 }, args: { char: codePoint(m[0]) },
  })));
}

/** The text with its forbidden characters left out: the draft holds what prints. */
export const withoutForbidden = (text: string): string => text.replace(FORBIDDEN_GLOBAL, '');
