import { availableParallelism } from 'node:os';
import { writerFor } from '../../writers/registry.js';
import type { Writer } from '../../writers/types.js';
import { buildFile, type BuildContext, type FileOutcome } from '../build-file.js';
import { EXIT } from '../exit-codes.js';
import { Manifest, type ManifestSnapshot } from '../manifest.js';
import { projectOf, type Project, type ProjectSettings } from '../project.js';
import { bundleBuilt, runPool, servePool } from './worker-pool.js';
import { BUILD_WORKER_TAG } from './worker-tags.js';

/**
 * Many files built on every core: worker threads, each opening the project
 * (writers, templates, phrases, fonts) once and building the files it is handed
 * one at a time. The main thread writes the manifest and tells each file in the
 * order the files were given, so output and messages are the same whatever
 * --jobs is. A file's source texts come back only when it has something to say
 * about them: a folder of a thousand plans does not stay in memory.
 */

/** Everything a worker needs, as plain data (it crosses a thread). */
export interface BuildSetup {
  readonly project: ProjectSettings;
  readonly out: string;
  readonly force: boolean;
  readonly formats: readonly string[];
  /** The output folder's manifest as the main thread read it. */
  readonly manifest: ManifestSnapshot;
}

/** One file's build, as the main thread receives it. */
export interface FileReport extends FileOutcome {
  /** Every file the build read (the plan, its registry, an outline…), as shown to the user: what `build --watch` watches. */
  readonly read: readonly string[];
}

async function prepareBuild(setup: BuildSetup, manifest: Manifest, project?: Project): Promise<BuildContext> {
  const writers: Writer[] = [];
  for (const f of setup.formats) writers.push((await writerFor(f))!);
  return { project: project ?? projectOf(setup.project), writers, out: setup.out, force: setup.force, manifest };
}

async function buildOne(ctx: BuildContext, file: string): Promise<FileReport> {
  const r = await buildFile(file, ctx);
  return { ...r, sources: r.diagnostics.length > 0 ? r.sources : new Map(), read: [...r.sources.keys()] };
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

/** Builds `files` on `jobs` threads (this one, with `project`, when 1 or when the bundle is not built), reporting each as it finishes. */
export async function runBuilds(
  setup: BuildSetup, project: Project, files: readonly string[], jobs: number, manifest: Manifest, onReport: (r: FileReport) => void,
): Promise<void> {
  if (jobs <= 1 || !bundleBuilt()) {
    const ctx = await prepareBuild(setup, manifest, project);
    for (const file of files) {
      const r = await buildOne(ctx, file);
      onReport(r);
      // The fonts are the same for every file: without them, the rest would fail alike.
      if (r.problem?.kind === 'font') return;
    }
    return;
  }
  await runPool<FileReport>({
    tag: BUILD_WORKER_TAG, setup, jobs: files, threads: jobs, manifest,
    onOutcome: (_, report) => onReport(report),
    onFailed: (file, message) => onReport({
      file, diagnostics: [], sources: new Map(), documents: [], notices: [], read: [], failed: true, exit: EXIT.internal, problem: { kind: 'internal', message },
    }),
  });
}

/** The worker's side. Started by the bundle's entry when it runs as a build worker. */
export async function serveBuilds(setup: BuildSetup): Promise<void> {
  const manifest = new Manifest(undefined, setup.manifest);
  await servePool(() => prepareBuild(setup, manifest), (ctx, file) => buildOne(ctx, file), () => manifest.takeFresh());
}
