import { describe, expect, it } from 'vitest';
import { Manifest } from '../../src/project/manifest.js';
import { runPool } from '../../src/project/batch/worker-pool.js';

// A worker of the pool's protocol that dies on "boom" (an error it does not catch) and on "kill" (it exits, as out of memory).
const DYING_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job === 'boom') throw new Error('boom');
  if (job === 'kill') process.exit(7);
  setTimeout(() => parentPort.postMessage({ kind: 'outcome', outcome: job.toUpperCase(), records: [['f-' + job, 'h']] }), 5);
});
parentPort.postMessage('ready');
`;

describe('runPool (jobs on worker threads)', () => {
  it('says failed only the job a worker died on, with why; the others go to a new worker, none lost or done twice', async () => {
    const jobs = ['a', 'b', 'boom', 'c', 'd', 'kill', 'e'];
    const done: string[] = [];
    const failed: string[] = [];
    const manifest = new Manifest(undefined, { entries: {} });
    await runPool<string>({
      tag: 'test', setup: null, workerCode: DYING_WORKER, jobs, threads: 1, manifest,
      onOutcome: (job, outcome) => done.push(`${job}:${outcome}`),
      onFailed: (job, message) => failed.push(`${job}: ${message}`),
    });
    expect(failed).toEqual(['boom: boom', expect.stringMatching(/^kill: /)]);
    expect(done).toEqual(['a:A', 'b:B', 'c:C', 'd:D', 'e:E']);
    expect(manifest.accepts('f-e', 'h')).toBe(true);
  });

  it('shares the queue among workers and does each job once', async () => {
    const jobs = Array.from({ length: 40 }, (_, i) => `j${i}`);
    const done: string[] = [];
    await runPool<string>({
      tag: 'test', setup: null, workerCode: DYING_WORKER, jobs, threads: 3, manifest: new Manifest(undefined, { entries: {} }),
      onOutcome: (job) => done.push(job),
      onFailed: (job) => done.push(`failed ${job}`),
    });
    expect([...done].sort()).toEqual([...jobs].sort());
  });
});
