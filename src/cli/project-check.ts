import { dirname, relative, resolve, sep } from 'node:path';
import { resolveReference } from '../load/references.js';
import type { Strings } from './strings.js';

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

/** The deepest folder holding both absolute paths: the --root that lets one read the other. */
function commonFolder(a: string, b: string): string {
  const x = a.split(sep);
  const y = b.split(sep);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return x.slice(0, n).join(sep) || sep;
}

/** For a scaffold just written to `written` (shown as `shown`): a note for each file it names that its project does not hold. */
export function scaffoldNotes(written: string, shown: string, named: readonly string[], s: Strings): string[] {
  return named.flatMap((n) => {
    const root = projectNotHolding(written, resolve(n));
    return root === undefined ? [] : [s.scaffoldOutsideProject(shown, n, root, commonFolder(written, resolve(n)))];
  });
}
