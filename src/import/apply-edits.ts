import type { IntoEdit } from './merge-into.js';

type Data = Record<string, unknown>;

/** The edits made to plain data (for checking them against the page before the YAML is touched). */
export function applyEdits(data: Data, edits: readonly IntoEdit[]): Data {
  const out = structuredClone(data);
  const find = (id: string) => {
    let hit: { node: Data; list: unknown[] } | undefined;
    const visit = (n: unknown) => {
      if (hit || !n || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const x of n) {
          if (x && typeof x === 'object' && (x as Data).id === id) hit = { node: x as Data, list: n };
          visit(x);
        }
      } else for (const v of Object.values(n)) visit(v);
    };
    visit(out);
    return hit;
  };
  for (const e of [...edits.filter((x) => x.kind !== 'move'), ...edits.filter((x) => x.kind === 'move')]) {
    if (e.kind === 'move') {
      const hit = find(e.id);
      const holder = e.parent === undefined ? out : find(e.parent)?.node;
      if (!hit || !holder) continue;
      hit.list.splice(hit.list.indexOf(hit.node), 1);
      const list = (holder[e.list] ??= []) as unknown[];
      list.splice(e.before === undefined ? 0 : list.findIndex((x) => (x as Data)?.id === e.before) + 1, 0, hit.node);
      continue;
    }
    if (e.kind === 'set') {
      let holder: Data | undefined = e.id === undefined ? out : find(e.id)?.node;
      for (const k of e.path.slice(0, -1)) holder = holder ? ((holder[k] ??= {}) as Data) : undefined;
      if (!holder) continue;
      if (e.value === undefined) delete holder[e.path.at(-1)!];
      else holder[e.path.at(-1)!] = structuredClone(e.value);
    } else if (e.kind === 'remove') {
      const hit = find(e.id);
      if (hit) hit.list.splice(hit.list.indexOf(hit.node), 1);
    } else {
      const holder = e.parent === undefined ? out : find(e.parent)?.node;
      if (!holder) continue;
      const list = (holder[e.list] ??= []) as unknown[];
      const at = e.before === undefined ? 0 : list.findIndex((x) => (x as Data)?.id === e.before) + 1;
      list.splice(at, 0, structuredClone(e.node));
    }
  }
  return out;
}

