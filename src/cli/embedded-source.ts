import { basename, dirname, resolve } from 'node:path';
import { dataJson } from '../load/load-yaml.js';
import type { Document, EmbeddedSource } from '../model/types.js';

/**
 * What a built document carries of its input (model/types.ts, EmbeddedSource): the
 * file built and every file it names, as data. Comments are left out — they are
 * notes to the people who keep the YAML ("suy ra", "hỏi lại Sở …"), not part of the
 * plan — and so is anything the plan does not name. Each file goes by its own name
 * alone, and where one names another it names it so: the folders they sit in are
 * not the document's business, and the bytes must not depend on them.
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
    return {
      files: order.map((file) => ({
        path: names.get(file)!,
        json: JSON.stringify(renamed(JSON.parse(dataJson(texts.get(file)!)), dirname(file), names)),
      })),
    };
  };
  return { ...doc, meta: { ...doc.meta, source } };
}

/** The data with every string that names a carried file (relative to `dir`) naming it by its carried name. */
function renamed(value: unknown, dir: string, names: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return value.length < 400 && /\.ya?ml$/i.test(value) ? names.get(resolve(dir, value)) ?? value : value;
  if (Array.isArray(value)) return value.map((v) => renamed(v, dir, names));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamed(v, dir, names)]));
  return value;
}
