import type { Located } from '../plan-index.js';
import { error, type Finding } from './finding.js';

/** Ids are one namespace per file: sub-plans and diffs find a task by its id alone. */
export function checkDuplicateIds(ids: ReadonlyArray<Located<string>>, lineOf: (l: Located<string>) => number, file: Finding['file']): Finding[] {
  const first = new Map<string, Located<string>>();
  const out: Finding[] = [];
  for (const id of ids) {
    const seen = first.get(id.value);
    if (seen) out.push(error('duplicate-id', id.path, { id: id.value, firstLine: lineOf(seen) }, file));
    else first.set(id.value, id);
  }
  return out;
}
