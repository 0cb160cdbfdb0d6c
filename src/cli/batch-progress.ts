import { SingleBar } from 'cli-progress';
import { io } from './io.js';

/**
 * How a batch (subplan --all, a build of many files) shows it is moving: on a
 * terminal, one bar redrawn in place (cli-progress), with what went wrong told
 * after it; elsewhere (a log, CI, a pipe) the plain lines of each job, in the
 * jobs' order.
 */
export class BatchProgress {
  private readonly bar?: SingleBar;
  private readonly later: string[] = [];
  private readonly total: number;
  private done = 0;
  /** When the first job finished: the rate is measured from there, past the workers' start-up. */
  private firstAt?: number;

  constructor(total: number, label: string) {
    this.total = total;
    if (io.terminal && total > 1) {
      this.bar = new SingleBar({
        format: `${label} [{bar}] {value}/{total} · {left} · {agency}`,
        stream: process.stderr, hideCursor: true, clearOnComplete: false,
      });
      this.bar.start(total, 0, { agency: '', left: '…' });
    }
  }

  /** A job is done (in any order). */
  finished(name: string): void {
    this.done++;
    const now = performance.now();
    this.firstAt ??= now;
    this.bar?.increment(1, { agency: name, left: timeLeft(this.total - this.done, this.done - 1, now - this.firstAt) });
  }

  /**
   * A job's lines, told in the jobs' order: `status` (what was done) only without a
   * bar, which shows it; `problems` always, after the bar when there is one.
   */
  told(status: readonly string[], problems: readonly string[]): void {
    if (this.bar) this.later.push(...problems);
    else for (const line of [...status, ...problems]) io.err(line + '\n');
  }

  stop(): void {
    this.bar?.stop();
    for (const line of this.later) io.err(line + '\n');
    this.later.length = 0;
  }
}

/**
 * The time left, from the jobs finished since the first (the first carries the
 * workers' start-up: a 5 s job was once told 1m40s); "…" until three have.
 */
export function timeLeft(left: number, measured: number, ms: number): string {
  if (left <= 0) return '0s';
  if (measured < 2 || ms <= 0) return '…';
  const s = Math.ceil((left * ms) / measured / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
