import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = '.vanban-manifest.json';
/** Each run's journal of what it writes, one file a process, beside the manifest: ".vanban-manifest.<pid>.journal". */
const JOURNAL = /^\.vanban-manifest\.(\d+)\.journal$/;
const LOCK = '.vanban-manifest.lock';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The manifest as a worker thread gets it: what it may replace, and the journal it writes to. */
export interface ManifestSnapshot {
  readonly entries: Readonly<Record<string, readonly string[]>>;
  readonly journal?: string;
}

/**
 * A folder's record of what vanban wrote there, so a file is replaced only while
 * its bytes are still vanban's. Two parts: `.vanban-manifest.json`, compacted, and
 * a journal per running process (`.vanban-manifest.<pid>.journal`), to which a file's hash is
 * appended (one write, O_APPEND) *before* the file is renamed into place. So a run
 * killed at any moment leaves no file of its own that the next run cannot vouch
 * for; two runs into one folder never overwrite each other's records; and a run
 * that finishes folds its journal (and any a dead run left) into the manifest,
 * under a lock, keeping for each file the hash its bytes have.
 */
export class Manifest {
  /** Every hash recorded for a name: the compacted one and all since. */
  private readonly entries = new Map<string, Set<string>>();
  private readonly journal?: string;
  private fresh: Array<[string, string]> = [];

  /** `dir`: the folder whose manifest this run owns; or a worker's `snapshot`, which never compacts. */
  constructor(private readonly dir: string | undefined, snapshot?: ManifestSnapshot) {
    if (snapshot) {
      for (const [name, hashes] of Object.entries(snapshot.entries)) this.entries.set(name, new Set(hashes));
      if (snapshot.journal) this.journal = snapshot.journal;
      return;
    }
    if (dir === undefined) return;
    removeStale(dir);
    this.read();
    this.journal = join(dir, `.vanban-manifest.${process.pid}.journal`);
  }

  /** Whether `hash` is one vanban recorded for `name` (the journals read again first if not: another run may have written it since). */
  accepts(name: string, hash: string): boolean {
    if (this.entries.get(name)?.has(hash)) return true;
    if (this.dir === undefined) return false;
    this.read();
    return this.entries.get(name)?.has(hash) ?? false;
  }

  /** Records a file about to be renamed into place: throws (ENOSPC …) when the journal cannot take it, and then nothing is written. */
  record(name: string, hash: string): void {
    if (this.journal) appendFileSync(this.journal, `${hash} ${JSON.stringify(name)}\n`);
    this.adopt(name, hash);
    this.fresh.push([name, hash]);
  }

  /** What a worker recorded (in the same journal): known here too. */
  adopt(name: string, hash: string): void {
    const set = this.entries.get(name) ?? new Set();
    set.add(hash);
    this.entries.set(name, set);
  }

  /** What was recorded since the last call: a worker's part, sent to the thread that owns the folder. */
  takeFresh(): Array<[string, string]> {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }

  snapshot(): ManifestSnapshot {
    return { entries: Object.fromEntries([...this.entries].map(([k, v]) => [k, [...v]])), ...(this.journal ? { journal: this.journal } : {}) };
  }

  /**
   * Folds this run's journal, and those of runs no longer alive, into the manifest:
   * for each file one hash, the one its bytes have now (a file gone is dropped; one
   * whose bytes are no hash of ours keeps the hash it had). Under a lock; when
   * another run holds it, the journals stay and are read as they are. Throws (ENOSPC …)
   * for the caller to say; nothing recorded is lost then either.
   */
  flush(): void {
    if (this.dir === undefined) return;
    const lock = takeLock(this.dir);
    if (!lock) return;
    try {
      const compacted = readCompacted(this.dir);
      const folded: string[] = [];
      const candidates = new Map<string, Set<string>>();
      for (const j of journalFiles(this.dir)) {
        if (j.pid !== process.pid && alive(j.pid)) continue;
        for (const [name, hash] of journalLines(j.path)) candidates.set(name, (candidates.get(name) ?? new Set()).add(hash));
        folded.push(j.path);
      }
      if (folded.length === 0) return;
      for (const [name, hashes] of candidates) {
        const now = currentHash(join(this.dir, name));
        if (now === undefined) delete compacted[name];
        else if (hashes.has(now) || compacted[name] === now) compacted[name] = now;
      }
      const sorted = Object.keys(compacted).sort().map((k) => [k, compacted[k]!]);
      const tmp = join(this.dir, `${MANIFEST}.${process.pid}.tmp`);
      try {
        writeFileSync(tmp, JSON.stringify(Object.fromEntries(sorted), null, 1) + '\n');
        renameSync(tmp, join(this.dir, MANIFEST));
      } catch (err) {
        rmSync(tmp, { force: true });
        throw err;
      }
      for (const f of folded) rmSync(f, { force: true });
    } finally {
      rmSync(lock, { force: true });
    }
  }

  private read(): void {
    if (this.dir === undefined) return;
    for (const [name, hash] of Object.entries(readCompacted(this.dir))) this.adopt(name, hash);
    for (const j of journalFiles(this.dir)) for (const [name, hash] of journalLines(j.path)) this.adopt(name, hash);
  }
}

function readCompacted(dir: string): Record<string, string> {
  try {
    const data = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

function journalFiles(dir: string): Array<{ path: string; pid: number }> {
  try {
    return readdirSync(dir).flatMap((f) => {
      const m = JOURNAL.exec(f);
      return m ? [{ path: join(dir, f), pid: Number(m[1]) }] : [];
    });
  } catch {
    return [];
  }
}

/** A journal's records; a line cut short by a kill is no record. */
function journalLines(path: string): Array<[string, string]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').flatMap((line): Array<[string, string]> => {
    const m = /^([0-9a-f]{64}) (".*")$/.exec(line);
    if (!m) return [];
    try {
      const name = JSON.parse(m[2]!) as unknown;
      return typeof name === 'string' ? [[name, m[1]!]] : [];
    } catch {
      return [];
    }
  });
}

function currentHash(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Whether a process of this machine still runs (EPERM: it does, as another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The compaction lock, or undefined while a live run holds it; a dead run's lock is taken over. */
function takeLock(dir: string): string | undefined {
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return path;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileOr(path));
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) return undefined;
      rmSync(path, { force: true });
    }
  }
  return undefined;
}

const readFileOr = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** The temporary files of vanban's own that a killed run left in `dir` ("name.<pid>-<n>.tmp", its pid no longer running). */
function removeStale(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const f of names) {
    const m = /^.+\.(\d+)-\d+\.tmp$/.exec(f) ?? /^\.vanban-manifest\.json\.(\d+)\.tmp$/.exec(f);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) rmSync(join(dir, f), { force: true });
  }
}
