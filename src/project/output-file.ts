import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Manifest, sha256 } from './manifest.js';

export type WriteOutcome =
  | { readonly kind: 'written' }
  /** The file exists and was not written by vanban as it is now (edited, signed, someone else's). */
  | { readonly kind: 'refused-edited' }
  /** The file exists and vanban never replaces files of this kind (YAML a person edits). */
  | { readonly kind: 'refused-exists' }
  /** The disk said no: no permission, read-only, full, not a folder. */
  | { readonly kind: 'failed'; readonly reason: string };

let sequence = 0;

/**
 * Writes atomically: a temporary file in the same folder, then rename, so a
 * killed run never leaves half a file. Synchronous: a CLI writes one file at a
 * time, and the promise-based calls cost ~8 ms a file here.
 */
function writeAtomically(path: string, bytes: Uint8Array | string): void {
  // Unique among runs (pid) and within one (sequence); never left behind.
  const tmp = `${path}.${process.pid}-${sequence++}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * A file a person will edit (a plan, a report scaffold): written only if absent,
 * if `mayReplace` recognises the existing bytes as untouched, or on --force.
 */
export function writeNewFile(
  path: string, bytes: Uint8Array | string, options: { force: boolean; mayReplace?: (existing: Uint8Array) => boolean },
): WriteOutcome {
  if (existsSync(path) && !options.force) {
    let replaceable = false;
    try {
      replaceable = options.mayReplace?.(new Uint8Array(readFileSync(path))) ?? false;
    } catch (err) {
      return { kind: 'failed', reason: errnoReason(err) };
    }
    if (!replaceable) return { kind: options.mayReplace ? 'refused-edited' : 'refused-exists' };
  }
  return attempt(() => {
    mkdirSync(dirname(path), { recursive: true });
    writeAtomically(path, bytes);
  });
}

/**
 * A generated document (DOCX, PDF). An existing file is replaced only if its bytes
 * are still exactly what vanban wrote there, as recorded in the folder's manifest
 * (.vanban-manifest.json, a SHA-256 per file): a DOCX edited by any program, a
 * re-save, a PDF with an annotation or a digital signature appended — all differ,
 * and are kept unless --force. A file the manifest does not know is kept too.
 *
 * Without `manifest`, the folder's manifest is read and written for this one file;
 * a run that writes many files passes one Manifest (project/manifest.ts) and flushes it at its end.
 */
export function writeDocumentFile(path: string, bytes: Uint8Array, options: { force: boolean; manifest?: Manifest }): WriteOutcome {
  const manifest = options.manifest ?? new Manifest(dirname(path));
  const name = basename(path);
  if (existsSync(path) && !options.force) {
    let current: string;
    try {
      current = sha256(readFileSync(path));
    } catch (err) {
      return { kind: 'failed', reason: errnoReason(err) };
    }
    if (!manifest.accepts(name, current)) return { kind: 'refused-edited' };
  }
  return attempt(() => {
    mkdirSync(dirname(path), { recursive: true });
    // Recorded before the rename: a run killed in between leaves a file the next run knows as its own.
    manifest.record(name, sha256(bytes));
    writeAtomically(path, bytes);
    if (!options.manifest) manifest.flush();
  });
}

export { Manifest, MANIFEST, sha256 } from './manifest.js';

function attempt(work: () => void): WriteOutcome {
  try {
    work();
    return { kind: 'written' };
  } catch (err) {
    return { kind: 'failed', reason: errnoReason(err) };
  }
}

/**
 * Checks that `dir` is a folder vanban can write into, creating it if needed: a
 * path that is a file, under a file, a dangling link or a read-only place is the
 * user's to fix, said before any work is done.
 */
export function prepareOutputDir(dir: string): { ok: true } | { ok: false; reason: string } {
  try {
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) return { ok: false, reason: 'not-a-folder' };
    } else {
      try {
        if (lstatSync(dir).isSymbolicLink()) return { ok: false, reason: 'dangling-link' };
      } catch {
        // Nothing there at all: create it.
      }
      mkdirSync(dir, { recursive: true });
    }
    const probe = join(dir, `.vanban-probe.${process.pid}.tmp`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: errnoReason(err) };
  }
}

/** Why the disk refused, as a word the messages translate (EACCES → "denied"). */
export function errnoReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'denied';
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'not-a-folder';
    case 'EISDIR':
      return 'is-a-folder';
    default:
      if (code) return code;
      throw err;
  }
}


const shortHash = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 16);

/**
 * A generated YAML file a person may then edit (a merged report, a sub-plan): its
 * first line carries `mark` and a hash of the rest, so vanban can tell it untouched.
 */
export function stampYaml(mark: string, body: string): string {
  return `${mark} ${shortHash(body)} — tệp sinh tự động; sửa thì vanban sẽ không ghi đè nếu không có --force\n${body}`;
}

/** For writeNewFile's mayReplace: existing bytes stamped with `mark` and unchanged since. */
export function unchangedSinceStamp(mark: string): (existing: Uint8Array) => boolean {
  return (existing) => {
    const text = Buffer.from(existing).toString('utf8');
    const nl = text.indexOf('\n');
    const m = new RegExp(`^${mark} ([0-9a-f]{16}) `).exec(text.slice(0, nl));
    return m !== null && m[1] === shortHash(text.slice(nl + 1));
  };
}
