import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/**
 * Effects come through one object, so tests can replace them and output never
 * depends on the clock: documents take their dates from their own data.
 */
export interface World {
  readFile(path: string): Promise<string>;
}

export const nodeWorld: World = {
  readFile: (path) => readFile(path, 'utf8'),
};

/** The package root (where templates/ and the schemas live), from dist/ or src/. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
