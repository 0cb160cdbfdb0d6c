import { isMainThread, workerData } from 'node:worker_threads';
import { BUILD_WORKER_TAG, serveBuilds, type BuildSetup } from './build-workers.js';
import { serveBatch, WORKER_TAG, type BatchSetup } from './subplan-workers.js';

/** What the CLI bundle exposes to its launcher (src/cli/launch.ts). */
export { main } from './main.js';

// The same bundle is what `subplan --all` and a build of many files start on their worker threads.
const data = workerData as { tag?: string; setup?: unknown } | null;
if (!isMainThread && data?.tag === WORKER_TAG && data.setup) void serveBatch(data.setup as BatchSetup);
if (!isMainThread && data?.tag === BUILD_WORKER_TAG && data.setup) void serveBuilds(data.setup as BuildSetup);
