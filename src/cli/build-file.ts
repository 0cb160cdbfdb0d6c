import { basename, extname, join } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import { lap } from '../env/timings.js';
import type { Document } from '../model/types.js';
import { MarkupError } from '../model/from-markup.js';
import { TemplateError } from '../template/template-error.js';
import { BadFontFile } from '../writers/pdf/font-file.js';
import { FontNotFound } from '../writers/pdf/fonts.js';
import type { Writer } from '../writers/types.js';
import { checkInput, type Templates } from './documents.js';
import { EXIT } from './exit-codes.js';
import { notWritten, writeDocumentFile, type Manifest } from './output-file.js';
import type { Strings } from './strings.js';

/** What every file of a run is built with: the writers, templates and output folder, chosen once. */
export interface BuildContext {
  readonly writers: readonly Writer[];
  readonly templates: Templates;
  readonly out: string;
  readonly force: boolean;
  readonly fontDir?: string;
  readonly root?: string;
  /** The output folder's record of what vanban wrote there. */
  readonly manifest: Manifest;
  /** Where a line for the user goes (stderr, or a worker's report to the main thread). */
  readonly say: (line: string) => void;
  /** Where a written document is reported instead of a line (a batch counts them). */
  readonly onWritten?: (target: string) => void;
}

export interface FileOutcome {
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, string>;
  readonly failed: boolean;
  /** The worst exit code the file asks for beyond its diagnostics: misuse (2) or a bug of ours (3). */
  readonly exit: number;
  /** The fonts cannot be found or read: the same for every file, so the run stops. */
  readonly fontProblem?: string;
}

/**
 * One input through load → validate → template → model → write. Whatever goes
 * wrong — even a bug of ours — is an outcome, never a throw, so one bad file
 * never stops the others.
 */
export async function buildFile(file: string, ctx: BuildContext, s: Strings): Promise<FileOutcome> {
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  try {
    const checked = await checkInput(file, { ...(ctx.root ? { root: ctx.root } : {}) });
    lap('load + validate');
    diagnostics.push(...checked.diagnostics);
    for (const [k, v] of checked.sources) sources.set(k, v);
    if (!checked.build) {
      const failed = hasErrors(checked.diagnostics);
      if (!failed) ctx.say(s.nothingToBuild(file));
      return { diagnostics, sources, failed, exit: EXIT.ok };
    }
    let doc: Document;
    try {
      doc = checked.build(ctx.templates);
    } catch (err) {
      const culprit = err instanceof MarkupError ? ctx.templates.culprit() : err instanceof TemplateError ? err : undefined;
      if (!culprit) throw err;
      ctx.say(s.templateInvalid(culprit.line > 0 ? `${culprit.file}:${culprit.line}:${culprit.column}` : culprit.file, culprit.detail || (err as Error).message));
      return { diagnostics, sources, failed: true, exit: EXIT.usage };
    }
    lap('template + model');
    let failed = false;
    let exit: number = EXIT.ok;
    for (const writer of ctx.writers) {
      const target = join(ctx.out, basename(file, extname(file)) + writer.extension);
      let bytes: Uint8Array;
      try {
        bytes = await writer.write(doc, {
          ...(ctx.fontDir ? { fontDir: ctx.fontDir } : {}),
          onNotice: (n) => ctx.say(s.glyphsMissing(target, n.font, n.characters)),
        });
      } catch (err) {
        if (!(err instanceof FontNotFound || err instanceof BadFontFile)) throw err;
        return { diagnostics, sources, failed: true, exit: EXIT.usage, fontProblem: err.message };
      }
      lap(`write ${writer.format}`);
      const outcome = writeDocumentFile(target, bytes, { force: ctx.force, manifest: ctx.manifest });
      lap('save file');
      if (outcome.kind === 'written') {
        if (ctx.onWritten) ctx.onWritten(target);
        else ctx.say(s.wrote(target));
      }
      else {
        failed = true;
        exit = EXIT.usage;
        ctx.say(notWritten(outcome, target, s));
      }
    }
    return { diagnostics, sources, failed, exit };
  } catch (err) {
    ctx.say(s.fileFailed(file, (err as Error).message));
    if (process.env.VANBAN_DEBUG) ctx.say(`${(err as Error).stack}`);
    return { diagnostics, sources, failed: true, exit: EXIT.internal };
  }
}
