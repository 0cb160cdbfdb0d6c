import { join } from 'node:path';
import { LIMITS } from '../env/limits.js';
import { nodeWorld, type World } from '../env/world.js';

/** The `kind:` a YAML file declares at its top level, if it declares one. */
export function kindOf(path: string, world: World = nodeWorld): string | undefined {
  try {
    // Only a regular file of bounded size: a FIFO or /dev/zero named on the command line
    // must not hang here; the loader then says what the path is.
    return /^kind:\s*([a-z-]+)\s*$/m.exec(new TextDecoder().decode(world.readBytes(path, LIMITS.fileBytes)))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Expands directories to the YAML documents in them that vanban builds (plans,
 * outlines, reports), skipping agency registries and anything else. Files named
 * explicitly are kept as they are, so their errors get reported.
 */
export function expandInputs(paths: readonly string[], kinds: readonly string[] = ['plan', 'decision', 'outline', 'report', 'progress'], world: World = nodeWorld): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!world.isFolder(p)) {
      out.push(p);
      continue;
    }
    for (const f of world.list(p)) {
      if (!/\.ya?ml$/.test(f)) continue;
      const kind = kindOf(join(p, f), world);
      if (kind && kinds.includes(kind)) out.push(join(p, f));
    }
  }
  return out;
}

/** Whether `path` is a folder (false when it is anything else or cannot be read). */
export const isFolder = (path: string, world: World = nodeWorld): boolean => world.isFolder(path);
