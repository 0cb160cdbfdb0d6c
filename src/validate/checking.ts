import type { World } from '../env/world.js';
import type { PlanToResolve, ResolvedPlan } from '../plan/types.js';

/**
 * What the checks of a file that names a plan need: the world to read through and
 * the project's way to resolve that plan (with its phrases). A Project is one.
 */
export interface Checking {
  readonly world: World;
  resolve(plan: PlanToResolve): ResolvedPlan;
}
