import type { Diagnostic } from '../diagnostics/types.js';
import type { World } from '../env/world.js';
import { loadYaml } from '../load/load-yaml.js';
import type { SourceFile } from '../load/source-file.js';
import { validateSchema, type SchemaName } from './schema.js';

/** A file of one kind read for its checks: parsed and held against its schema, or why it could not be. */
export type LoadedDocument =
  | { readonly ok: false; readonly diagnostics: Diagnostic[]; readonly sources: Map<string, string> }
  | { readonly ok: true; readonly source: SourceFile; readonly data: Record<string, unknown>; readonly diagnostics: Diagnostic[]; readonly sources: Map<string, string> };

/** load → schema, the first two steps of every check (plan, decision, progress report). */
export async function loadDocument(path: string, kind: SchemaName, world: World): Promise<LoadedDocument> {
  const sources = new Map<string, string>();
  const loaded = await loadYaml(path, world);
  if (loaded.source) sources.set(path, loaded.source.text);
  if (!loaded.source || loaded.data === undefined) return { ok: false, diagnostics: loaded.diagnostics, sources };
  const data = loaded.data as Record<string, unknown>;
  return { ok: true, source: loaded.source, data, diagnostics: [...validateSchema(kind, loaded.source, data)], sources };
}
