import { basename } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import type { FileReport } from '../../project/batch/build-workers.js';
import { buildDocuments, type RunOptions } from '../../project/build-run.js';
import { EXIT } from '../../project/exit-codes.js';
import type { Project, ProjectSettings } from '../../project/project.js';
import { BatchProgress } from '../batch-progress.js';
import { io } from '../io.js';
import { openProjectOrSay } from '../open-project.js';
import { outcomeLines, refusalLine } from '../outcome-words.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import type { Strings } from '../strings.js';

export interface BuildOptions extends ReportOptions, RunOptions {
  readonly project: ProjectSettings;
}

/** `vanban build`: the project opened from its settings, then every input through the one build path. */
export async function buildCommand(paths: readonly string[], options: BuildOptions, s: Strings, onRead?: (input: string, read: readonly string[]) => void): Promise<number> {
  const project = openProjectOrSay(options.project, options, s);
  if (!project) return EXIT.usage;
  return buildInProject(paths, project, options, s, onRead);
}

/**
 * Builds `paths` in an open project and tells the outcome: the one way every
 * command that writes documents (build, subplan, report merge) says what it
 * wrote, what it refused and why, and exits — a bug (3) outranks the user's
 * misuse (2), which outranks bad input (1).
 * `onRead` is told, for each input, the files its build read (build --watch).
 */
export async function buildInProject(
  paths: readonly string[], project: Project, options: ReportOptions & RunOptions, s: Strings, onRead?: (input: string, read: readonly string[]) => void,
): Promise<number> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let exit: number = EXIT.ok;
  let built = 0;
  let failed = 0;
  let fontProblem: string | undefined;
  let progress: BatchProgress | undefined;
  const onReport = (r: FileReport) => {
    diagnostics.push(...r.diagnostics);
    for (const [k, v] of r.sources) sources.set(k, v);
    exit = Math.max(exit, r.exit);
    if (r.problem?.kind === 'font') fontProblem ??= r.problem.message;
    onRead?.(r.file, r.read);
    if (r.failed) failed++;
    else built++;
    const { written, problems } = outcomeLines(r, s);
    progress?.told(written, problems);
  };
  let result: Awaited<ReturnType<typeof buildDocuments>>;
  try {
    result = await buildDocuments(paths, project, options, {
      onStart: (run) => {
        if (run.shard) io.err(s.shardOf(run.shard.shard.index, run.shard.shard.count, run.shard.files, run.shard.of) + '\n');
        progress = new BatchProgress(run.files, s.buildProgressLabel);
      },
      onFinished: (file) => progress?.finished(basename(file)),
      onReport,
    });
  } finally {
    progress?.stop();
  }
  if ('refused' in result) {
    io.err(refusalLine(result.refused, s) + '\n');
    return EXIT.usage;
  }
  const { summary } = result;
  // The documents stand, each recorded in the journal; the manifest not being folded is still a failure to say, exit 1.
  if (summary.manifestFailed) {
    io.err(s.writeFailed(summary.manifestFailed.path, summary.manifestFailed.reason) + '\n');
    exit = Math.max(exit, EXIT.invalidInput);
  }
  if (fontProblem !== undefined) {
    io.err(s.fontMissing(fontProblem) + '\n');
    return EXIT.usage;
  }
  // Errors in full; warnings (an unfinished report's empty nodes) as one line a file, since `lint` lists them.
  const warnings = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 'warning') warnings.set(d.file, (warnings.get(d.file) ?? 0) + 1);
  if (options.format === 'json') printDiagnostics(diagnostics, sources, options);
  else {
    printDiagnostics(diagnostics.filter((d) => d.severity === 'error'), sources, options);
    for (const [file, n] of warnings) io.err(s.warningsSummary(file, n) + '\n');
    if (summary.files > 1 && failed > 0) io.err(s.buildSummary(built, failed) + '\n');
    if (summary.jobs > 1 || summary.files >= 20) io.err(s.buildDone(built, summary.files, summary.jobs) + '\n');
  }
  if (hasErrors(diagnostics)) exit = Math.max(exit, EXIT.invalidInput);
  return exit;
}
