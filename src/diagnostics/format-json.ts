import { messageFor, type Lang } from './messages.js';
import { sortDiagnostics, type Diagnostic } from './types.js';

/** Machine-readable report for editors and CI: the diagnostics plus their rendered message. */
export function formatJson(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return JSON.stringify(
    sortDiagnostics(diagnostics).map((d) => ({ ...d, message: messageFor(d.code, d.args, lang) })),
    null,
    2,
  );
}
