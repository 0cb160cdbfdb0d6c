import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { LIMITS } from './limits.js';

/**
 * Effects come through one object, so tests can replace them and output never
 * depends on the clock: documents take their dates from their own data. Every
 * file vanban reads to make a document — inputs, templates, phrases, the config,
 * fonts — is read here; a test builds whole documents on a world held in memory
 * (tests/integration/memory-world.test.ts).
 */
export interface World {
  /** The bytes of a regular file of at most LIMITS.fileBytes; throws UnreadableFile otherwise. */
  readFile(path: string): Promise<Uint8Array>;
  /** The same, at once, with its own size bound (fonts are larger than any input). */
  readBytes(path: string, maxBytes?: number): Uint8Array;
  /** A regular file's text (UTF-8): templates, phrases; throws UnreadableFile. */
  readText(path: string): string;
  /** Whether anything is at `path` (a file or a folder). */
  exists(path: string): boolean;
  isFolder(path: string): boolean;
  /** The names in a folder, sorted; none when it is not one. */
  list(dir: string): string[];
  /** The path with links followed (itself when it cannot be). */
  realpath(path: string): string;
  /** An environment variable (VANBAN_FONT_DIR, HOME, WINDIR). */
  env(name: string): string | undefined;
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

/** The machine's own files and environment. */
export const nodeWorld: World = {
  readFile: async (path) => readRegularFile(path, LIMITS.fileBytes),
  readBytes: (path, maxBytes = LIMITS.fileBytes) => readRegularFile(path, maxBytes),
  readText: (path) => new TextDecoder().decode(readRegularFile(path, LIMITS.fileBytes)),
  exists: (path) => existsSync(path),
  isFolder: (path) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
  list: (dir) => {
    try {
      return readdirSync(dir).sort();
    } catch {
      return [];
    }
  },
  realpath: (path) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  },
  env: (name) => process.env[name],
};

/** The same world with a declared project root. */
export const withRoot = (world: World, root: string | undefined): World => (root ? { ...world, projectRoot: root } : world);

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
