import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { LIMITS } from './limits.js';

/**
 * Effects come through one object, so tests can replace them and output never
 * depends on the clock: documents take their dates from their own data.
 */
export interface World {
  /** The bytes of a regular file of at most LIMITS.fileBytes; throws UnreadableFile otherwise. */
  readFile(path: string): Promise<Uint8Array>;
  /** The declared project root (`--root`): files named inside YAML are read only below it. */
  readonly projectRoot?: string;
}

export type UnreadableReason = 'missing' | 'directory' | 'not-regular' | 'too-large' | 'denied' | 'io';

/** Why an input file was not read: a user's problem with a name, never a crash. */
export class UnreadableFile extends Error {
  constructor(readonly reason: UnreadableReason, readonly detail = '') {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

export const nodeWorld: World = {
  readFile: async (path) => readRegularFile(path, LIMITS.fileBytes),
};

/**
 * Reads a regular file whole, refusing anything else before reading a byte:
 * a FIFO would block forever and /dev/zero never ends. Opened non-blocking and
 * checked on the open descriptor, so the file cannot be swapped in between.
 */
export function readRegularFile(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw fromErrno(err);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UnreadableFile('directory');
    if (!stat.isFile()) throw new UnreadableFile('not-regular');
    if (stat.size > maxBytes) throw new UnreadableFile('too-large', `${stat.size} > ${maxBytes}`);
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } catch (err) {
    throw err instanceof UnreadableFile ? err : fromErrno(err);
  } finally {
    closeSync(fd);
  }
}

function fromErrno(err: unknown): UnreadableFile {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return new UnreadableFile('missing');
  if (code === 'EACCES' || code === 'EPERM') return new UnreadableFile('denied');
  if (code === 'EISDIR') return new UnreadableFile('directory');
  return new UnreadableFile('io', code ?? '');
}

/** The package root (where templates/ and the schemas live), from dist/ or src/. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
