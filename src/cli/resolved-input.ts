import type { ResolvedPlan } from '../plan/types.js';
import type { Project } from '../project/project.js';
import { checkPlan } from '../validate/check-plan.js';
import { printDiagnostics, type ReportOptions } from './report.js';

/** A plan checked and resolved by the project for a command that reads it; its diagnostics printed, and undefined, when it is not valid. */
export async function resolvedPlanOrReport(path: string, project: Project, o: ReportOptions): Promise<ResolvedPlan | undefined> {
  const checked = await checkPlan(path, project.world);
  if (!checked.plan) {
    printDiagnostics(checked.diagnostics, checked.sources, o);
    return undefined;
  }
  return project.resolve(checked.plan);
}
