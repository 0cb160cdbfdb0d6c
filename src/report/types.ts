import type { AnswerInput, ReportInput } from '../load/report-types.js';
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

/**
 * A report that passed every check (validate/check-report.ts), with the outline and
 * plan it answers. A report that follows no outline gets one made of its own
 * sections (report/sections-outline.ts), so that both print the same way.
 */
export interface CheckedReport {
  readonly path: string;
  readonly input: ReportInput;
  readonly outline: CheckedOutline;
  /** The answers by outline node: the report's own, or its sections' words. */
  readonly answers: Readonly<Record<string, AnswerInput>>;
  /** Follows no outline: its outline is its sections (nothing to merge it with). */
  readonly ownSections?: true;
  readonly plan?: ResolvedPlan;
}

/** A report that answers an outline: an agency's, with its answers; the only kind `report merge` takes. */
export type AnsweringReport = CheckedReport & { readonly input: ReportInput & { readonly agency: string; readonly answers: Readonly<Record<string, AnswerInput>> } };

export const answersAnOutline = (r: CheckedReport): r is AnsweringReport => r.ownSections === undefined && typeof r.input.agency === 'string' && r.input.answers !== undefined;
