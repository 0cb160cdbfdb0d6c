import { io } from '../io.js';
import { statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { loadConfig } from '../../load/config.js';
import { lap } from '../../env/timings.js';
import type { Document } from '../../model/types.js';
import { MarkupError } from '../../model/from-markup.js';
import { TemplateError } from '../../template/template-error.js';
import { BadFontFile } from '../../writers/pdf/font-file.js';
import { FontNotFound } from '../../writers/pdf/fonts.js';
import { knownFormats, writerFor } from '../../writers/registry.js';
import type { Writer } from '../../writers/types.js';
import { checkInput, Templates } from '../documents.js';
import { EXIT } from '../exit-codes.js';
import { expandInputs } from '../inputs.js';
import { notWritten, prepareOutputDir, writeDocumentFile } from '../output-file.js';
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

  const templates = new Templates(options.templates);
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let exit: number = EXIT.ok;
  const worst = (code: number) => {
    // A bug (3) outranks the user's misuse (2), which outranks bad input (1).
    exit = Math.max(exit, code);
  };
  let built = 0;
  let failed = 0;
  for (const file of [...new Set(files)]) {
    let fileFailed = false;
    try {
      const checked = await checkInput(file, { ...(options.root ? { root: options.root } : {}) });
      lap('load + validate');
      all.push(...checked.diagnostics);
      for (const [k, v] of checked.sources) sources.set(k, v);
      if (!checked.build) {
        fileFailed = hasErrors(checked.diagnostics);
        if (!fileFailed) io.err(s.nothingToBuild(file) + '\n');
        continue;
      }
      let doc: Document;
      try {
        doc = checked.build(templates);
      } catch (err) {
        const culprit = err instanceof MarkupError ? templates.culprit() : err instanceof TemplateError ? err : undefined;
        if (!culprit) throw err;
        io.err(s.templateInvalid(culprit.line > 0 ? `${culprit.file}:${culprit.line}:${culprit.column}` : culprit.file, culprit.detail || (err as Error).message) + '\n');
        worst(EXIT.usage);
        fileFailed = true;
        continue;
      }
      lap('template + model');
      for (const writer of writers) {
        const target = join(options.out, basename(file, extname(file)) + writer.extension);
        let bytes: Uint8Array;
        try {
          bytes = await writer.write(doc, {
            ...(options.fontDir ? { fontDir: options.fontDir } : {}),
            onNotice: (n) => io.err(s.glyphsMissing(target, n.font, n.characters) + '\n'),
          });
        } catch (err) {
          if (!(err instanceof FontNotFound || err instanceof BadFontFile)) throw err;
          // The fonts are the same for every file: no point going on.
          io.err(s.fontMissing(err.message) + '\n');
          return EXIT.usage;
        }
        lap(`write ${writer.format}`);
        const outcome = writeDocumentFile(target, bytes, { force: options.force });
        lap('save file');
        if (outcome.kind === 'written') io.err(s.wrote(target) + '\n');
        else {
          fileFailed = true;
          worst(EXIT.usage);
          io.err(notWritten(outcome, target, s) + '\n');
        }
      }
    } catch (err) {
      fileFailed = true;
      worst(EXIT.internal);
      io.err(s.fileFailed(file, (err as Error).message) + '\n');
      if (process.env.VANBAN_DEBUG) io.err(`${(err as Error).stack}\n`);
    } finally {
      if (fileFailed) failed++;
      else built++;
    }
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
  if (hasErrors(all)) worst(EXIT.invalidInput);
  return exit;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
