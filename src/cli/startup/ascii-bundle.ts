import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Build step after esbuild: the bundle written in ASCII only. esbuild escapes
 * non-ASCII letters in strings but leaves them in regular expressions (the
 * Vietnamese words of deadlines, quotes); one such letter makes V8 hold the
 * whole 1.7 MB source as two-byte text, decoded from UTF-8 at every start.
 * ASCII is read as Latin-1 and kept one byte a character: ~35 ms less a run.
 * \uXXXX means the same letter in a string, a template, a regular expression or
 * an identifier; the bundle has no String.raw, where it would not (checked).
 */
const path = process.argv[2];
if (!path) throw new Error('usage: node ascii-bundle.js BUNDLE');
const source = readFileSync(path, 'utf8');
if (source.includes('String.raw')) throw new Error(`${path} uses String.raw: \\u escapes would change its text`);
const ascii = source.replace(/[^\x00-\x7f]/gu, (ch) => [...ch].map((c) => {
  const code = c.codePointAt(0)!;
  // Beyond the BMP: a surrogate pair, as JavaScript source spells it.
  return code > 0xffff ? String.fromCharCode(...[0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)]).split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('') : `\\u${code.toString(16).padStart(4, '0')}`;
}).join(''));
writeFileSync(path, ascii);
