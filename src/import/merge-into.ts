import { isDeepStrictEqual } from 'node:util';
import { lcs } from '../text/lcs.js';
import { NODE_LISTS, places } from './graft-carried.js';

/**
 * The three-way update `import --into` makes: base is what vanban wrote into the
 * DOCX (its carried data), theirs what the edited DOCX says (the carried data with
 * the edited nodes read from the words, graft-carried.ts), ours the plan's YAML as
 * it is now (it may have moved on in git since). A field theirs changed is taken
 * when ours still has base's value; left when ours already has theirs; and is a
 * conflict when ours changed it otherwise. Nodes match by id: one Word deleted is
 * removed, one Word added is put where Word has it (after the same sibling).
 */
type Data = Record<string, unknown>;
type Path = ReadonlyArray<string | number>;

export type IntoEdit =
  /** A field of the node `id` (or of the document, without an id) set to `value`, or taken out (undefined). */
  | { readonly kind: 'set'; readonly id?: string; readonly path: Path; readonly value: unknown }
  | { readonly kind: 'remove'; readonly id: string }
  /** A node put after `before` (first when none) in the list `list` of `parent`. */
  | { readonly kind: 'move'; readonly id: string; readonly parent?: string; readonly list: string; readonly before?: string }
  | { readonly kind: 'insert'; readonly id: string; readonly parent?: string; readonly list: string; readonly before?: string; readonly node: Data };

export interface IntoConflict {
  /** The node's id, or the document field's path. */
  readonly where: string;
  readonly field: string;
  readonly base: unknown;
  readonly theirs: unknown;
  readonly ours: unknown;
}

/** The document-level fields a Word edit may change: what the page prints of them and the words read back reliably. */
export const DOCUMENT_FIELDS: readonly Path[] = [
  ['document', 'subject'], ['document', 'number'], ['document', 'date'], ['document', 'place'],
  ['signature', 'name'], ['signature', 'title'], ['signature', 'authority'], ['signature', 'head_title'],
  ['recipients'], ['archive'],
];

const at = (data: unknown, path: Path): unknown => {
  let v = data;
  for (const k of path) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
};

/** Where two values differ: down through maps, and lists of one length; a list that grew or shrank differs whole. */
function changedPaths(a: unknown, b: unknown, path: Path): Path[] {
  if (isDeepStrictEqual(a, b)) return [];
  const map = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (map(a) && map(b)) return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => changedPaths(a[k], b[k], [...path, k]));
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.flatMap((x, i) => changedPaths(x, b[i], [...path, i]));
  return [path];
}

/**
 * A document with no nodes of its own (a decision): every value three ways, where
 * the page changed it. A list that grew or shrank is one value.
 */
export function mergeValues(base: Data, theirs: Data, ours: Data): { edits: IntoEdit[]; conflicts: IntoConflict[] } {
  const edits: IntoEdit[] = [];
  const conflicts: IntoConflict[] = [];
  for (const path of changedPaths(base, theirs, [])) {
    const [b, t, o] = [at(base, path), at(theirs, path), at(ours, path)];
    if (isDeepStrictEqual(o, t)) continue;
    if (isDeepStrictEqual(o, b)) edits.push({ kind: 'set', path, value: t });
    else conflicts.push({ where: path.join('.'), field: path.join('.'), base: b, theirs: t, ours: o });
  }
  return { edits, conflicts };
}

export function mergeInto(base: Data, theirs: Data, ours: Data): { edits: IntoEdit[]; conflicts: IntoConflict[] } {
  const edits: IntoEdit[] = [];
  const conflicts: IntoConflict[] = [];
  const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

  // One field, three ways.
  const field = (where: string, id: string | undefined, path: Path, b: unknown, t: unknown, o: unknown) => {
    if (same(b, t) || same(o, t)) return;
    if (same(o, b)) edits.push({ kind: 'set', ...(id ? { id } : {}), path, value: t });
    else conflicts.push({ where, field: path.join('.'), base: b, theirs: t, ours: o });
  };

  for (const path of DOCUMENT_FIELDS) field(path.join('.'), undefined, path, at(base, path), at(theirs, path), at(ours, path));
  // The basis, value by value (a basis line's words retyped is that document's `about`, nothing else).
  for (const path of changedPaths(base.basis, theirs.basis, ['basis'])) field(path.join('.'), undefined, path, at(base, path), at(theirs, path), at(ours, path));

  const [b, t, o] = [places(base), places(theirs), places(ours)];
  const own = (n: Data) => Object.fromEntries(Object.entries(n).filter(([k]) => !(NODE_LISTS as readonly string[]).includes(k)));
  for (const [id, was] of b) {
    const now = t.get(id);
    const mine = o.get(id);
    if (!now) {
      // Deleted in Word: removed, unless the YAML changed it since (then the edit would be lost unseen).
      if (!mine) continue;
      if (same(own(mine.node), own(was.node))) edits.push({ kind: 'remove', id });
      else conflicts.push({ where: id, field: '(cả mục)', base: own(was.node), theirs: undefined, ours: own(mine.node) });
      continue;
    }
    const [x, y] = [own(was.node), own(now.node)];
    if (same(x, y)) continue;
    if (!mine) {
      conflicts.push({ where: id, field: '(cả mục)', base: x, theirs: y, ours: undefined });
      continue;
    }
    const z = own(mine.node);
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) field(id, id, [k], x[k], y[k], z[k]);
  }
  // Moves: among the nodes both versions have under one parent, those off their longest common order
  // (an insertion or a deletion beside a node moves nothing), and those under another parent.
  const listOf = (m: typeof b, key: string) => [...m].filter(([id, p]) => `${p.parent ?? ''}|${p.list}` === key && b.has(id) && t.has(id)).map(([id]) => id);
  const keyOf = (p: { parent?: string; list: string }) => `${p.parent ?? ''}|${p.list}`;
  const moved = new Set<string>();
  for (const key of new Set([...t.values()].map(keyOf))) {
    const [was, now] = [listOf(b, key), listOf(t, key)];
    const kept = new Set(lcs(was, now));
    for (const id of now) if (!kept.has(id)) moved.add(id);
  }
  for (const [id, p] of t) if (b.has(id) && keyOf(b.get(id)!) !== keyOf(p)) moved.add(id);
  for (const id of moved) {
    const now = t.get(id)!;
    // Already where Word has it in the YAML, or gone from it: nothing to move.
    if (!o.has(id) || (keyOf(o.get(id)!) === keyOf(now) && o.get(id)!.before === now.before)) continue;
    edits.push({ kind: 'move', id, ...(now.parent !== undefined ? { parent: now.parent } : {}), list: now.list, ...(now.before ? { before: now.before } : {}) });
  }
  for (const [id, p] of t) {
    if (b.has(id)) continue;
    const mine = o.get(id);
    if (mine) {
      if (!same(own(mine.node), own(p.node))) conflicts.push({ where: id, field: '(cả mục)', base: undefined, theirs: own(p.node), ours: own(mine.node) });
      continue;
    }
    // Its parent's own insert carries it.
    if (p.parent !== undefined && !b.has(p.parent) && !o.has(p.parent)) continue;
    edits.push({ kind: 'insert', id, ...(p.parent !== undefined ? { parent: p.parent } : {}), list: p.list, ...(p.before ? { before: p.before } : {}), node: p.node });
  }
  return { edits, conflicts };
}
