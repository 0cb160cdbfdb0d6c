import { parse } from 'yaml';

/**
 * What a mutated text must make `vanban import` say: the fuzz's oracle. A draft
 * is not right just because it validates; these are the damages the test can
 * see on its own, and the answer each must get.
 */

/** Characters no official text holds: a text that has one must be refused where it stands. */
export { FORBIDDEN_CHARACTER as DAMAGING_CHARACTER } from '../../src/text/forbidden-characters.js';

const words = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Keys whose values vanban makes, not copies: ids, codes, file names, the archive line's default. */
const MADE_KEYS = new Set([
  'id', 'agencies', 'kind', 'type', 'layout', 'relation', 'form', 'levels', 'tasks', 'derived_from', 'lead', 'support',
  'performers', 'agency', 'from', 'to', 'via', 'conjunction', 'comparator', 'place', 'metric', 'outline', 'archive',
  // Dates are read from words (ngày 05 tháng 4 năm 2025) and written as ISO dates.
  'date', 'deadline',
]);

/**
 * Words the draft holds that the text it was read from does not: vanban must
 * never put words in a leader's mouth. Placeholders "(họ tên người ký)" and
 * `{target:…}` references are vanban's own marks, not words of the document.
 */
export function inventedWords(input: string, draftYaml: string): string[] {
  // "Số: 22/KHBCĐ", a ký hiệu that lost its hyphen: import restores it (frame.ts), and the issuer
  // code it reads ("BCĐ") is in the text, glued to the type code. Only those codes are split off.
  const known = new Set(words(input).flatMap((w) => {
    const glued = /^(qđ|kh|bc|ctr|kl|tb)(\p{L}{2,}[\p{L}\p{N}]*)$/u.exec(w);
    return glued ? [w, glued[1]!, glued[2]!] : [w];
  }));
  const strings: string[] = [];
  const visit = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      if (!MADE_KEYS.has(key) && !/^\(.*\)$/.test(v.trim())) strings.push(v.replace(/\{[a-z]+:[^}]*\}/g, ' '));
    } else if (Array.isArray(v)) v.forEach((x) => visit(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  visit(parse(draftYaml), '');
  return [...new Set(strings.flatMap(words))].filter((w) => !known.has(w));
}
