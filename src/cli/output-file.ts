import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type WriteOutcome = 'written' | 'refused-not-ours' | 'refused-exists';

let sequence = 0;

/**
 * Writes atomically (a temporary file in the same folder, then rename), and
 * replaces an existing file only if `mayReplace` says it is ours, or on --force.
 * Synchronous: a CLI writes one file at a time, and the promise-based calls cost
 * ~8 ms a file here (loading fs/promises and crypto, thread-pool round trips).
 */
export function writeOutput(
  path: string,
  bytes: Uint8Array | string,
  options: { force: boolean; mayReplace?: (existing: Uint8Array) => boolean },
): WriteOutcome {
  if (existsSync(path) && !options.force) {
    if (!options.mayReplace) return 'refused-exists';
    if (!options.mayReplace(new Uint8Array(readFileSync(path)))) return 'refused-not-ours';
  }
  mkdirSync(dirname(path), { recursive: true });
  // Unique among runs (pid) and within one (sequence); never left behind.
  const tmp = `${path}.${process.pid}-${sequence++}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return 'written';
}
