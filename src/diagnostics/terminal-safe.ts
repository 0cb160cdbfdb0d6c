/**
 * Text from an input file, shown on a terminal, must not act on it: an ESC
 * sequence copied into a code frame can clear the screen, retitle the window or
 * print a fake "hợp lệ". Each control character becomes one visible symbol of
 * the same length (U+2400 "Control Pictures": ESC → ␛), so the caret under a
 * code frame still points at the right column.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/g;

export function terminalSafe(text: string): string {
  if (!UNSAFE.test(text)) return text;
  UNSAFE.lastIndex = 0;
  return text.replace(UNSAFE, (c, offset: number, whole: string) => {
    const code = c.charCodeAt(0);
    if (code <= 0x1f) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    if (code >= 0xd800 && code <= 0xdbff && /[\uDC00-\uDFFF]/.test(whole[offset + 1] ?? '')) return c;
    if (code >= 0xdc00 && code <= 0xdfff && /[\uD800-\uDBFF]/.test(whole[offset - 1] ?? '')) return c;
    // C1 controls, bidirectional overrides (which reorder what is shown) and lone surrogates.
    return '\uFFFD';
  });
}

/** At most this many characters of a source line are shown around the column a diagnostic points at. */
const WIDTH = 120;

/**
 * The lines a code frame shows (one above, the line, one below), made safe and cut
 * to a window around the column, with the position moved to match. Lines before
 * the window are kept as empty lines so the frame's line numbers stay right.
 */
export function frameExcerpt(source: string, line: number, column: number, endColumn?: number): { text: string; column: number; endColumn?: number } {
  const lines = source.split('\n');
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const shown = lines.slice(first - 1, last);
  const long = shown.some((l) => l.length > WIDTH);
  const from = long ? Math.max(0, column - 1 - WIDTH / 2) : 0;
  const cut = (l: string) => {
    if (!long) return l;
    const part = l.slice(from, from + WIDTH);
    return (from > 0 && part ? '…' : '') + part + (l.length > from + WIDTH ? '…' : '');
  };
  const shift = from > 0 ? 1 - from : 0;
  const text = '\n'.repeat(first - 1) + shown.map((l) => terminalSafe(cut(l).replace(/\r$/, ''))).join('\n');
  const end = endColumn === undefined ? undefined : Math.min(endColumn + shift, WIDTH + 2);
  return { text, column: Math.max(1, column + shift), ...(end !== undefined ? { endColumn: end } : {}) };
}
