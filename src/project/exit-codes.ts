/** Exit codes: scripts tell bad input from misuse from our own failure. */
export const EXIT = {
  ok: 0,
  /** The input has errors (diagnostics were printed). */
  invalidInput: 1,
  /** The command line itself is wrong, or an output would overwrite someone's file. */
  usage: 2,
  /** vanban failed: a bug to report. */
  internal: 3,
} as const;
