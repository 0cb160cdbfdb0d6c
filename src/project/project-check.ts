import { dirname, relative } from 'node:path';
import { resolveReference } from '../load/references.js';

/**
 * Files vanban writes for people to keep (sub-plans, report scaffolds) name others by
 * path: the agency registry, the plan, the outline. A file is read only inside the
 * project of the file naming it (load/references.ts), so one written into another
 * project cannot be checked or built there without --root. These say so when it is written.
 */

/** The project `written` belongs to (as shown to the user), when it does not hold `named` (absolute paths); else undefined. */
export function projectNotHolding(written: string, named: string): string | undefined {
  const ref = resolveReference(written, relative(dirname(written), named));
  return 'outside' in ref ? ref.outside.root : undefined;
}
