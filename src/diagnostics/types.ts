/** Diagnostics are data: a stable code, where, and the values its message needs. */

export type Severity = 'error' | 'warning';

/** 1-based line and column, as editors show them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly file: string;
  readonly start: Position;
  readonly end?: Position;
  /** Values the message template fills in. */
  readonly args: Readonly<Record<string, string | number>>;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.start.line - b.start.line ||
      a.start.column - b.start.column ||
      a.code.localeCompare(b.code),
  );
}
