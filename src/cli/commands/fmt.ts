import type { Diagnostic } from '../../diagnostics/types.js';
import { nodeWorld } from '../../env/world.js';
import { formatYaml } from '../../fmt/format-yaml.js';
import { decodeUtf8, readBytes } from '../../load/load-yaml.js';
import { expandInputs } from '../../project/inputs.js';
import { EXIT } from '../../project/exit-codes.js';
import { io } from '../io.js';
import { writeNewFile } from '../../project/output-file.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import type { Strings } from '../strings.js';

export interface FmtOptions extends ReportOptions {
  readonly check: boolean;
}

/** Every kind of file vanban reads; a folder is searched for these. */
const KINDS = ['plan', 'agencies', 'outline', 'report', 'decision', 'progress'];

/**
 * `vanban fmt [--check] FILE…`: writes each file in the one canonical layout
 * (src/fmt). A file is rewritten only when formatYaml has verified the data,
 * every comment and a second run; --check writes nothing and exits 1 naming
 * the files that would change.
 */
export async function fmtCommand(paths: readonly string[], options: FmtOptions, s: Strings): Promise<number> {
  const problems: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let failed = false;
  let changed = 0;
  const files = expandInputs(paths, KINDS);
  for (const f of files) {
    const bytes = await readBytes(f, nodeWorld);
    const text = bytes instanceof Uint8Array ? decodeUtf8(f, bytes) : bytes;
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    const r = formatYaml(f, text);
    if (r.kind === 'unparsable') {
      problems.push(...r.diagnostics);
      sources.set(f, text);
      continue;
    }
    if (r.kind === 'unsafe') {
      io.err(s.fmtUnsafe(f, r.reason) + '\n');
      failed = true;
      continue;
    }
    if (!r.changed) continue;
    changed++;
    if (options.check) {
      io.out(s.fmtWouldChange(f) + '\n');
      continue;
    }
    const outcome = writeNewFile(f, r.text, { force: true });
    if (outcome.kind === 'written') io.err(s.fmtWritten(f) + '\n');
    else {
      io.err(s.fmtUnsafe(f, 'write') + '\n');
      failed = true;
    }
  }
  printDiagnostics(problems, sources, options);
  if (options.check && changed === 0 && problems.length === 0 && !failed) io.err(s.fmtClean(files.length) + '\n');
  return problems.length > 0 || failed || (options.check && changed > 0) ? EXIT.invalidInput : EXIT.ok;
}
