/**
 * Characters no official text may hold: C0 controls bar tab and line ends, DEL,
 * U+FFFE/U+FFFF and unpaired surrogates (reachable through "\u…" escapes), and
 * the bidirectional embedding, override and isolate controls. XML forbids the
 * first in DOCX and fonts have no glyph for them; the last make a line print in
 * another order than it reads in the file. On a terminal all of them can move
 * the cursor. Refused where they stand, in a YAML file and in a text imported.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** "U+202E": how a message names a character it cannot show. */
export const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
