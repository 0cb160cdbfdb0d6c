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

  constructor(total: number, label: string) {
    if (io.terminal && total > 1) {
      this.bar = new SingleBar({
        format: `${label} [{bar}] {value}/{total} · {eta_formatted} · {agency}`,
        stream: process.stderr, hideCursor: true, clearOnComplete: false, etaBuffer: 50,
      });
      this.bar.start(total, 0, { agency: '' });
    }
  }

  /** A job is done (in any order). */
  finished(name: string): void {
    this.bar?.increment(1, { agency: name });
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
