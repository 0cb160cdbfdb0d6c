import { codeFrameColumns } from '@babel/code-frame';
import pc from 'picocolors';
import { messageFor, type Lang } from './messages.js';
import { frameExcerpt, terminalSafe } from './terminal-safe.js';
import { sortDiagnostics, type Diagnostic } from './types.js';

export interface HumanFormatOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** Source texts by file, for code frames. */
  readonly sources: ReadonlyMap<string, string>;
  /** Code frames under each problem (default); false: one line a problem. */
  readonly frames?: boolean;
}

const WORDS = {
  vi: { error: 'lỗi', warning: 'cảnh báo', summary: (e: number, w: number) => `${e} lỗi, ${w} cảnh báo` },
  en: {
    error: 'error', warning: 'warning',
    summary: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
  },
} as const;

/** eslint-like report: one block a problem with its code frame, then a one-line summary. */
export function formatHuman(diagnostics: readonly Diagnostic[], options: HumanFormatOptions): string {
  const c = pc.createColors(options.color);
  const words = WORDS[options.lang];
  const out: string[] = [];
  for (const d of sortDiagnostics(diagnostics)) {
    const where = terminalSafe(`${d.file}:${d.start.line}:${d.start.column}`);
    const sev = d.severity === 'error' ? c.red(words.error) : c.yellow(words.warning);
    out.push(`${c.bold(where)} ${sev} ${c.dim(`[${d.code}]`)} ${terminalSafe(messageFor(d.code, d.args, options.lang))}`);
    const source = options.sources.get(d.file);
    if (options.frames === false) continue;
    if (source !== undefined && d.start.line > 0) {
      const sameLine = d.end && d.end.line === d.start.line ? d.end.column : undefined;
      const excerpt = frameExcerpt(source, d.start.line, d.start.column, sameLine);
      const frame = codeFrameColumns(
        excerpt.text,
        { start: { line: d.start.line, column: excerpt.column }, ...(excerpt.endColumn !== undefined ? { end: { line: d.start.line, column: excerpt.endColumn } } : {}) },
        { highlightCode: false, linesAbove: 1, linesBelow: 1 },
      );
      out.push(frame.split('\n').map((l) => `  ${l}`).join('\n'));
    }
    out.push('');
  }
  if (options.frames === false) out.push('');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  out.push(errors > 0 ? c.red(words.summary(errors, warnings)) : words.summary(errors, warnings));
  return out.join('\n');
}
