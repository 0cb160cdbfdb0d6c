/**
 * `VANBAN_TIMINGS=1`: each stage's wall time on stderr, for `npm run bench` and
 * for anyone asking where a slow build spends its time. Off, it costs one test.
 */
const enabled = process.env.VANBAN_TIMINGS === '1';
let last = 0;

export function lap(stage: string): void {
  if (!enabled) return;
  const now = performance.now();
  process.stderr.write(`⏱ ${stage.padEnd(22)} ${(now - last).toFixed(1).padStart(7)} ms  (${now.toFixed(1)})\n`);
  last = now;
}
