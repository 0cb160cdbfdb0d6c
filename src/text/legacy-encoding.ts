import tcvn3 from './legacy/tcvn3.json' with { type: 'json' };
import vni from './legacy/vni.json' with { type: 'json' };

/**
 * Vietnamese typed in the legacy 8-bit fonts and pasted as if it were
 * Unicode, turned back into Unicode NFC. The tables are data with their
 * sources (legacy/*.json). Call these only on text already recognised as
 * that encoding (validate/rules/text-encoding.ts): in a VNI text an "ô" is
 * an "ơ", which in Unicode text it is not.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

const TCVN3: Readonly<Record<string, string>> = tcvn3.map;
const VNI: Readonly<Record<string, string>> = vni.map;

export function fromTcvn3(text: string): string {
  // TCVN3 has no capitals with tone marks: a heading typed in .VnTimeH comes back
  // in lower case. A text (or else a word) whose plain letters are all capitals
  // is put in capitals whole ("KÕ HO¹CH" → "KẾ HOẠCH"); "KÕ" alone stays "Kế".
  const plainLetters = text.replace(/[^A-Za-z]/g, '');
  if (plainLetters.length >= 2 && plainLetters === plainLetters.toUpperCase()) return [...text].map((ch) => TCVN3[ch] ?? ch).join('').toLocaleUpperCase('vi').normalize('NFC');
  return text.replace(/[^\s,.;:()"“”'!?/-]+/gu, (word) => {
    const converted = [...word].map((ch) => TCVN3[ch] ?? ch).join('');
    if (converted === word) return word;
    const plain = word.replace(/[^A-Za-z]/g, '');
    return plain.length >= 2 && plain === plain.toUpperCase() ? converted.toLocaleUpperCase('vi') : converted;
  }).normalize('NFC');
}

export function fromVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const two = VNI[text.slice(i, i + 2)];
    if (two !== undefined) {
      out += two;
      i += 2;
      continue;
    }
    out += VNI[text[i]!] ?? text[i]!;
    i++;
  }
  return out.normalize('NFC');
}

export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? fromTcvn3(text) : fromVni(text);
}
