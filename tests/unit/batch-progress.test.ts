import { describe, expect, it } from 'vitest';
import { timeLeft } from '../../src/cli/batch-progress.js';

describe('the time left a batch shows (issue 26: a 5 s job was told 1m40s)', () => {
  it('is measured from the first job done, "…" until two more are, then the rate of those', () => {
    expect(timeLeft(98, 0, 0)).toBe('…');
    expect(timeLeft(97, 1, 40)).toBe('…');
    // Two jobs in 100 ms after the first: 96 left take 4.8 s.
    expect(timeLeft(96, 2, 100)).toBe('5s');
    expect(timeLeft(600, 2, 1000)).toBe('5m00s');
    expect(timeLeft(0, 5, 100)).toBe('0s');
  });
});
