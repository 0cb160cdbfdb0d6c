import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { EXIT } from '../../project/exit-codes.js';
import { InputWatcher, isInside } from '../input-watcher.js';
import { isFolder } from '../../project/inputs.js';
import { io } from '../io.js';
import type { Strings } from '../strings.js';
import { buildCommand, type BuildOptions } from './build.js';

/**
 * `build --watch`: builds, then waits for an input to change and builds again what
 * depends on it, until `stop` is aborted (Ctrl+C). The process stays warm, so a
 * rebuild skips Node's start and the slow first runs of the code: a one-plan PDF
 * is rebuilt in a tenth of what a fresh `vanban build` takes.
 *
 * What a file depends on is what its last build read (the plan, its agency
 * registry, the outline a report follows); a change to the templates folder, or a
 * new YAML file in a folder given as input, builds every input again.
 */
export async function watchBuild(paths: readonly string[], options: BuildOptions, s: Strings, stop: AbortSignal): Promise<number> {
  const inputFolders = paths.filter((p) => isFolder(p)).map((p) => resolve(p));
  const templates = options.project.templates !== undefined ? resolve(options.project.templates) : undefined;
  /** Each input built (as given) → the files its build read (absolute), itself included. */
  const reads = new Map<string, Set<string>>();
  const build = (which: readonly string[]) => {
    // Everything again: an input deleted or renamed must not stay watched.
    if (which === paths) reads.clear();
    return buildCommand(which, { ...options, jobs: 1 }, s, (input, read) => reads.set(input, new Set([resolve(input), ...read.map((f) => resolve(f))])));
  };

  let started = performance.now();
  let exit = await build(paths);
  // Misuse found before any file was read (an unknown format, an output folder that cannot be used): nothing to watch.
  if (exit === EXIT.usage && reads.size === 0) return exit;

  const watcher = new InputWatcher();
  try {
    for (;;) {
      const files = new Set([...reads.values()].flatMap((r) => [...r]));
      await watcher.watch(files, inputFolders, templates ? [templates] : []);
      // A build that failed is not "done": say it failed, and that the watch goes on.
      io.err((exit === EXIT.ok ? s.watching(files.size, Math.round(performance.now() - started)) : s.watchingAfterFailure(files.size)) + '\n');
      const changed = await watcher.next(stop);
      if (changed === undefined) break;
      io.err(s.watchChanged([...changed].map((f) => basename(f)).join(', ')) + '\n');
      started = performance.now();
      exit = await build(affected(changed, reads, paths, inputFolders, templates));
    }
  } finally {
    await watcher.close();
  }
  io.err(s.watchStopped + '\n');
  return exit;
}

/** The inputs to build again after `changed`: those that read a changed file, or all of them when the set of inputs may have changed. */
function affected(
  changed: ReadonlySet<string>, reads: ReadonlyMap<string, ReadonlySet<string>>, paths: readonly string[], inputFolders: readonly string[], templates: string | undefined,
): readonly string[] {
  const known = [...reads.values()];
  // A template, or a plan come, gone or renamed in a folder given as input.
  const everything = [...changed].some((f) =>
    (templates !== undefined && isInside(f, templates)) || (inputFolders.some((d) => isInside(f, d)) && (!existsSync(f) || !known.some((r) => r.has(f)))));
  if (everything) return paths;
  return [...reads].filter(([, read]) => [...changed].some((f) => read.has(f))).map(([input]) => input);
}
