/**
 * What a worker thread was started for, as its workerData says: the bundle's entry
 * reads it before loading the code of either kind of batch.
 */
export const WORKER_TAG = 'vanban-subplan-worker';
export const BUILD_WORKER_TAG = 'vanban-build-worker';
