import type { Diagnostic } from '../diagnostics/types.js';
import { buildOutlineDocument } from '../model/build-outline.js';
import { buildPlanDocument, type PlanToBuild } from '../model/build-plan.js';
import { buildProgressDocument } from '../model/build-progress.js';
import { buildDecisionDocument } from '../model/build-decision.js';
import { buildReportDocument } from '../model/build-report.js';
import type { Document } from '../model/types.js';
import { checkOutline } from '../validate/check-outline.js';
import { checkPlan, type CheckedPlan } from '../validate/check-plan.js';
import { checkReport, type ReportCheckOptions } from '../validate/check-report.js';
import { checkRegistry } from '../validate/registry.js';
import { checkDecision } from '../validate/check-decision.js';
import { checkProgress } from '../validate/check-progress.js';
import { withSource } from './embedded-source.js';
import { kindOf } from './inputs.js';
import type { Project } from './project.js';

/** A checked input of any kind, ready to become a document when it has no errors. */
export interface CheckedInput {
  readonly diagnostics: Diagnostic[];
  readonly sources: Map<string, string>;
  /** template → model with the project's templates (absent: errors, or a registry). */
  readonly build?: () => Document;
}

/** A checked plan, resolved by the project, with the outlines it attaches. */
export const planToBuild = (plan: CheckedPlan, project: Project): PlanToBuild => ({ resolved: project.resolve(plan), appendices: plan.appendices });

/**
 * Routes a file to the checks of its kind: plans by default; decisions, outlines,
 * reports and agency registries when they say so. Whatever it builds carries the
 * data it was built from (embedded-source.ts).
 */
export async function checkInput(path: string, project: Project, options: ReportCheckOptions = {}): Promise<CheckedInput> {
  const checked = await checkKind(path, project, options);
  const build = checked.build;
  return build ? { ...checked, build: () => withSource(build(), path, checked.sources) } : checked;
}

async function checkKind(path: string, project: Project, options: ReportCheckOptions): Promise<CheckedInput> {
  const { world, templates: t } = project;
  const others = (k: string) => t.get(k);
  switch (kindOf(path)) {
    case 'report': {
      const r = await checkReport(path, project, options);
      const report = r.report;
      return { diagnostics: r.diagnostics, sources: r.sources, ...(report ? { build: () => buildReportDocument(report, t.get('report')) } : {}) };
    }
    case 'decision': {
      const r = await checkDecision(path, world);
      const decision = r.decision;
      if (!decision) return { diagnostics: r.diagnostics, sources: r.sources };
      const attachment = decision.attachment ? planToBuild(decision.attachment, project) : undefined;
      return { diagnostics: r.diagnostics, sources: r.sources, build: () => buildDecisionDocument(decision, attachment, t.get('decision'), others, project.phrases) };
    }
    case 'progress': {
      const r = await checkProgress(path, project);
      const progress = r.progress;
      return { diagnostics: r.diagnostics, sources: r.sources, ...(progress ? { build: () => buildProgressDocument(progress, t.get('progress')) } : {}) };
    }
    case 'agencies': {
      // A registry is checked, never built: it becomes part of the plans that name it.
      const r = await checkRegistry(path, world);
      return { diagnostics: r.diagnostics, sources: r.sources };
    }
    case 'outline': {
      const r = await checkOutline(path, world);
      const outline = r.outline;
      return { diagnostics: r.diagnostics, sources: r.sources, ...(outline ? { build: () => buildOutlineDocument(outline.resolved, t.get('outline')) } : {}) };
    }
    default: {
      const r = await checkPlan(path, world);
      const plan = r.plan;
      if (!plan) return { diagnostics: r.diagnostics, sources: r.sources };
      const toBuild = planToBuild(plan, project);
      return { diagnostics: r.diagnostics, sources: r.sources, build: () => buildPlanDocument(toBuild, t.get('plan'), others) };
    }
  }
}
