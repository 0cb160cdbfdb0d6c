import type { OutlineInput } from '../load/outline-types.js';
import type { ReportInput } from '../load/report-types.js';
import type { AgencyInput } from '../load/types.js';
import type { ResolvedPlan } from '../plan/types.js';
import type { OutlineIndex } from './outline-index.js';

/** An outline (đề cương) that passed every check (validate/check-outline.ts), with its registry. */
export interface CheckedOutline {
  readonly path: string;
  readonly input: OutlineInput;
  readonly agencies: ReadonlyMap<string, AgencyInput>;
}

/** A report that passed every check (validate/check-report.ts), with the outline and plan it answers. */
export interface CheckedReport {
  readonly path: string;
  readonly input: ReportInput;
  readonly outline: CheckedOutline;
  readonly index: OutlineIndex;
  readonly plan?: ResolvedPlan;
}
