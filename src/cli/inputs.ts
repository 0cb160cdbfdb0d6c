import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../env/limits.js';
import { readRegularFile } from '../env/world.js';

/** The kind a YAML file declares on its top-level "kind:" line, if it can be read. */
export function kindOf(path: string): string | undefined {
  try {
    // Only a regular file of bounded size: a FIFO or /dev/zero named on the command line
    // must not hang here; the loader then says what the path is.
    return /^kind:\s*([a-z-]+)\s*$/m.exec(new TextDecoder().decode(readRegularFile(path, LIMITS.fileBytes)))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Expands directories to the YAML documents in them that vanban builds (plans,
 * outlines, reports), skipping agency registries and anything else. Files named
 * explicitly are kept as they are, so their errors get reported.
 */
export function expandInputs(paths: readonly string[], kinds: readonly string[] = ['plan', 'decision', 'outline', 'report', 'progress']): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!isFolder(p)) {
      out.push(p);
      continue;
    }
    for (const f of readdirSync(p).sort()) {
      if (!/\.ya?ml$/.test(f)) continue;
      const kind = kindOf(join(p, f));
      if (kind && kinds.includes(kind)) out.push(join(p, f));
    }
  }
  return out;
}

/** Whether `path` is a folder (false when it is anything else or cannot be read). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
