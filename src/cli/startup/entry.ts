import { isMainThread, workerData } from 'node:worker_threads';
import type { BuildSetup } from '../../project/batch/build-workers.js';
import type { BatchSetup } from '../../project/batch/subplan-workers.js';
import { WORKER_ENV } from '../../project/batch/worker-pool.js';
import { BUILD_WORKER_TAG, WORKER_TAG } from '../../project/batch/worker-tags.js';

/** What the CLI bundle exposes to its launcher (src/cli/startup/launch.cts). */
export { main } from '../main.js';

// The same bundle is what `subplan --all` and a build of many files start on their worker threads.
// Only a worker looks at worker_threads: the main thread of a run need not load it (launch.cts).
// Each kind of worker loads its own code when it starts (the bundle turns import() into a call):
// a build of one plan need not set up the sub-plan batch and the YAML writer it uses.
const data = process.env[WORKER_ENV] ? workerData as { tag?: string; setup?: unknown } | null : null;
if (data && !isMainThread && data.tag === WORKER_TAG && data.setup) void import('../../project/batch/subplan-workers.js').then((m) => m.serveBatch(data.setup as BatchSetup));
if (data && !isMainThread && data.tag === BUILD_WORKER_TAG && data.setup) void import('../../project/batch/build-workers.js').then((m) => m.serveBuilds(data.setup as BuildSetup));
