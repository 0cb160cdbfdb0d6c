import { availableParallelism } from 'node:os';
import type { ResolvedPlan } from '../../plan/types.js';
import { checkPlan } from '../../validate/check-plan.js';
import type { BuildContext } from '../build-file.js';
import { writersFor } from '../build-run.js';
import { EXIT } from '../exit-codes.js';
import { Manifest, type ManifestSnapshot } from '../manifest.js';
import { projectOf, type Project, type ProjectSettings } from '../project.js';
import { runAgencyJob, type AgencyJob, type AgencyOutcome } from './subplan-job.js';
import { bundleBuilt, runPool, servePool } from './worker-pool.js';
import { WORKER_TAG } from './worker-tags.js';

/**
 * `subplan --all` on every core: worker threads, each opening the project and
 * loading the parent plan once, then deriving and building the sub-plans it is
 * handed, one agency at a time, until none are left. The main thread alone writes
 * the output folder's manifest (from what each worker reports) and tells outcomes
 * in the agencies' order, so files and messages are the same whatever --jobs is.
 */

/** Everything a worker needs, as plain data (it crosses a thread). */
export interface BatchSetup {
  readonly project: ProjectSettings;
  readonly planPath: string;
  readonly out: string;
  readonly force: boolean;
  readonly formats: readonly string[];
  readonly verify: boolean;
  /** The output folder's manifest as the main thread read it. */
  readonly manifest: ManifestSnapshot;
}

/** The job context for a batch, in whatever thread runs it. */
export async function prepareBatch(setup: BatchSetup, manifest: Manifest, given?: { project: Project; parent: ResolvedPlan }): Promise<AgencyJob> {
  const project = given?.project ?? projectOf(setup.project);
  const plan = given?.parent ?? await loadParent(setup.planPath, project);
  const chosen = await writersFor(setup.formats);
  if ('refused' in chosen) throw new Error(`unknown format ${chosen.refused.kind}`);
  const build: BuildContext | undefined = chosen.writers.length > 0
    ? { project, writers: chosen.writers, out: setup.out, force: setup.force, manifest }
    : undefined;
  return { project, parent: plan, planPath: setup.planPath, out: setup.out, force: setup.force, verify: setup.verify, ...(build ? { build } : {}) };
}

async function loadParent(planPath: string, project: Project): Promise<ResolvedPlan> {
  const checked = await checkPlan(planPath, project.world);
  if (!checked.plan) throw new Error(`${planPath}: không còn hợp lệ khi luồng phụ đọc lại`);
  return project.resolve(checked.plan);
}

/**
 * How many threads: --jobs, else one per core — but a worker costs ~0.3–0.5 s to start
 * (the bundle, the parent plan) against ~30 ms a sub-plan, so by default one per 16
 * agencies; a plan of a dozen agencies runs on this thread. Never more than there are agencies.
 */
export function jobCount(asked: number | undefined, agencies: number): number {
  return Math.max(1, Math.min(asked ?? Math.min(availableParallelism(), Math.ceil(agencies / AGENCIES_PER_WORKER)), agencies));
}

const AGENCIES_PER_WORKER = 16;

/**
 * Runs every agency's job on `jobs` threads (this one when 1, or when the bundle is
 * not built), calling `onOutcome` for each as it finishes. A worker that dies takes
 * only its current agency with it: that one is reported failed and a new worker
 * takes the rest of the queue.
 */
export async function runBatch(
  setup: BatchSetup, given: { project: Project; parent: ResolvedPlan }, agencies: readonly string[], jobs: number, manifest: Manifest,
  onOutcome: (o: AgencyOutcome) => void,
): Promise<void> {
  if (jobs <= 1 || !bundleBuilt()) {
    const job = await prepareBatch(setup, manifest, given);
    for (const agency of agencies) onOutcome(await runAgencyJob(job, agency));
    return;
  }
  await runPool<AgencyOutcome>({
    tag: WORKER_TAG, setup, jobs: agencies, threads: jobs, manifest,
    onOutcome: (_, outcome) => onOutcome(outcome),
    onFailed: (agency, message) => onOutcome({ agency, lead: 0, support: 0, internal: message, diagnostics: [], sources: [], exit: EXIT.internal }),
  });
}

/** The worker's side: set up once, then one agency per message. Started by the bundle's entry when it runs as a worker. */
export async function serveBatch(setup: BatchSetup): Promise<void> {
  const manifest = new Manifest(undefined, setup.manifest);
  await servePool(() => prepareBatch(setup, manifest), (job, agency) => runAgencyJob(job, agency), () => manifest.takeFresh());
}
