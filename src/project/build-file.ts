import { basename, extname, join } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import { lap } from '../env/timings.js';
import type { Document } from '../model/types.js';
import { MarkupError } from '../model/from-markup.js';
import { TemplateError } from '../template/template-error.js';
import { BadFontFile } from '../writers/pdf/font-file.js';
import { FontNotFound } from '../writers/pdf/fonts.js';
import type { Writer } from '../writers/types.js';
import { checkInput } from './documents.js';
import { EXIT } from './exit-codes.js';
import { writeDocumentFile, type Manifest, type WriteOutcome } from './output-file.js';
import type { Project } from './project.js';

/** What every file of a run is built with: the project, writers and output folder, chosen once. */
export interface BuildContext {
  readonly project: Project;
  readonly writers: readonly Writer[];
  readonly out: string;
  readonly force: boolean;
  /** The output folder's record of what vanban wrote there. */
  readonly manifest: Manifest;
}

/** One output file of an input: written, or not, and why. */
export type DocumentResult =
  | { readonly kind: 'written'; readonly target: string }
  | { readonly kind: 'not-written'; readonly target: string; readonly outcome: Exclude<WriteOutcome, { kind: 'written' }> };

/** Characters a written PDF's font has no glyph for. */
export interface GlyphNotice {
  readonly target: string;
  readonly font: string;
  readonly characters: string;
}

/** Why an input made no document although its data may be fine. */
export type FileProblem =
  /** A province's template cannot be used (its file and place). */
  | { readonly kind: 'template'; readonly where: string; readonly detail: string }
  /** The fonts cannot be found or read: the same for every file, so the run stops. */
  | { readonly kind: 'font'; readonly message: string }
  /** A bug of ours. */
  | { readonly kind: 'internal'; readonly message: string; readonly stack?: string };

/**
 * One input's build, as data: the CLI words it (cli/outcome-words.ts), a worker
 * sends it to the main thread as it is.
 */
export interface FileOutcome {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, string>;
  readonly documents: readonly DocumentResult[];
  readonly notices: readonly GlyphNotice[];
  /** A valid input that is no document of its own (an agency registry). */
  readonly nothingToBuild?: boolean;
  readonly problem?: FileProblem;
  readonly failed: boolean;
  /** The worst exit code the file asks for beyond its diagnostics: misuse (2) or a bug of ours (3). */
  readonly exit: number;
}

/**
 * One input through load → validate → resolve → template → model → write. Whatever
 * goes wrong — even a bug of ours — is an outcome, never a throw, so one bad file
 * never stops the others.
 */
export async function buildFile(file: string, ctx: BuildContext): Promise<FileOutcome> {
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const documents: DocumentResult[] = [];
  const notices: GlyphNotice[] = [];
  const outcome = (rest: Pick<FileOutcome, 'failed' | 'exit'> & Partial<FileOutcome>): FileOutcome => ({ file, diagnostics, sources, documents, notices, ...rest });
  try {
    const checked = await checkInput(file, ctx.project);
    lap('load + validate');
    diagnostics.push(...checked.diagnostics);
    for (const [k, v] of checked.sources) sources.set(k, v);
    if (!checked.build) {
      const failed = hasErrors(checked.diagnostics);
      return outcome({ failed, exit: EXIT.ok, ...(failed ? {} : { nothingToBuild: true }) });
    }
    let doc: Document;
    try {
      doc = checked.build();
    } catch (err) {
      const culprit = err instanceof MarkupError ? ctx.project.templates.culprit() : err instanceof TemplateError ? err : undefined;
      if (!culprit) throw err;
      return outcome({ failed: true, exit: EXIT.usage, problem: { kind: 'template', where: culprit.where, detail: culprit.detail || (err as Error).message } });
    }
    lap('template + model');
    let failed = false;
    for (const writer of ctx.writers) {
      const target = join(ctx.out, basename(file, extname(file)) + writer.extension);
      let bytes: Uint8Array;
      try {
        bytes = await writer.write(doc, {
          world: ctx.project.world,
          ...(ctx.project.fontDir ? { fontDir: ctx.project.fontDir } : {}),
          onNotice: (n) => notices.push({ target, font: n.font, characters: n.characters }),
        });
      } catch (err) {
        if (!(err instanceof FontNotFound || err instanceof BadFontFile)) throw err;
        return outcome({ failed: true, exit: EXIT.usage, problem: { kind: 'font', message: err.message } });
      }
      lap(`write ${writer.format}`);
      const saved = writeDocumentFile(target, bytes, { force: ctx.force, manifest: ctx.manifest });
      lap('save file');
      if (saved.kind === 'written') documents.push({ kind: 'written', target });
      else {
        failed = true;
        documents.push({ kind: 'not-written', target, outcome: saved });
      }
    }
    // A file kept because it is someone's: exit 2, as for a wrong command line; the disk refusing (full, denied): exit 1.
    const kept = documents.some((d) => d.kind === 'not-written' && d.outcome.kind !== 'failed');
    return outcome({ failed, exit: kept ? EXIT.usage : failed ? EXIT.invalidInput : EXIT.ok });
  } catch (err) {
    const e = err as Error;
    return outcome({ failed: true, exit: EXIT.internal, problem: { kind: 'internal', message: e.message, ...(e.stack ? { stack: e.stack } : {}) } });
  }
}
