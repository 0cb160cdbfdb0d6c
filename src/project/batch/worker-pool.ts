import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../../env/world.js';
import type { Manifest } from '../manifest.js';

/**
 * Jobs on worker threads: each worker is the CLI bundle itself, started with a tag
 * and a setup (plain data) that entry.ts routes to the code serving that kind of
 * job; it sets up once, then takes one job (a string) at a time until none are
 * left. A worker that dies takes only its current job with it: that job is said
 * failed and a new worker takes the rest of the queue. Used by `subplan --all`
 * (one job an agency) and by `build` of many files (one job a file).
 */

/** The bundle a worker runs; without it (tests on the sources) the work stays on this thread. */
export const BUNDLE = join(PACKAGE_ROOT, 'dist', 'bundle', 'vanban.cjs');
export const bundleBuilt = (): boolean => existsSync(BUNDLE);
/** Set in a worker's environment: how the bundle knows, without loading worker_threads on every run, to look for its job. */
export const WORKER_ENV = 'VANBAN_WORKER';

/**
 * A worker's live heap is about 30 MB (a province of 3,561 agencies, measured after
 * a full GC), but V8 lets an unbounded one grow towards its default limit before it
 * collects: a whole province peaked at 520–540 MB of RSS with two workers, 367 MB with
 * this bound, at the same speed within the machine's noise (192, 256 and 384 MB were
 * tried later: no gain that held up). A worker that still runs out dies alone: its
 * job is reported failed and a new worker takes the rest.
 */
const WORKER_OLD_SPACE_MB = 128;

/** What a worker sends back for a job. */
export type PoolReply<O> =
  | { readonly kind: 'outcome'; readonly outcome: O; readonly records: Array<[string, string]> }
  | { readonly kind: 'failed'; readonly message: string };

export interface PoolOptions<O> {
  readonly tag: string;
  readonly setup: unknown;
  /** What a worker runs: the bundle, unless a test gives the code of a worker of its own. */
  readonly workerCode?: string;
  readonly jobs: readonly string[];
  readonly threads: number;
  /** The output folder's manifest: each worker appends to its journal before a rename; this thread compacts it at the end. */
  readonly manifest: Manifest;
  /** A job done, its files recorded in the manifest. */
  readonly onOutcome: (job: string, outcome: O) => void;
  /** A job its worker could not do (could not set up, or died on it). */
  readonly onFailed: (job: string, message: string) => void;
}

export function runPool<O>(o: PoolOptions<O>): Promise<void> {
  const queue = [...o.jobs];
  return new Promise<void>((done) => {
    if (queue.length === 0) return done();
    let running = 0;
    // Workers that die before they are ready (a broken bundle, no memory to start): after a
    // few, the rest of the queue is said failed rather than tried forever.
    let stillborn = 0;
    let lastError = 'luồng phụ dừng bất thường';
    const start = () => {
      if (queue.length === 0) return;
      running++;
      const worker = new Worker(o.workerCode ?? BUNDLE, {
        eval: o.workerCode !== undefined, workerData: { tag: o.tag, setup: o.setup }, env: { ...process.env, [WORKER_ENV]: '1' }, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
      });
      let current: string | undefined;
      let ready = false;
      const next = () => {
        current = queue.shift();
        if (current === undefined) void worker.terminate();
        else worker.postMessage(current);
      };
      worker.on('message', (m: PoolReply<O> | 'ready') => {
        if (m === 'ready') {
          ready = true;
          return next();
        }
        if (current !== undefined) {
          if (m.kind === 'failed') o.onFailed(current, m.message);
          else {
            // The worker appended them to the journal itself, before each rename.
            for (const [name, hash] of m.records) o.manifest.adopt(name, hash);
            o.onOutcome(current, m.outcome);
          }
        }
        next();
      });
      worker.on('error', (err) => {
        lastError = err.message;
        if (current !== undefined) o.onFailed(current, err.message);
        current = undefined;
      });
      worker.on('exit', () => {
        running--;
        if (current !== undefined) o.onFailed(current, lastError);
        if (!ready && ++stillborn >= 3) for (const job of queue.splice(0)) o.onFailed(job, lastError);
        if (queue.length > 0) start();
        else if (running === 0) done();
      });
    };
    for (let i = 0; i < Math.min(o.threads, queue.length); i++) start();
  });
}

/**
 * The worker's side: `prepare` once, then `work` for each job; a setup that fails
 * makes every job it is sent fail with its message.
 */
export async function servePool<C, O>(
  prepare: () => Promise<C>, work: (context: C, job: string) => Promise<O>, records: () => Array<[string, string]>,
): Promise<void> {
  const port = parentPort!;
  let context: C;
  try {
    context = await prepare();
  } catch (err) {
    port.on('message', () => port.postMessage({ kind: 'failed', message: (err as Error).message } satisfies PoolReply<O>));
    port.postMessage('ready');
    return;
  }
  port.on('message', (job: string) => {
    void work(context, job).then((outcome) => port.postMessage({ kind: 'outcome', outcome, records: records() } satisfies PoolReply<O>));
  });
  port.postMessage('ready');
}
