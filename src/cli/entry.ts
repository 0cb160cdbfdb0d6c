import { isMainThread, workerData } from 'node:worker_threads';
import { BUILD_WORKER_TAG, serveBuilds, type BuildSetup } from './build-workers.js';
import { WORKER_ENV } from './worker-pool.js';
import { serveBatch, WORKER_TAG, type BatchSetup } from './subplan-workers.js';

/** What the CLI bundle exposes to its launcher (src/cli/launch.cts). */
export { main } from './main.js';

// The same bundle is what `subplan --all` and a build of many files start on their worker threads.
// Only a worker looks at worker_threads: the main thread of a run need not load it (launch.cts).
const data = process.env[WORKER_ENV] ? workerData as { tag?: string; setup?: unknown } | null : null;
if (data && !isMainThread && data.tag === WORKER_TAG && data.setup) void serveBatch(data.setup as BatchSetup);
if (data && !isMainThread && data.tag === BUILD_WORKER_TAG && data.setup) void serveBuilds(data.setup as BuildSetup);
