import type { Located } from '../plan-index.js';
import { error, type Finding } from './finding.js';

/**
 * Vietnamese text must be Unicode NFC. Also catches the three ways Vietnamese
 * text arrives broken: UTF-8 read as Windows-1252 ("Ã¡"), and the legacy TCVN3
 * (ABC) and VNI fonts pasted as if they were Unicode.
 */
const MOJIBAKE = /Ã[\u0080-\u00BF]|áº|á»|Æ°|Ä‘|Ä[\u0080-\u00BF]/;
// TCVN3 maps Vietnamese letters onto Latin-1 symbols that never sit inside a Vietnamese word.
const TCVN3 = /[A-Za-z][¸µ¶·¹¨©ª«¬®¦§¤¢¡£¥]|[¸µ¶·¹¨©ª«¬®¦§¤¢¡£¥][A-Za-z]/;
// VNI writes a base vowel followed by a Latin-1 letter carrying the mark: "Vieät", "nhaø".
const VNI = /[aeiouyAEIOUY][øùûõïäåëö](?=[A-Za-z\s.,;:]|$)|[a-z]ñ[a-z]/;

export function detectEncodingProblem(text: string): { code: 'not-nfc' } | { code: 'legacy-encoding'; encoding: string; sample: string } | undefined {
  const sampleOf = (re: RegExp) => {
    const m = re.exec(text);
    const at = m ? m.index : 0;
    return text.slice(Math.max(0, at - 8), at + 12).trim();
  };
  if (MOJIBAKE.test(text)) return { code: 'legacy-encoding', encoding: 'UTF-8 đọc nhầm thành Windows-1252', sample: sampleOf(MOJIBAKE) };
  if (TCVN3.test(text)) return { code: 'legacy-encoding', encoding: 'TCVN3 (ABC)', sample: sampleOf(TCVN3) };
  if (VNI.test(text)) return { code: 'legacy-encoding', encoding: 'VNI', sample: sampleOf(VNI) };
  if (text.normalize('NFC') !== text) return { code: 'not-nfc' };
  return undefined;
}

export function checkEncoding(strings: ReadonlyArray<Located<string>>, file: Finding['file']): Finding[] {
  const out: Finding[] = [];
  for (const s of strings) {
    const problem = detectEncodingProblem(s.value);
    if (!problem) continue;
    const { code, ...args } = problem;
    out.push(error(code, s.path, args, file));
  }
  return out;
}
