import type { Located } from '../plan-index.js';
import { error, type Finding } from './finding.js';

/**
 * A string of spaces where text belongs: "Căn cứ Luật số  ngày …" is what a blank
 * citation number prints. The schema can only say "a string"; this says "words".
 */
export function checkBlank(strings: ReadonlyArray<Located<string>>, file: Finding['file']): Finding[] {
  return strings.filter((s) => s.value.trim() === '').map((s) => {
    const key = [...s.path].reverse().find((k) => typeof k === 'string');
    return error('blank-text', s.path, { key: String(key ?? '') }, file);
  });
}
