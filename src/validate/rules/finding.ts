import type { Severity } from '../../diagnostics/types.js';
import type { JsonPath } from '../../load/source-file.js';

/** What a rule reports: a code and a JSON path in one of the input files. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly file: 'plan' | 'registry';
  readonly path: JsonPath;
  readonly at?: 'key' | 'value';
  readonly args: Readonly<Record<string, string | number>>;
}

export const error = (code: string, path: JsonPath, args: Finding['args'] = {}, file: Finding['file'] = 'plan'): Finding =>
  ({ code, severity: 'error', file, path, args });

export const warning = (code: string, path: JsonPath, args: Finding['args'] = {}, file: Finding['file'] = 'plan'): Finding =>
  ({ code, severity: 'warning', file, path, args });
