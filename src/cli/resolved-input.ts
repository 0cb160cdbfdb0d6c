import { nodeWorld } from '../env/world.js';
import { resolvePlan } from '../plan/resolve.js';
import type { ResolvedPlan } from '../plan/types.js';
import { checkPlan } from '../validate/check-plan.js';
import { printDiagnostics, type ReportOptions } from './report.js';

/** A plan checked and resolved for a command that reads it; its diagnostics printed, and undefined, when it is not valid. */
export async function resolvedPlanOrReport(path: string, o: ReportOptions): Promise<ResolvedPlan | undefined> {
  const checked = await checkPlan(path, nodeWorld);
  if (!checked.plan) {
    printDiagnostics(checked.diagnostics, checked.sources, o);
    return undefined;
  }
  return resolvePlan(checked.plan);
}
