/**
 * A YAML file's bytes as text. Only UTF-8 is accepted, as YAML and every editor
 * today write it; anything else is named rather than decoded into U+FFFD
 * replacement characters that would then be printed in a signed document.
 */
export type Decoded =
  | { readonly text: string }
  | { readonly problem: { readonly encoding: string; readonly offset: number; readonly byte: string } };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return notUtf8('UTF-16 LE', 0, bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return notUtf8('UTF-16 BE', 0, bytes);
  const nul = bytes.indexOf(0);
  // Text in UTF-16 or UTF-32 without a byte-order mark: every other byte of ASCII is 0.
  if (nul >= 0 && nul < 4) return notUtf8(nul % 2 === 0 ? 'UTF-16 BE' : 'UTF-16 LE', nul, bytes);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const bad = firstInvalidUtf8(bytes, start);
  if (bad >= 0) return notUtf8(guessLegacy(bytes), bad, bytes);
  const text = new TextDecoder('utf-8').decode(bytes.subarray(start));
  // Old Mac line ends: one CR for one LF keeps every offset, line and column.
  return { text: text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text };
}

function notUtf8(encoding: string, offset: number, bytes: Uint8Array): Decoded {
  return { problem: { encoding, offset, byte: `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}` } };
}

/**
 * The offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing past U+10FFFF), or -1. Lone surrogates written by
 * some converters (CESU-8, "ED A0 80") are caught here.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let n: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { n = 1; min = 0x80; }
    else if (b === 0xe0) { n = 2; min = 0xa0; }
    else if (b === 0xed) { n = 2; min = 0x80; max = 0x9f; }
    else if (b >= 0xe1 && b <= 0xef) { n = 2; min = 0x80; }
    else if (b === 0xf0) { n = 3; min = 0x90; }
    else if (b >= 0xf1 && b <= 0xf3) { n = 3; min = 0x80; }
    else if (b === 0xf4) { n = 3; min = 0x80; max = 0x8f; }
    else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return -1;
}

/**
 * Which 8-bit encoding a Vietnamese file most likely is. Windows-1258 writes tone
 * marks as separate combining bytes (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde,
 * 0xF2 dot below) after a vowel; TCVN3 puts precomposed letters where Latin-1 has
 * symbols (0xB5–0xBE, 0xA9–0xAE); anything else is named as Latin-1 / Windows-1252.
 */
function guessLegacy(bytes: Uint8Array): string {
  let cp1258 = 0;
  let tcvn3 = 0;
  for (let i = 1; i < bytes.length; i++) {
    const b = bytes[i]!;
    const prev = bytes[i - 1]!;
    const afterLetter = (prev >= 0x41 && prev <= 0x7a) || prev >= 0xc0;
    if ((b === 0xcc || b === 0xec || b === 0xd2 || b === 0xde || b === 0xf2) && afterLetter) cp1258++;
    else if (((b >= 0xb5 && b <= 0xbe) || (b >= 0xa9 && b <= 0xae)) && afterLetter) tcvn3++;
  }
  if (cp1258 === 0 && tcvn3 === 0) return 'Latin-1 / Windows-1252';
  return cp1258 >= tcvn3 ? 'Windows-1258' : 'TCVN3 (ABC)';
}

/** 1-based line and column of a byte offset, counting characters as a lenient decoder sees them. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}
