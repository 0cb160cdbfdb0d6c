import { SingleBar } from 'cli-progress';
import { io } from './io.js';
import type { Strings } from './strings.js';
import type { AgencyOutcome } from './subplan-job.js';

/**
 * How a batch (subplan --all) shows it is moving: on a terminal, one bar redrawn
 * in place (cli-progress), with what went wrong told after it; elsewhere (a log, CI,
 * a pipe) one plain line per agency, in the agencies' order.
 */
export class BatchProgress {
  private readonly bar?: SingleBar;
  private readonly later: string[] = [];

  constructor(private readonly total: number, private readonly s: Strings) {
    if (io.terminal && total > 1) {
      this.bar = new SingleBar({
        format: `${s.progressLabel} [{bar}] {value}/{total} · {eta_formatted} · {agency}`,
        stream: process.stderr, hideCursor: true, clearOnComplete: false, etaBuffer: 50,
      });
      this.bar.start(total, 0, { agency: '' });
    }
  }

  /** An agency is done (in any order). */
  finished(agency: string): void {
    this.bar?.increment(1, { agency });
  }

  /** An agency's outcome, told in order: `n` of the total. */
  told(x: AgencyOutcome, n: number): void {
    const lines = [...(this.bar ? [] : [this.s.subplanLine(n, this.total, x.agency, x.lead, x.support, x.documents.length, !!x.path)]), ...x.lines];
    if (this.bar) this.later.push(...lines);
    else for (const line of lines) io.err(line + '\n');
  }

  stop(): void {
    this.bar?.stop();
    for (const line of this.later) io.err(line + '\n');
    this.later.length = 0;
  }
}
