import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Expands directories to the YAML documents in them that vanban builds (kind:
 * plan), skipping agency registries and anything else. Files named explicitly
 * are kept as they are, so their errors get reported.
 */
export function expandInputs(paths: readonly string[], kinds: readonly string[] = ['plan']): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      out.push(p);
      continue;
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    for (const f of readdirSync(p).sort()) {
      if (!/\.ya?ml$/.test(f)) continue;
      const file = join(p, f);
      const kind = /^kind:\s*([a-z-]+)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
      if (kind && kinds.includes(kind)) out.push(file);
    }
  }
  return out;
}
