import type { PlanInput, SectionInput, TargetInput } from './types.js';

/** Every target (chỉ tiêu) of a plan, in document order: section lists and those placed inside items. */
export function planTargets(plan: PlanInput): TargetInput[] {
  const walk = (s: SectionInput): TargetInput[] => [
    ...(s.targets ?? []), ...(s.items ?? []).flatMap((i) => i.targets ?? []), ...(s.sections ?? []).flatMap(walk),
  ];
  return plan.sections.flatMap(walk);
}
