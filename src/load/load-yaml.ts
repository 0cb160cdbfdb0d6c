import type { Diagnostic } from '../diagnostics/types.js';
import type { World } from '../env/world.js';
import { parseSource, type SourceFile } from './source-file.js';

export interface LoadedYaml {
  readonly source?: SourceFile;
  /** Plain data of the document; undefined when the file could not be read or parsed. */
  readonly data?: unknown;
  readonly diagnostics: Diagnostic[];
}

/** Reads and parses one YAML file; never throws for bad input. */
export async function loadYaml(path: string, world: World): Promise<LoadedYaml> {
  let text: string;
  try {
    text = await world.readFile(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tồn tại / not found' : String((err as Error).message);
    return {
      diagnostics: [{ code: 'file-unreadable', severity: 'error', file: path, start: { line: 0, column: 0 }, args: { reason } }],
    };
  }
  const { source, diagnostics } = parseSource(path, text);
  if (diagnostics.length > 0) return { source, diagnostics };
  return { source, data: source.doc.toJS({ maxAliasCount: 100 }), diagnostics };
}
