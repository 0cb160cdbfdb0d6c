import type { Diagnostic } from '../diagnostics/types.js';
import { nodeWorld, type World } from '../env/world.js';
import { buildOutlineDocument } from '../model/build-outline.js';
import { buildPlanDocument } from '../model/build-plan.js';
import type { Document } from '../model/types.js';
import { loadTemplates, type TemplateSet } from '../template/environment.js';
import type { TemplateError } from '../template/template-error.js';
import { checkOutline } from '../validate/check-outline.js';
import { checkPlan } from '../validate/check-plan.js';
import { checkReport } from '../validate/check-report.js';
import { checkRegistry } from '../validate/registry.js';
import { checkDecision } from '../validate/check-decision.js';
import { checkProgress } from '../validate/check-progress.js';
import { buildProgressDocument } from '../model/build-progress.js';
import { buildDecisionDocument } from '../model/build-decision.js';
import { buildReportDocument } from '../model/build-report.js';
import { withSource } from './embedded-source.js';
import { kindOf } from './inputs.js';

/** A checked input of any kind, ready to become a document when it has no errors. */
export interface CheckedInput {
  readonly diagnostics: Diagnostic[];
  readonly sources: Map<string, string>;
  readonly build?: (templates: Templates) => Document;
}

/** Template sets by document kind, loaded once per run (with a province's overrides). */
export class Templates {
  private readonly sets = new Map<string, TemplateSet>();
  constructor(private readonly overrideDir?: string) {}
  get(kind: string): TemplateSet {
    let set = this.sets.get(kind);
    if (!set) {
      set = loadTemplates(kind, this.overrideDir);
      this.sets.set(kind, set);
    }
    return set;
  }
  /** The province template to blame for malformed markup, if one is in use. */
  culprit(): TemplateError | undefined {
    for (const set of this.sets.values()) {
      const found = set.culprit?.();
      if (found) return found;
    }
    return undefined;
  }
}

/**
 * Routes a file to the checks of its kind: plans by default; decisions, outlines,
 * reports and agency registries when they say so. Whatever it builds carries the
 * data it was built from (embedded-source.ts).
 */
export async function checkInput(path: string, options: { gaps?: boolean; root?: string } = {}): Promise<CheckedInput> {
  const checked = await checkKind(path, options);
  const build = checked.build;
  return build ? { ...checked, build: (t: Templates) => withSource(build(t), path, checked.sources) } : checked;
}

async function checkKind(path: string, options: { gaps?: boolean; root?: string }): Promise<CheckedInput> {
  const world: World = options.root ? { ...nodeWorld, projectRoot: options.root } : nodeWorld;
  if (kindOf(path) === 'report') {
    const r = await checkReport(path, world, options);
    const report = r.report;
    return { diagnostics: r.diagnostics, sources: r.sources, ...(report ? { build: (t: Templates) => buildReportDocument(report, t.get('report')) } : {}) };
  }
  if (kindOf(path) === 'decision') {
    const r = await checkDecision(path, world);
    const decision = r.decision;
    return {
      diagnostics: r.diagnostics, sources: r.sources,
      ...(decision ? { build: (t: Templates) => buildDecisionDocument(decision, t.get('decision'), (k) => t.get(k)) } : {}),
    };
  }
  if (kindOf(path) === 'progress') {
    const r = await checkProgress(path, world);
    const progress = r.progress;
    return { diagnostics: r.diagnostics, sources: r.sources, ...(progress ? { build: (t: Templates) => buildProgressDocument(progress, t.get('progress')) } : {}) };
  }
  if (kindOf(path) === 'agencies') {
    // A registry is checked, never built: it becomes part of the plans that name it.
    const r = await checkRegistry(path, world);
    return { diagnostics: r.diagnostics, sources: r.sources };
  }
  if (kindOf(path) === 'outline') {
    const r = await checkOutline(path, world);
    const outline = r.outline;
    return { diagnostics: r.diagnostics, sources: r.sources, ...(outline ? { build: (t: Templates) => buildOutlineDocument(outline.input, t.get('outline')) } : {}) };
  }
  const r = await checkPlan(path, world);
  const plan = r.plan;
  return { diagnostics: r.diagnostics, sources: r.sources, ...(plan ? { build: (t: Templates) => buildPlanDocument(plan, t.get('plan'), (k) => t.get(k)) } : {}) };
}
