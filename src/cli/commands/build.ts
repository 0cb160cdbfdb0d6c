import { io } from '../io.js';
import { statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { loadConfig } from '../../load/config.js';
import { lap } from '../../env/timings.js';
import { knownFormats, writerFor } from '../../writers/registry.js';
import type { Writer } from '../../writers/types.js';
import { buildFile, type BuildContext } from '../build-file.js';
import { Templates } from '../documents.js';
import { EXIT } from '../exit-codes.js';
import { expandInputs } from '../inputs.js';
import { errnoReason, Manifest, MANIFEST, prepareOutputDir } from '../output-file.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import type { Strings } from '../strings.js';

export interface BuildOptions extends ReportOptions {
  readonly out: string;
  readonly formats: readonly string[];
  readonly templates?: string;
  readonly force: boolean;
  readonly fontDir?: string;
  readonly root?: string;
}

/**
 * load → validate → template → model → write, for every input given. Whatever
 * the user got wrong is said before any work (formats, folders, templates, the
 * config, two inputs with one output name); then each file is built on its own,
 * and one that fails — even by a bug of ours — is named and does not stop the rest.
 */
export async function buildCommand(paths: readonly string[], options: BuildOptions, s: Strings): Promise<number> {
  lap('start');
  const writers: Writer[] = [];
  for (const f of options.formats) {
    const w = await writerFor(f);
    if (!w) {
      io.err(s.unknownFormat(f, knownFormats().join(', ')) + '\n');
      return EXIT.usage;
    }
    writers.push(w);
  }
  lap('load writers');
  const config = loadConfig();
  if (config.diagnostics.length > 0) {
    io.err(s.configInvalid + '\n');
    printDiagnostics(config.diagnostics, config.sources, options);
    return EXIT.usage;
  }
  if (options.templates !== undefined && !isFolder(options.templates)) {
    io.err(s.templatesMissing(options.templates) + '\n');
    return EXIT.usage;
  }
  const files = expandInputs(paths);
  if (files.length === 0) {
    io.err(s.noPlans(paths.join(', ')) + '\n');
    return EXIT.usage;
  }
  const targets = new Map<string, string>();
  for (const file of files) {
    for (const writer of writers) {
      const target = join(options.out, basename(file, extname(file)) + writer.extension);
      const other = targets.get(target);
      if (other !== undefined && resolve(other) !== resolve(file)) {
        io.err(s.sameOutput(target, other, file) + '\n');
        return EXIT.usage;
      }
      targets.set(target, file);
    }
  }
  const outDir = prepareOutputDir(options.out);
  if (!outDir.ok) {
    io.err(s.outDirUnusable(options.out, outDir.reason) + '\n');
    return EXIT.usage;
  }

  const manifest = new Manifest(options.out);
  const ctx: BuildContext = {
    writers, templates: new Templates(options.templates), out: options.out, force: options.force, manifest,
    ...(options.fontDir ? { fontDir: options.fontDir } : {}), ...(options.root ? { root: options.root } : {}),
    say: (line) => io.err(line + '\n'),
  };
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  // A bug (3) outranks the user's misuse (2), which outranks bad input (1).
  let exit: number = EXIT.ok;
  let built = 0;
  let failed = 0;
  try {
    for (const file of [...new Set(files)]) {
      const r = await buildFile(file, ctx, s);
      all.push(...r.diagnostics);
      for (const [k, v] of r.sources) sources.set(k, v);
      exit = Math.max(exit, r.exit);
      if (r.fontProblem !== undefined) {
        io.err(s.fontMissing(r.fontProblem) + '\n');
        return EXIT.usage;
      }
      if (r.failed) failed++;
      else built++;
      manifest.flush(1000);
    }
  } finally {
    flushManifest(manifest, options.out, s);
  }
  // Errors in full; warnings (an unfinished report's empty nodes) as one line a file, since `lint` lists them.
  const warnings = new Map<string, number>();
  for (const d of all) if (d.severity === 'warning') warnings.set(d.file, (warnings.get(d.file) ?? 0) + 1);
  if (options.format === 'json') printDiagnostics(all, sources, options);
  else {
    printDiagnostics(all.filter((d) => d.severity === 'error'), sources, options);
    for (const [file, n] of warnings) io.err(s.warningsSummary(file, n) + '\n');
    if (files.length > 1 && failed > 0) io.err(s.buildSummary(built, failed) + '\n');
  }
  if (hasErrors(all)) exit = Math.max(exit, EXIT.invalidInput);
  return exit;
}

/** The manifest written at the end of a run; a disk that refuses it is said, and the documents stay. */
export function flushManifest(manifest: Manifest, dir: string, s: Strings): void {
  try {
    manifest.flush();
  } catch (err) {
    io.err(s.writeFailed(join(dir, MANIFEST), errnoReason(err)) + '\n');
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
