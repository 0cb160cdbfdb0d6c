import type { ReportInput } from '../load/report-types.js';
import type { AgencyInput } from '../load/types.js';
import type { ResolvedPlan } from '../plan/types.js';
import type { ResolvedOutline } from './resolve-outline.js';

/** An outline (đề cương) that passed every check (validate/check-outline.ts), with its registry. */
export interface CheckedOutline {
  readonly path: string;
  /** Numbers, parts, heading levels and respondents, resolved once. */
  readonly resolved: ResolvedOutline;
  readonly agencies: ReadonlyMap<string, AgencyInput>;
}

/** A report that passed every check (validate/check-report.ts), with the outline and plan it answers. */
export interface CheckedReport {
  readonly path: string;
  readonly input: ReportInput;
  readonly outline: CheckedOutline;
  readonly plan?: ResolvedPlan;
}
