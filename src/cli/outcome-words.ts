import type { FileOutcome } from '../project/build-file.js';
import type { RunRefusal } from '../project/build-run.js';
import type { WriteOutcome } from '../project/output-file.js';
import type { Strings } from './strings.js';

/**
 * The words of the build path's outcomes: the same for every command that
 * writes documents (build, subplan, report merge).
 */

/** What to tell the user when `outcome` is not "written". */
export function notWritten(outcome: Exclude<WriteOutcome, { kind: 'written' }>, path: string, s: Strings, input?: string): string {
  if (outcome.kind === 'failed') return s.writeFailed(path, outcome.reason);
  if (outcome.kind !== 'refused-edited') return s.exists(path);
  // An edited DOCX of a plan: the way back from the edit to the YAML, not only --force.
  return /\.docx$/i.test(path) && input && /\.ya?ml$/i.test(input) ? s.notOursDocx(path, input) : s.notOurs(path);
}

/** A file's outcome in words: what was written (shown without a progress bar), and what went wrong (always shown). */
export function outcomeLines(o: FileOutcome, s: Strings): { written: string[]; problems: string[] } {
  const written: string[] = [];
  const problems: string[] = [];
  if (o.nothingToBuild) problems.push(s.nothingToBuild(o.file));
  for (const d of o.documents) {
    if (d.kind === 'written') written.push(s.wrote(d.target));
    else problems.push(notWritten(d.outcome, d.target, s, o.file));
  }
  for (const n of o.notices) problems.push(s.glyphsMissing(n.target, n.font, n.characters));
  const p = o.problem;
  if (p?.kind === 'template') problems.push(s.templateInvalid(p.where, p.detail));
  if (p?.kind === 'internal') {
    problems.push(s.fileFailed(o.file, p.message));
    if (process.env.VANBAN_DEBUG && p.stack) problems.push(p.stack);
  }
  return { written, problems };
}

/** A refused run in words. */
export function refusalLine(r: RunRefusal, s: Strings): string {
  switch (r.kind) {
    case 'unknown-format': return s.unknownFormat(r.format, r.known.join(', '));
    case 'no-inputs': return s.noPlans(r.paths.join(', '));
    case 'same-output': return s.sameOutput(r.target, r.first, r.second);
    case 'out-dir': return s.outDirUnusable(r.dir, r.reason);
  }
}
