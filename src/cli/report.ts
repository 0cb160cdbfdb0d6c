import { io } from './io.js';
import { formatHuman } from '../diagnostics/format-human.js';
import { formatJson } from '../diagnostics/format-json.js';
import type { Lang } from '../diagnostics/messages.js';
import type { Diagnostic } from '../diagnostics/types.js';

export interface ReportOptions {
  readonly lang: Lang;
  readonly format: 'human' | 'json';
  /** Code frames under each problem (default); false: one line each. */
  readonly frames?: boolean;
}

/** Prints diagnostics to stderr (human) or stdout (json, for tools). */
export function printDiagnostics(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, options: ReportOptions): void {
  if (options.format === 'json') {
    io.out(formatJson(diagnostics, options.lang) + '\n');
    return;
  }
  if (diagnostics.length === 0) return;
  const color = io.color;
  io.err(formatHuman(diagnostics, { lang: options.lang, color, sources, ...(options.frames === false ? { frames: false } : {}) }) + '\n');
}
