import { availableParallelism } from 'node:os';
import type { Lang } from '../diagnostics/messages.js';
import { writerFor } from '../writers/registry.js';
import type { Writer } from '../writers/types.js';
import { buildFile, type BuildContext } from './build-file.js';
import { Templates } from './documents.js';
import { EXIT } from './exit-codes.js';
import type { JobOutcome } from './job-outcome.js';
import { Manifest } from './output-file.js';
import { stringsFor, type Strings } from './strings.js';
import { bundleBuilt, runPool, servePool } from './worker-pool.js';
import { BUILD_WORKER_TAG } from './worker-tags.js';

/**
 * `build` of many files on every core: worker threads, each with its writers and
 * templates loaded once, building the files it is handed one at a time. The main
 * thread writes the manifest and tells each file's lines in the order the files
 * were given, so output and messages are the same whatever --jobs is. A file's
 * source texts come back only when it has something to say about them: a folder
 * of a thousand plans does not stay in memory.
 */


/** Everything a worker needs, as plain data (it crosses a thread). */
export interface BuildSetup {
  readonly out: string;
  readonly force: boolean;
  readonly formats: readonly string[];
  readonly templates?: string;
  readonly fontDir?: string;
  readonly root?: string;
  readonly lang: Lang;
  /** The output folder's manifest as the main thread read it. */
  readonly manifest: Readonly<Record<string, string>>;
}

/** One file's build, as the main thread tells it. */
export interface FileReport extends JobOutcome {
  readonly file: string;
  /** "Đã ghi …" for each document written (the lines say the rest; sources only with diagnostics). */
  readonly written: readonly string[];
  readonly failed: boolean;
  /** Every file the build read (the plan, its registry, an outline…), as shown to the user: what `build --watch` watches. */
  readonly read: readonly string[];
}

type Context = Omit<BuildContext, 'say' | 'onWritten'>;

async function prepareBuild(setup: BuildSetup, manifest: Manifest): Promise<Context> {
  const writers: Writer[] = [];
  for (const f of setup.formats) writers.push((await writerFor(f))!);
  return {
    writers, templates: new Templates(setup.templates), out: setup.out, force: setup.force, manifest,
    ...(setup.fontDir ? { fontDir: setup.fontDir } : {}), ...(setup.root ? { root: setup.root } : {}),
  };
}

async function buildOne(ctx: Context, file: string, s: Strings): Promise<FileReport> {
  const written: string[] = [];
  const lines: string[] = [];
  const r = await buildFile(file, { ...ctx, say: (l) => lines.push(l), onWritten: (target) => written.push(s.wrote(target)) }, s);
  return {
    file, written, lines, diagnostics: r.diagnostics, sources: r.diagnostics.length > 0 ? [...r.sources] : [], read: [...r.sources.keys()],
    failed: r.failed, exit: r.exit, ...(r.fontProblem !== undefined ? { fontProblem: r.fontProblem } : {}),
  };
}

/**
 * How many threads: --jobs, else one per core once there are enough files to pay
 * for starting them (a worker takes ~0.3 s to start against ~0.06 s a plan); never
 * more than there are files.
 */
export function buildJobCount(asked: number | undefined, files: number): number {
  return Math.max(1, Math.min(asked ?? Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)), files));
}

const FILES_PER_WORKER = 8;

/** Builds `files` on `jobs` threads (this one when 1, or when the bundle is not built), reporting each as it finishes. */
export async function runBuilds(
  setup: BuildSetup, files: readonly string[], jobs: number, manifest: Manifest, onReport: (r: FileReport) => void, s: Strings,
): Promise<void> {
  if (jobs <= 1 || !bundleBuilt()) {
    const ctx = await prepareBuild(setup, manifest);
    for (const file of files) {
      const r = await buildOne(ctx, file, s);
      onReport(r);
      // The fonts are the same for every file: without them, the rest would fail alike.
      if (r.fontProblem !== undefined) return;
      manifest.flush(1000);
    }
    return;
  }
  await runPool<FileReport>({
    tag: BUILD_WORKER_TAG, setup, jobs: files, threads: jobs, manifest,
    onOutcome: (_, report) => onReport(report),
    onFailed: (file, message) => onReport({ file, written: [], lines: [s.fileFailed(file, message)], diagnostics: [], sources: [], read: [], failed: true, exit: EXIT.internal }),
  });
}

/** The worker's side. Started by the bundle's entry when it runs as a build worker. */
export async function serveBuilds(setup: BuildSetup): Promise<void> {
  const s = stringsFor(setup.lang);
  const manifest = new Manifest(undefined, setup.manifest);
  await servePool(() => prepareBuild(setup, manifest), (ctx, file) => buildOne(ctx, file, s), () => manifest.takeFresh());
}
