import { io } from '../io.js';
import { basename, extname, join } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { checkInput, Templates } from '../documents.js';
import { lap } from '../../env/timings.js';
import { BadFontFile } from '../../writers/pdf/font-file.js';
import { FontNotFound } from '../../writers/pdf/fonts.js';
import { knownFormats, writerFor } from '../../writers/registry.js';
import type { Writer } from '../../writers/types.js';
import { EXIT } from '../exit-codes.js';
import { expandInputs } from '../inputs.js';
import { writeOutput } from '../output-file.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import type { Strings } from '../strings.js';

export interface BuildOptions extends ReportOptions {
  readonly out: string;
  readonly formats: readonly string[];
  readonly templates?: string;
  readonly force: boolean;
  readonly fontDir?: string;
}

/** load → validate → template → model → write, for every plan given. */
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
  const files = expandInputs(paths);
  if (files.length === 0) {
    io.err(s.noPlans(paths.join(', ')) + '\n');
    return EXIT.usage;
  }
  const templates = new Templates(options.templates);
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let refused = false;
  for (const file of files) {
    const checked = await checkInput(file);
    lap('load + validate');
    all.push(...checked.diagnostics);
    for (const [k, v] of checked.sources) sources.set(k, v);
    if (!checked.build) continue;
    const doc = checked.build(templates);
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
        io.err(s.fontMissing(err.message) + '\n');
        return EXIT.usage;
      }
      lap(`write ${writer.format}`);
      const outcome = writeOutput(target, bytes, { force: options.force, mayReplace: writer.wroteThis });
      lap('save file');
      if (outcome === 'written') io.err(s.wrote(target) + '\n');
      else {
        refused = true;
        io.err(s.notOurs(target) + '\n');
      }
    }
  }
  // Errors in full; warnings (an unfinished report's empty nodes) as one line a file, since `lint` lists them.
  const warnings = new Map<string, number>();
  for (const d of all) if (d.severity === 'warning') warnings.set(d.file, (warnings.get(d.file) ?? 0) + 1);
  if (options.format === 'json') printDiagnostics(all, sources, options);
  else {
    printDiagnostics(all.filter((d) => d.severity === 'error'), sources, options);
    for (const [file, n] of warnings) io.err(s.warningsSummary(file, n) + '\n');
  }
  if (hasErrors(all)) return EXIT.invalidInput;
  return refused ? EXIT.usage : EXIT.ok;
}
