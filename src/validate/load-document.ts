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
  // A syntax error the parser recovered from: the rest of the file is checked too, and
  // what the error itself causes is left out (diagnostics/recovered.ts).
  // An empty file parses to null: the schema says what it lacks, as for any other value.
  const data = (loaded.data !== undefined ? loaded.data : loaded.recovered) as Record<string, unknown> | undefined;
  if (!loaded.source || data === undefined || (loaded.data === undefined && (data === null || typeof data !== 'object'))) return { ok: false, diagnostics: loaded.diagnostics, sources };
  const diagnostics = [...loaded.diagnostics, ...validateSchema(kind, loaded.source, data)];
  // No mapping at all (empty, a bare word): the schema has said so, and no rule has anything to read.
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, diagnostics, sources };
  return { ok: true, source: loaded.source, data, diagnostics, sources };
}
