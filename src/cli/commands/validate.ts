import { io } from '../io.js';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { checkInput } from '../../project/documents.js';
import { expandInputs } from '../../project/inputs.js';
import { EXIT } from '../../project/exit-codes.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import type { ProjectSettings } from '../../project/project.js';
import { openProjectOrSay } from '../open-project.js';
import type { Strings } from '../strings.js';

export async function validateCommand(files: readonly string[], options: ReportOptions & { readonly project: ProjectSettings }, s: Strings): Promise<number> {
  const project = openProjectOrSay(options.project, options, s);
  if (!project) return EXIT.usage;
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const file of expandInputs(files, undefined, project.world)) {
    const result = await checkInput(file, project);
    all.push(...result.diagnostics);
    for (const [k, v] of result.sources) sources.set(k, v);
    if (options.format === 'human' && !hasErrors(result.diagnostics)) io.err(s.valid(file) + '\n');
  }
  printDiagnostics(all, sources, options);
  return hasErrors(all) ? EXIT.invalidInput : EXIT.ok;
}
