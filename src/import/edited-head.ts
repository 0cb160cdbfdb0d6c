import { isoDate, parseWrittenDate } from '../text/dates.js';
import type { CarriedPlace } from './carried-words.js';

/**
 * A Word user's edit in the head of a plan (the trích yếu, a basis line, the
 * preamble's last words) put down to the one value it lies in. The head is built
 * from short values — a document's number, its issuer, what it is about, its date,
 * the conclusion — each printed as written (a date as "15/01/2024" or "15/3/2024").
 * When the one paragraph of the head that changed differs in a single stretch, and
 * that stretch lies inside the printed form of exactly one value, that value takes
 * the new words and the rest of the head stays as the data has it. Otherwise
 * undefined: the head is read from its words as a whole (and refused unless that
 * reading builds the same page).
 */
type Data = Record<string, unknown>;

/** Where the head's values live in a plan (string and date leaves under these keys). */
const HEAD_KEYS = ['document', 'basis'] as const;

const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Leaf {
  readonly path: ReadonlyArray<string | number>;
  readonly value: string;
  /** A number in the data (a document's number): its new words must be a number too. */
  readonly number?: true;
}

export function editedHead(carried: Data, places: readonly CarriedPlace[]): Data | undefined {
  const head = places.filter((p) => p.where === '#head');
  const before = head.filter((p) => p.side === 'carried');
  const after = head.filter((p) => p.side === 'printed');
  if (before.length === 0 || before.length !== after.length) return undefined;
  // Each paragraph of the head that changed, paired with the one it was, in order.
  let out = carried;
  for (let i = 0; i < before.length; i++) {
    const edit = editedValue([{ data: out, keys: HEAD_KEYS }], before[i]!.text, after[i]!.text);
    if (!edit) return undefined;
    out = setAt(out, edit.path, edit.value);
  }
  return out;
}

/** Where a value of one of the roots lives, and the words it now has. */
export interface ValueEdit {
  readonly root: number;
  readonly path: ReadonlyArray<string | number>;
  readonly value: string | number;
}

/**
 * One paragraph's edit (its old words, its new) put down to the one value it lies
 * in, among the string and date leaves of the roots (under `keys` when given), the
 * roots in the order they are to be preferred.
 */
export function editedValue(roots: ReadonlyArray<{ readonly data: Data; readonly keys?: readonly string[] }>, rebuilt: string, printed: string): ValueEdit | undefined {
  const r = spaced(rebuilt);
  const p = spaced(printed);
  if (r === p) return undefined;
  let a = 0;
  while (a < r.length && a < p.length && r[a] === p[a]) a++;
  let b = 0;
  while (b < r.length - a && b < p.length - a && r[r.length - 1 - b] === p[p.length - 1 - b]) b++;
  const end = r.length - b;
  // Each value's printed forms where they stand in the old paragraph; the edit must fall inside exactly one.
  const inside: Array<{ root: number; leaf: Leaf; start: number; stop: number; date: boolean }> = [];
  roots.forEach((root, i) => {
    for (const leaf of leaves(root.data, root.keys ?? Object.keys(root.data))) {
      const iso = ISO.exec(leaf.value);
      const forms = iso ? dateForms(iso) : [spaced(leaf.value)];
      for (const form of forms) {
        if (form.length < 2) continue;
        for (let at = r.indexOf(form); at >= 0; at = r.indexOf(form, at + 1)) {
          if (at <= a && end <= at + form.length) inside.push({ root: i, leaf, start: at, stop: at + form.length, date: iso !== null });
        }
      }
    }
  });
  // The narrowest value holding the edit (an issuer inside the conclusion's words is not the conclusion's),
  // of the first root that has one (a decision citing what its plan cites: the paragraph is the decision's).
  inside.sort((x, y) => x.stop - x.start - (y.stop - y.start) || x.root - y.root);
  const best = inside[0];
  if (!best || inside.filter((x) => x.stop - x.start === best.stop - best.start && x.root === best.root).length > 1) return undefined;
  const words = p.slice(best.start, p.length - (r.length - best.stop)).trim();
  if (words === '') return undefined;
  const written = best.date ? parseWrittenDate(words) : undefined;
  const value = best.date ? (written ? isoDate(written) : undefined) : best.leaf.number ? (/^\d{1,9}$/.test(words) ? Number(words) : undefined) : words;
  if (value === undefined) return undefined;
  return { root: best.root, path: best.leaf.path, value };
}

function leaves(plan: Data, keys: readonly string[]): Leaf[] {
  const out: Leaf[] = [];
  const visit = (v: unknown, path: Array<string | number>) => {
    if (typeof v === 'string') out.push({ path, value: v });
    else if (typeof v === 'number' && Number.isInteger(v)) out.push({ path, value: String(v), number: true });
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  // The kind, the version and the files named are not words of the page.
  for (const k of keys) if (!['kind', 'version', 'agencies', 'attachment'].includes(k)) visit(plan[k], [k]);
  return out;
}

/** "2024-01-15" as a head prints it: 15/01/2024, 15/1/2024, or at length, "15 tháng 01 năm 2024" (with a zero or without). */
function dateForms(iso: RegExpExecArray): string[] {
  const [, y, m, d] = iso;
  const days = [d!, String(Number(d))];
  const months = [m!, String(Number(m))];
  return [...new Set(days.flatMap((dd) => months.flatMap((mm) => [`${dd}/${mm}/${y}`, `${dd} tháng ${mm} năm ${y}`])))];
}


export function setAt(data: Data, path: ReadonlyArray<string | number>, value: string | number): Data {
  const copy = structuredClone(data);
  let at: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}
