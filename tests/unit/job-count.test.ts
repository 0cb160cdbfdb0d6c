import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { jobCount } from '../../src/project/batch/subplan-workers.js';

describe('subplan --all thread count', () => {
  it('runs a small plan on its own thread, a province on every core, --jobs as asked but never more than the agencies', () => {
    expect(jobCount(undefined, 13)).toBe(1);
    expect(jobCount(undefined, 3561)).toBe(availableParallelism());
    expect(jobCount(2, 5)).toBe(2);
    expect(jobCount(8, 3)).toBe(3);
    expect(jobCount(undefined, 0)).toBe(1);
  });
});
