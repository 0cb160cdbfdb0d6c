import { isScalar, type Document } from 'yaml';
import type { JsonPath } from '../load/source-file.js';
import type { Edit } from './edit.js';

/**
 * Lint rules on the fields a document is issued with, each tied to the clause
 * of Nghị định 30/2020/NĐ-CP it enforces: numbers below 10 with a leading 0,
 * ký hiệu groups joined by "-" without spaces and matching the issuer's
 * name, căn cứ punctuation, the Nơi nhận ending in "Lưu: VT, …".
 */
export interface FieldFinding {
  readonly code: 'number-unpadded' | 'ky-hieu-spacing' | 'issuer-code-mismatch' | 'basis-punctuation' | 'archive-not-vt' | 'archive-in-recipients';
  readonly path: JsonPath;
  readonly args: Record<string, string>;
  readonly fix?: Edit;
}

/** Where each rule comes from, as printed after the message. */
export const CLAUSES: Record<FieldFinding['code'], string> = {
  'number-unpadded': 'NĐ 30/2020, Phụ lục I, mục II — ô 3: số nhỏ hơn 10 ghi thêm số 0 phía trước',
  'ky-hieu-spacing': 'NĐ 30/2020, Phụ lục I, mục II — ô 3: các nhóm chữ của ký hiệu nối bằng gạch nối (-), không cách chữ',
  'issuer-code-mismatch': 'NĐ 30/2020, Phụ lục I, mục II — ô 3: ký hiệu gồm chữ viết tắt tên loại văn bản và tên cơ quan ban hành',
  'basis-punctuation': 'NĐ 30/2020, Phụ lục I, mục II — căn cứ ban hành: mỗi căn cứ kết thúc bằng dấu chấm phẩy, căn cứ cuối cùng bằng dấu chấm',
  'archive-not-vt': 'NĐ 30/2020, Phụ lục I, mục II — ô 9b: dòng cuối Nơi nhận là "Lưu: VT, …"',
  'archive-in-recipients': 'NĐ 30/2020, Phụ lục I, mục II — ô 9b: dòng cuối Nơi nhận là "Lưu: VT, …"',
};

type Data = Record<string, unknown>;

export function fieldFindings(doc: Document, data: unknown): FieldFinding[] {
  if (!data || typeof data !== 'object') return [];
  const d = data as Data;
  const out: FieldFinding[] = [];
  const at = (path: JsonPath) => {
    const node = doc.getIn(path, true);
    return isScalar(node) && node.range && (node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') ? node.range : undefined;
  };
  const fixAt = (path: JsonPath, value: string): Edit | undefined => {
    const r = at(path);
    return r ? { start: r[0], end: r[1], text: /^[\w\p{L}]/u.test(value) && !/[:#]/.test(value) ? value : JSON.stringify(value) } : undefined;
  };

  // Cited numbers ("5/KH-UBND") wherever a `number` holds a ký hiệu.
  walk(d, [], (value, path) => {
    if (path.at(-1) !== 'number' || typeof value !== 'string') return;
    const tidy = value.replace(/\s*([/-])\s*/g, '$1').replace(/\s*[–—]\s*/g, '-');
    if (tidy !== value) {
      const fix = fixAt(path, tidy);
      out.push({ code: 'ky-hieu-spacing', path, args: { value, suggestion: tidy }, ...(fix ? { fix } : {}) });
      return;
    }
    const m = /^(\d)(\/.+)$/.exec(value);
    if (m) {
      const padded = `0${m[1]}${m[2]}`;
      const fix = fixAt(path, padded);
      out.push({ code: 'number-unpadded', path, args: { value, suggestion: padded }, ...(fix ? { fix } : {}) });
    }
  });

  const document = d.document as Data | undefined;
  if (document && typeof document.issuer_code === 'string') {
    const code = document.issuer_code;
    const tidy = code.replace(/\s*[–—]\s*/g, '-').replace(/\s*-\s*/g, '-').replace(/\s+/g, '');
    if (tidy !== code) {
      const fix = fixAt(['document', 'issuer_code'], tidy);
      out.push({ code: 'ky-hieu-spacing', path: ['document', 'issuer_code'], args: { value: code, suggestion: tidy }, ...(fix ? { fix } : {}) });
    } else {
      const issuer = [document.issuer].flat().filter((x): x is string => typeof x === 'string').join(' ');
      const initials = initialsOf(issuer);
      // A run of the name's initials: "UBND" of "ỦY BAN NHÂN DÂN TỈNH …", "BĐBP" of "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG".
      // Or the code itself, as a name that starts "BCĐ PHÒNG, CHỐNG …" writes it.
      const named = issuer.split(/[\s,;()]+/).some((w) => letters(w) === letters(code));
      if (issuer && letters(code) && !initials.includes(letters(code)) && !named) {
        out.push({ code: 'issuer-code-mismatch', path: ['document', 'issuer_code'], args: { value: code, issuer, initials } });
      }
    }
  }

  const basis = (d.basis as Data | undefined)?.documents;
  if (Array.isArray(basis)) {
    basis.forEach((b, i) => {
      const text = (b as Data | null)?.text;
      if (typeof text !== 'string') return;
      const last = i === basis.length - 1;
      const end = text.trimEnd().at(-1) ?? '';
      const wrong = end === ',' || end === ':' || (last && end === ';') || (!last && end === '.');
      if (wrong) out.push({ code: 'basis-punctuation', path: ['basis', 'documents', i, 'text'], args: { end, expected: last ? '.' : ';' } });
    });
  }

  const recipients = d.recipients;
  if (Array.isArray(recipients)) {
    recipients.forEach((r, i) => {
      if (typeof r === 'string' && /^\s*Lưu\b/i.test(r)) out.push({ code: 'archive-in-recipients', path: ['recipients', i], args: { value: r } });
    });
  }
  const archive = d.archive;
  if (Array.isArray(archive) && archive.length > 0 && archive[0] !== 'VT') {
    out.push({ code: 'archive-not-vt', path: ['archive', 0], args: { value: String(archive[0]) } });
  }
  return out;
}

function walk(v: unknown, path: JsonPath, fn: (v: unknown, path: JsonPath) => void): void {
  fn(v, path);
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], fn));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k], fn);
}

/** Capital letters without tone marks; Đ stays Đ ("BAN CHỈ ĐẠO" → "BCĐ"). */
function letters(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLocaleUpperCase('vi').replace(/[^A-ZĐ]/g, '');
}

/** The first letter of each word but the linking ones ("và", "của", "với"), which a ký hiệu leaves out. */
function initialsOf(name: string): string {
  return name.split(/[\s,;()/-]+/).filter((w) => /^\p{L}/u.test(w) && !['và', 'của', 'với'].includes(w.toLocaleLowerCase('vi'))).map((w) => letters(w)[0] ?? '').join('');
}
