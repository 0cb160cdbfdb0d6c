import { resolve, sep } from 'node:path';
import { projectNotHolding } from '../project/project-check.js';
import type { Strings } from './strings.js';

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
