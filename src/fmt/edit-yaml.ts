import { isMap, isScalar, isSeq, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import { editedYaml } from './format-yaml.js';

/**
 * Changes made to a plan's YAML in place, node by node (nodes found by their `id`),
 * the way a person would make them: a field's value replaced where it stands
 * (its key's comments and the comment beside it kept), a node taken out with its
 * own comments, a node put in after the sibling named, marked for review. The
 * file goes through fmt's layout, which it must already be in, so no other line moves.
 */
export type YamlEdit =
  | { readonly kind: 'set'; readonly id?: string; readonly path: ReadonlyArray<string | number>; readonly value: unknown }
  | { readonly kind: 'remove'; readonly id: string }
  | { readonly kind: 'move'; readonly id: string; readonly parent?: string; readonly list: string; readonly before?: string }
  | { readonly kind: 'insert'; readonly id: string; readonly parent?: string; readonly list: string; readonly before?: string; readonly node: Readonly<Record<string, unknown>> }
  /** A comment line put above a node (above the top-level key `key` when there is no node), once. */
  | { readonly kind: 'comment'; readonly id?: string; readonly key: string; readonly text: string };

export type EditOutcome = ReturnType<typeof editedYaml> | { readonly kind: 'missing'; readonly id: string };

/** The comment put above a node that came in from Word: its words were read, its data (id, agencies) guessed. */
export const INSERTED_MARK = ' cần soát lại: thêm vào từ bản Word (mã và phân công do vanban đoán)';

export function editYaml(path: string, text: string, edits: readonly YamlEdit[]): EditOutcome {
  let missing: string | undefined;
  const outcome = editedYaml(path, text, (doc, value) => {
    const byId = nodesById(doc);
    for (const e of edits) {
      if (e.kind === 'insert' || e.kind === 'move') continue;
      if (e.kind === 'comment') {
        commentAbove(doc, e.id === undefined ? undefined : byId.get(e.id)?.map, e.key, e.text);
        continue;
      }
      const place = e.id === undefined ? undefined : byId.get(e.id);
      if (e.id !== undefined && !place) {
        missing ??= e.id;
        continue;
      }
      if (e.kind === 'remove') {
        place!.seq.items.splice(place!.seq.items.indexOf(place!.map), 1);
        continue;
      }
      setIn(place?.map ?? (doc.contents as YAMLMap), e.path, e.value, value);
    }
    // Inserts, then moves (a node may move after one that came in), each after the sibling named.
    for (const e of [...edits.filter((x) => x.kind === 'insert'), ...edits.filter((x) => x.kind === 'move')]) {
      if (e.kind !== 'insert' && e.kind !== 'move') continue;
      const holder = e.parent === undefined ? (doc.contents as YAMLMap) : byId.get(e.parent)?.map;
      if (!holder) {
        missing ??= e.parent ?? '';
        continue;
      }
      const found: unknown = holder.get(e.list, true);
      const list = isSeq(found) ? found : new YAMLSeq();
      if (list !== found) holder.set(e.list, list);
      let node: Node;
      if (e.kind === 'move') {
        const place = byId.get(e.id);
        if (!place) {
          missing ??= e.id;
          continue;
        }
        // Taken out with its comments, put back the same.
        place.seq.items.splice(place.seq.items.indexOf(place.map), 1);
        node = place.map;
      } else {
        node = value(e.node);
        node.commentBefore = INSERTED_MARK;
      }
      const after = e.before === undefined ? -1 : list.items.findIndex((n) => idOf(n) === e.before);
      list.items.splice(after + 1, 0, node);
      if (isMap(node)) byId.set(e.id, { map: node, seq: list });
    }
  });
  return missing !== undefined ? { kind: 'missing', id: missing } : outcome;
}

/** One comment line above a node, or above a top-level key; a line already there is not put twice. */
function commentAbove(doc: Document, node: YAMLMap | undefined, key: string, text: string): void {
  const line = ` ${text.replace(/\s+/g, ' ').trim()}`;
  const top = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  const holder = (node ?? (top && isScalar(top.key) ? top.key : undefined)) as { commentBefore?: string | null } | undefined;
  if (!holder) return;
  const lines = (holder.commentBefore ?? '').split('\n').filter((l) => l !== '');
  if (lines.includes(line)) return;
  holder.commentBefore = [...lines, line].join('\n');
}

const idOf = (n: unknown): string | undefined => {
  if (!isMap(n)) return undefined;
  const id = n.get('id', true);
  return isScalar(id) && typeof id.value === 'string' ? id.value : undefined;
};

/** Every mapping with an id that stands in a list, with that list. */
function nodesById(doc: Document): Map<string, { map: YAMLMap; seq: YAMLSeq }> {
  const out = new Map<string, { map: YAMLMap; seq: YAMLSeq }>();
  const todo: unknown[] = [doc.contents];
  while (todo.length > 0) {
    const n = todo.pop();
    if (isSeq(n)) {
      for (const item of n.items) {
        const id = idOf(item);
        if (id !== undefined && !out.has(id)) out.set(id, { map: item as YAMLMap, seq: n });
        todo.push(item);
      }
    } else if (isMap(n)) for (const pair of n.items) todo.push(pair.value);
  }
  return out;
}

/** A value set at `path` under `holder`: a scalar in place (its comment stays beside it), anything else anew; undefined takes the key out. */
function setIn(holder: YAMLMap, path: ReadonlyArray<string | number>, v: unknown, value: (v: unknown) => Node): void {
  let map: YAMLMap | YAMLSeq = holder;
  for (const k of path.slice(0, -1)) {
    const found: unknown = map.get(k, true);
    if (!isMap(found) && !isSeq(found)) {
      if (v === undefined) return;
      const made = new YAMLMap();
      map.set(k, made);
      map = made;
    } else map = found;
  }
  const key = path.at(-1)!;
  if (v === undefined) {
    map.delete(key);
    return;
  }
  const old: unknown = map.get(key, true);
  const fresh = value(v);
  if (isScalar(old) && isScalar(fresh)) {
    // The new words where the old stood: the comment beside it and above it stay.
    Object.assign(old, { value: fresh.value, type: fresh.type, range: undefined });
    return;
  }
  if (old && typeof old === 'object' && 'commentBefore' in old) Object.assign(fresh, { commentBefore: (old as Node).commentBefore, comment: (old as Node).comment });
  map.set(key, fresh);
}
