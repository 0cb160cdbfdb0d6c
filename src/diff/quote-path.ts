/**
 * A file name as git prints it when it must be quoted (quote_c_style): inside
 * double quotes, with \" \\ \a \b \t \n \v \f \r and octal escapes for the other
 * control characters, so a committed name cannot drive the reviewer's terminal
 * or split a header line. Printable non-ASCII (Vietnamese) stays as it is, as
 * git prints it with core.quotePath off, because a reviewer reads those names.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_QUOTES = /[\u0000-\u001F\u007F-\u009F"\\\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

const NAMED: Readonly<Record<string, string>> = { '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };

export function quoteGitPath(name: string): string {
  if (!NEEDS_QUOTES.test(name)) return name;
  let out = '';
  for (const c of name) {
    const named = NAMED[c];
    if (named) out += named;
    else if (NEEDS_QUOTES.test(c)) out += [...new TextEncoder().encode(c)].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
    else out += c;
  }
  return `"${out}"`;
}
