import type { Diagnostic } from '../diagnostics/types.js';

/**
 * What a unit of batch work (a file of a build, an agency of `subplan --all`) has to
 * tell, as plain data: it may come back from another thread, and is told in order.
 */
export interface JobOutcome {
  /** What the user must read: refusals, failures, template problems. */
  readonly lines: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** The texts the diagnostics point into. */
  readonly sources: ReadonlyArray<readonly [string, string]>;
  /** The worst exit code beyond the diagnostics: misuse (2) or a bug of ours (3). */
  readonly exit: number;
  /** The fonts cannot be found or read: the same for every job. */
  readonly fontProblem?: string;
}
