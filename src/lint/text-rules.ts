import { isId } from '../text/id.js';
import { isPair, isScalar, visit, type Document, type Scalar } from 'yaml';
import { shorten } from '../text/shorten.js';
import { CLAUSES } from './issued-fields.js';
import { isoDate, parseWrittenDate } from '../text/dates.js';
import { fromLegacy, type LegacyEncoding } from '../text/legacy-encoding.js';
import { detectEncodingProblem } from '../validate/rules/text-encoding.js';

/**
 * The lint rules that read the words as typed, in any kind of file: each finding
 * says where (a source offset), what (a stable code) and, where the fix is safe,
 * the edit that makes it (a range of the source and its replacement). Edits stay
 * inside one scalar's own source, never touch indentation or line breaks, and are
 * applied only if the file still parses after them (lint --fix checks).
 */
export interface TextFinding {
  readonly code: 'legacy-encoding' | 'number-unpadded' | 'text-not-nfc' | 'date-not-iso' | 'double-space' | 'space-before-punctuation' | 'no-space-after-punctuation' | 'straight-quotes' | 'flow-item-split' | 'percent-over-100';
  readonly offset: number;
  readonly args: Record<string, string>;
  readonly fix?: Edit;
}

import type { Edit } from './edit.js';

export type { Edit };

const DATE_KEYS = new Set(['date', 'deadline', 'done_on', 'from', 'to', 'as_of']);

export function textFindings(text: string, doc: Document): TextFinding[] {
  const out: TextFinding[] = [];
  if (text.normalize('NFC') !== text) {
    const at = [...text].findIndex((ch) => ch.normalize('NFC') !== ch || /\p{M}/u.test(ch));
    out.push({ code: 'text-not-nfc', offset: Math.max(0, at), args: {}, fix: { start: 0, end: text.length, text: text.normalize('NFC') } });
  }
  visit(doc, {
    Seq(_, node) {
      // [Các sở, ngành, UBND các huyện]: YAML splits at every comma, so "ngành" became an item of its own.
      if (!node.flow) return;
      node.items.forEach((item, i) => {
        if (i === 0 || !isScalar(item) || typeof item.value !== 'string' || !item.range || item.type !== 'PLAIN') return;
        const prev = node.items[i - 1];
        if (/^\p{Ll}/u.test(item.value) && !isId(item.value) && isScalar(prev) && prev.type === 'PLAIN' && typeof prev.value === 'string' && !/[.;:]$/.test(prev.value)) {
          out.push({ code: 'flow-item-split', offset: item.range[0], args: { first: String(prev.value), second: item.value } });
        }
      });
    },
    Map(_, node) {
      // A percentage target above 100 % is a typing slip ("1000 %" for "100 %").
      const get = (k: string) => node.items.find((p) => isScalar(p.key) && p.key.value === k)?.value;
      const unit = get('unit');
      const value = get('value');
      if (isScalar(unit) && unit.value === '%' && isScalar(value) && typeof value.value === 'number' && value.value > 100 && value.range) {
        out.push({ code: 'percent-over-100', offset: value.range[0], args: { value: String(value.value) } });
      }
    },
    Scalar(_, node, path) {
      if (typeof node.value !== 'string' || !node.range) return;
      const parent = path.at(-1);
      const key = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : undefined;
      if (parent && isPair(parent) && parent.key === node) return;
      out.push(...scalarFindings(text, node as Scalar<string>, key));
    },
  });
  return out.sort((a, b) => a.offset - b.offset);
}

function scalarFindings(text: string, node: Scalar<string>, key: string | undefined): TextFinding[] {
  const [start, end] = node.range!;
  const raw = text.slice(start, end);
  const out: TextFinding[] = [];
  const legacy = legacyFinding(node, raw, start, end);
  if (legacy) return [legacy];
  if (key && DATE_KEYS.has(key) && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(node.value.trim())) {
    const written = parseWrittenDate(node.value);
    if (written) out.push({ code: 'date-not-iso', offset: start, args: { value: node.value.trim(), iso: isoDate(written) }, fix: { start, end, text: isoDate(written) } });
    return out;
  }
  // Word-level rules only where the source holds the words as they read: not in escapes.
  const editable = node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE' || node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' || (node.type === 'QUOTE_DOUBLE' && !raw.includes('\\'));
  if (!editable) return out;
  const rule = (code: TextFinding['code'], re: RegExp, replace: (m: RegExpExecArray) => string, args: (m: RegExpExecArray) => Record<string, string>) => {
    for (const m of raw.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
      const at = start + m.index!;
      out.push({ code, offset: at, args: args(m as RegExpExecArray), fix: { start: at, end: at + m[0].length, text: replace(m as RegExpExecArray) } });
    }
  };
  // Spaces between words on one line (indentation begins a line, so it never matches).
  rule('double-space', /(?<=\S) {2,}(?=\S)/u, () => ' ', () => ({}));
  rule('space-before-punctuation', /(?<=[\p{L}\p{N}”)]) +(?=[,;.)](?:\s|$))/u, () => '', () => ({}));
  rule('no-space-after-punctuation', /(?<=[\p{L}"”)])([,;])(?=\p{L})/u, (m) => `${m[1]} `, (m) => ({ mark: m[1]! }));
  // "số 5/KH-UBND" in a sentence: ND30 writes numbers below 10 with a leading 0.
  rule('number-unpadded', /(?<=\bsố )(\d)(?=\/[A-ZĐ])/u, (m) => `0${m[1]}`, (m) => ({ value: `${m[1]}/…`, suggestion: `0${m[1]}/…`, clause: CLAUSES['number-unpadded'] }));
  if (node.type !== 'QUOTE_DOUBLE') rule('straight-quotes', /"([^"\n]+)"/u, (m) => `“${m[1]}”`, (m) => ({ text: shorten(m[1]!, 30) }));
  return out;
}

/**
 * Text typed in TCVN3 or VNI, converted through the tables of text/legacy.
 * The fix converts the scalar's source in place: the legacy marks are Latin-1
 * letters and symbols, never YAML syntax, so only the words change — except
 * inside a double-quoted string with escapes, which gets no fix.
 */
function legacyFinding(node: Scalar<string>, raw: string, start: number, end: number): TextFinding | undefined {
  const problem = detectEncodingProblem(node.value);
  if (problem?.code !== 'legacy-encoding') return undefined;
  const encoding: LegacyEncoding | undefined = problem.encoding.startsWith('TCVN3') ? 'tcvn3' : problem.encoding === 'VNI' ? 'vni' : undefined;
  if (!encoding) return undefined;
  const converted = fromLegacy(node.value, encoding);
  const args = {
    encoding: problem.encoding, sample: problem.sample, converted: shorten(converted, 60),
    // TCVN3 has no capitals with tone marks: what .VnTimeH typed in capitals may come back in lower case.
    ...(encoding === 'tcvn3' ? { lost: 'capitals' } : {}),
  };
  const escaped = node.type === 'QUOTE_DOUBLE' && raw.includes('\\');
  return { code: 'legacy-encoding', offset: start, args, ...(escaped ? {} : { fix: { start, end, text: fromLegacy(raw, encoding) } }) };
}

/** The source with every fix applied, later ones first; overlapping ones after the first are left for a second run. */
export function applyFixes(text: string, edits: readonly Edit[]): string {
  const fixes = [...edits].sort((a, b) => a.start - b.start);
  // A whole-file fix (NFC) goes alone: the others' offsets are into the text before it.
  const whole = fixes.find((f) => f.start === 0 && f.end === text.length);
  if (whole) return whole.text;
  const kept: Edit[] = [];
  for (const f of fixes) if (kept.length === 0 || f.start >= kept.at(-1)!.end) kept.push(f);
  let out = text;
  for (const f of kept.reverse()) out = out.slice(0, f.start) + f.text + out.slice(f.end);
  return out;
}
