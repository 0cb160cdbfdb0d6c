import { basename, dirname, resolve } from 'node:path';
import { loadedData } from '../load/load-yaml.js';
import { agencyIdsNamed } from '../load/agencies-named.js';
import { mapStrings } from '../load/map-strings.js';
import type { Document, EmbeddedSource } from '../model/types.js';

/**
 * What a built document carries of its input (model/types.ts, EmbeddedSource): the
 * file built and every file it names, as data. Comments are left out — they are
 * notes to the people who keep the YAML ("suy ra", "hỏi lại Sở …"), not part of the
 * plan — and so is anything the document does not name: of a registry, only the
 * agencies the document names and those they name in turn (members of its groups,
 * parent bodies), with the issuing and superior bodies. A province's registry of
 * 3,500 agencies is 870 KB of data; a sub-plan names a few dozen. Each file goes by its own name alone, and where one
 * names another it names it so: the folders they sit in are not the document's
 * business, and the bytes must not depend on them.
 */
export function withSource(doc: Document, path: string, sources: ReadonlyMap<string, string>): Document {
  const main = resolve(path);
  const source = (): EmbeddedSource => {
    const texts = new Map<string, string>();
    for (const [k, v] of sources) if (!texts.has(resolve(k))) texts.set(resolve(k), v);
    const order = [main, ...[...texts.keys()].filter((k) => k !== main)].filter((k) => texts.has(k));
    const names = new Map<string, string>();
    const taken = new Set<string>();
    for (const file of order) {
      const stem = basename(file).replace(/\.ya?ml$/i, '');
      let name = `${stem}.yaml`;
      for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.yaml`;
      taken.add(name);
      names.set(file, name);
    }
    const data = new Map(order.map((file) => [file, loadedData(texts.get(file)!)]));
    const named = namedAgencies([...data.values()].filter((d) => !isRegistry(d)), [...data.values()].filter(isRegistry));
    return {
      files: order.map((file) => {
        const d = data.get(file);
        const kept = isRegistry(d) ? { ...d, agencies: d.agencies.filter((a) => named.has(a.id)) } : d;
        // Wherever one file names another, it names it by its carried name.
        const renamed = mapStrings(kept, (v) => (v.length < 400 && /\.ya?ml$/i.test(v) ? names.get(resolve(dirname(file), v)) ?? v : v));
        return { path: names.get(file)!, json: JSON.stringify(renamed) };
      }),
    };
  };
  return { ...doc, meta: { ...doc.meta, source } };
}

type Registry = { kind: 'agencies'; agencies: Array<{ id: string } & Record<string, unknown>> };

function isRegistry(d: unknown): d is Registry {
  const r = d as Partial<Registry> | null;
  return r?.kind === 'agencies' && Array.isArray(r.agencies) && r.agencies.every((a) => typeof a?.id === 'string');
}

/** Ids of registry agencies that the documents name (load/agencies-named.ts), and what those entries name, to the end. */
function namedAgencies(documents: readonly unknown[], registries: readonly Registry[]): Set<string> {
  // One registry is the rule; several (a report naming plans of other registries) are merged, the later winning.
  const { entries, byKind } = registries.length === 1 ? indexOf(registries[0]!) : indexEntries(registries.flatMap((r) => r.agencies));
  const named = new Set<string>();
  // The issuing body and the bodies above it are found by their kind, not always by an id.
  const queue: string[] = [...documents.flatMap((d) => [...agencyIdsNamed(d)]), ...(byKind.get('issuer') ?? []), ...(byKind.get('superior') ?? [])];
  const take = (id: string): void => {
    if (!entries.has(id) || named.has(id)) return;
    named.add(id);
    queue.push(...agencyIdsNamed(entries.get(id)));
  };
  // A group may take its members by kind ("includes: [district]"): they come along while they
  // are few. A province's "UBND các xã" (3,321 communes) stays a group: every word printed is
  // the same, only the members a later sub-plan would need are left with the registry.
  let grew = true;
  while (grew) {
    while (queue.length > 0) take(queue.pop()!);
    grew = false;
    for (const id of [...named]) {
      const kinds = (entries.get(id) as { includes?: unknown } | undefined)?.includes;
      if (!Array.isArray(kinds)) continue;
      const members = [...new Set(kinds.flatMap((k) => (typeof k === 'string' ? byKind.get(k) ?? [] : [])))];
      if (members.length > GROUP_MEMBERS_CARRIED) continue;
      for (const m of members) if (!named.has(m)) {
        queue.push(m);
        grew = true;
      }
    }
  }
  return named;
}

/**
 * A registry's agencies by id and the ids of each kind, in the registry's order. Made
 * once per registry: a province's sub-plans share one registry of thousands of agencies,
 * and indexing it for each of them was a tenth of its DOCX writer's time.
 */
interface RegistryIndex {
  readonly entries: ReadonlyMap<string, unknown>;
  readonly byKind: ReadonlyMap<string, readonly string[]>;
}
const registryIndexes = new WeakMap<Registry, RegistryIndex>();

function indexOf(registry: Registry): RegistryIndex {
  let index = registryIndexes.get(registry);
  if (!index) registryIndexes.set(registry, (index = indexEntries(registry.agencies)));
  return index;
}

function indexEntries(agencies: Registry['agencies']): RegistryIndex {
  const entries = new Map<string, Registry['agencies'][number]>();
  for (const a of agencies) entries.set(a.id, a);
  const byKind = new Map<string, string[]>();
  for (const [id, a] of entries) {
    if (typeof a.kind !== 'string') continue;
    const ids = byKind.get(a.kind);
    if (ids) ids.push(id);
    else byKind.set(a.kind, [id]);
  }
  return { entries, byKind };
}

const GROUP_MEMBERS_CARRIED = 100;
