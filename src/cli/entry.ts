import { isMainThread, workerData } from 'node:worker_threads';
import { serveBatch, WORKER_TAG, type BatchSetup } from './subplan-workers.js';

/** What the CLI bundle exposes to its launcher (src/cli/launch.ts). */
export { main } from './main.js';

// The same bundle is what `subplan --all` starts on its worker threads.
const data = workerData as { tag?: string; setup?: BatchSetup } | null;
if (!isMainThread && data?.tag === WORKER_TAG && data.setup) void serveBatch(data.setup);
