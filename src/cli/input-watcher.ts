import { watch as chokidar, type FSWatcher } from 'chokidar';
import type { Stats } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** Quiet time after the last event before a change is told: an editor's save is several events (write, rename, attributes). */
const SETTLE_MS = 50;

/**
 * Tells when inputs change. Chokidar does the watching: editors save by writing a
 * new file and renaming it over the old one (its `atomic` option turns that back
 * into one change), and each platform's file events have their own quirks. Events
 * that come while the caller is building wait for its next call to `next`.
 */
export class InputWatcher {
  private watcher: FSWatcher | undefined;
  private key = '';
  private files: ReadonlySet<string> = new Set();
  /** Folders where any YAML file directly inside counts (folders of plans given as input: a new plan appears). */
  private yamlFolders: ReadonlySet<string> = new Set();
  /** Folders where any file, at any depth, counts (templates). */
  private trees: readonly string[] = [];
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;

  /** What to watch from now on; resolves once it is watched. All paths absolute. */
  async watch(files: ReadonlySet<string>, yamlFolders: readonly string[], trees: readonly string[]): Promise<void> {
    const key = JSON.stringify([[...files].sort(), [...yamlFolders].sort(), [...trees].sort()]);
    if (key === this.key) return;
    this.key = key;
    this.files = files;
    this.yamlFolders = new Set(yamlFolders);
    this.trees = trees;
    await this.watcher?.close();
    const roots = new Set([...yamlFolders, ...trees]);
    const watcher = chokidar([...files, ...yamlFolders, ...trees], {
      ignoreInitial: true,
      atomic: true,
      // Into a folder of plans, not below it (`build .` must not watch node_modules); into templates, all the way.
      ignored: (path: string, stats?: Stats) => stats?.isDirectory() === true && !roots.has(resolve(path)) && !trees.some((t) => isInside(resolve(path), t)),
    });
    watcher.on('all', (_event: string, path: string) => this.seen(resolve(path)));
    // A folder that cannot be read (removed, no permission): the next build says what is missing.
    watcher.on('error', () => undefined);
    this.watcher = watcher;
    await new Promise<void>((ready) => watcher.once('ready', ready));
  }

  /** The files changed since the last call, once they have been quiet for a moment; undefined when `stop` is aborted. */
  next(stop: AbortSignal): Promise<ReadonlySet<string> | undefined> {
    return new Promise((done) => {
      if (stop.aborted) return done(undefined);
      const onAbort = () => {
        this.wake = undefined;
        done(undefined);
      };
      stop.addEventListener('abort', onAbort, { once: true });
      this.wake = () => {
        stop.removeEventListener('abort', onAbort);
        this.wake = undefined;
        const changed = this.pending;
        this.pending = new Set();
        done(changed);
      };
      if (this.pending.size > 0 && this.timer === undefined) this.wake();
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.watcher?.close();
    this.watcher = undefined;
  }

  private seen(file: string): void {
    const counts = this.files.has(file)
      || (this.yamlFolders.has(dirname(file)) && /\.ya?ml$/i.test(file))
      || this.trees.some((t) => isInside(file, t));
    if (!counts) return;
    this.pending.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wake?.();
    }, SETTLE_MS);
  }
}

/** `file` is `folder` or below it. */
export function isInside(file: string, folder: string): boolean {
  const r = relative(folder, file);
  return !r.startsWith('..') && !isAbsolute(r);
}
