import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type WriteOutcome = 'written' | 'refused-not-ours' | 'refused-exists';

/**
 * Writes atomically (a temporary file in the same folder, then rename), and
 * replaces an existing file only if `mayReplace` says it is ours, or on --force.
 */
export async function writeOutput(
  path: string,
  bytes: Uint8Array | string,
  options: { force: boolean; mayReplace?: (existing: Uint8Array) => boolean },
): Promise<WriteOutcome> {
  if (existsSync(path) && !options.force) {
    if (!options.mayReplace) return 'refused-exists';
    if (!options.mayReplace(new Uint8Array(await readFile(path)))) return 'refused-not-ours';
  }
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return 'written';
}
