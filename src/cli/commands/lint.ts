import { nodeWorld } from '../../env/world.js';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { parseSource, positionAt } from '../../load/source-file.js';
import { applyFixes, textFindings } from '../../lint/text-rules.js';
import { checkInput } from '../documents.js';
import { expandInputs } from '../inputs.js';
import { EXIT } from '../exit-codes.js';
import { io } from '../io.js';
import { writeNewFile } from '../output-file.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import type { Strings } from '../strings.js';

export interface LintOptions extends ReportOptions {
  readonly fix: boolean;
}

/**
 * `vanban lint FILE…` for every kind: every check of validate (a report's empty
 * nodes and table gaps too), plus the rules on the words as typed (src/lint) as
 * warnings. --fix applies the safe fixes, only when the file still parses and
 * holds the same structure after them, written atomically; then lints again.
 */
export async function lintCommand(files: readonly string[], options: LintOptions, s?: Strings): Promise<number> {
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const f of expandInputs(files)) {
    if (options.fix && s) await fixFile(f, s);
    const r = await checkInput(f, { gaps: true });
    all.push(...r.diagnostics);
    for (const [k, v] of r.sources) sources.set(k, v);
    // Read as validate reads (a regular file within the size limit: never a FIFO or a device), or not at all.
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await nodeWorld.readFile(f));
    } catch {
      continue;
    }
    const { source, diagnostics } = parseSource(f, text);
    if (diagnostics.length > 0) continue;
    for (const t of textFindings(text, source.doc)) {
      all.push({ code: t.code, severity: 'warning', file: f, start: positionAt(source, t.offset), args: { ...t.args, ...(t.fix ? { fixable: 'yes' } : {}) } });
    }
    sources.set(f, text);
  }
  printDiagnostics(all, sources, options);
  return hasErrors(all) ? EXIT.invalidInput : EXIT.ok;
}

async function fixFile(path: string, s: Strings): Promise<void> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await nodeWorld.readFile(path));
  } catch {
    return;
  }
  let fixed = text;
  // Each pass applies what does not overlap; a few passes settle NFC first, then the rest.
  for (let pass = 0; pass < 4; pass++) {
    const { source, diagnostics } = parseSource(path, fixed);
    if (diagnostics.length > 0) return;
    const next = applyFixes(fixed, textFindings(fixed, source.doc));
    if (next === fixed) break;
    fixed = next;
  }
  if (fixed === text) return;
  const after = parseSource(path, fixed);
  const before = parseSource(path, text);
  // Only words change: the same keys in the same places, or nothing is written.
  if (after.diagnostics.length > 0 || shape(after.source.doc.toJS()) !== shape(before.source.doc.toJS())) {
    io.err(s.fixRefused(path) + '\n');
    return;
  }
  const outcome = writeNewFile(path, fixed, { force: true });
  io.err((outcome.kind === 'written' ? s.fixed(path) : s.fixRefused(path)) + '\n');
}

/** The keys and item counts of a value, without its strings' words. */
function shape(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(shape).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}:${shape(x)}`).join(',')}}`;
  return typeof v;
}
