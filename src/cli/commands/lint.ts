import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { checkInput } from '../documents.js';
import { expandInputs } from '../inputs.js';
import { EXIT } from '../exit-codes.js';
import { printDiagnostics, type ReportOptions } from '../report.js';

/** `vanban lint REPORT…`: every check, plus empty nodes and table gaps as warnings. */
export async function lintCommand(files: readonly string[], options: ReportOptions): Promise<number> {
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const f of expandInputs(files, ['report'])) {
    const r = await checkInput(f, { gaps: true });
    all.push(...r.diagnostics);
    for (const [k, v] of r.sources) sources.set(k, v);
  }
  printDiagnostics(all, sources, options);
  return hasErrors(all) ? EXIT.invalidInput : EXIT.ok;
}
