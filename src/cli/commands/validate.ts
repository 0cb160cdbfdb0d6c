import { io } from '../io.js';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { checkInput } from '../documents.js';
import { expandInputs } from '../inputs.js';
import { EXIT } from '../exit-codes.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import type { Strings } from '../strings.js';

export async function validateCommand(files: readonly string[], options: ReportOptions & { readonly root?: string }, s: Strings): Promise<number> {
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const file of expandInputs(files)) {
    const result = await checkInput(file, options.root ? { root: options.root } : {});
    all.push(...result.diagnostics);
    for (const [k, v] of result.sources) sources.set(k, v);
    if (options.format === 'human' && !hasErrors(result.diagnostics)) io.err(s.valid(file) + '\n');
  }
  printDiagnostics(all, sources, options);
  return hasErrors(all) ? EXIT.invalidInput : EXIT.ok;
}
