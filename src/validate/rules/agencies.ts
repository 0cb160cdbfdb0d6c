import type { AgencyInput } from '../../load/types.js';
import type { PlanIndex } from '../plan-index.js';
import { error, type Finding } from './finding.js';

/** Every agency reference resolves; nobody both leads and supports one task. */
export function checkAgencies(index: PlanIndex, registry: ReadonlyMap<string, AgencyInput>): Finding[] {
  const out: Finding[] = [];
  const known = [...registry.keys()];
  for (const use of index.agencies) {
    if (!registry.has(use.value.id)) {
      const hint = closest(use.value.id, known);
      out.push(error('unknown-agency', use.path, { id: use.value.id, ...(hint ? { hint } : {}) }));
    }
  }
  for (const task of index.tasks) {
    const leads = new Set(task.value.lead.map((l) => l.value));
    for (const s of task.value.support) {
      if (leads.has(s.value)) out.push(error('lead-also-support', s.path, { id: s.value }));
    }
  }
  return out;
}

/** A group's members and an agency's parent body name agencies of the registry (not groups). */
export function checkGroups(agencies: readonly AgencyInput[]): Finding[] {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const out: Finding[] = [];
  agencies.forEach((a, i) => {
    (a.members ?? []).forEach((m, j) => {
      const member = byId.get(m);
      const path = ['agencies', i, 'members', j];
      if (!member) out.push(error('unknown-agency', path, { id: m, ...(closest(m, [...byId.keys()]) ? { hint: closest(m, [...byId.keys()])! } : {}) }, 'registry'));
      else if (member.kind === 'group') out.push(error('agency-not-group', path, { id: m }, 'registry'));
    });
    if (a.parent !== undefined) {
      const parent = byId.get(a.parent);
      const path = ['agencies', i, 'parent'];
      if (!parent || parent.id === a.id) {
        const hint = closest(a.parent, [...byId.keys()].filter((id) => id !== a.id));
        out.push(error('unknown-agency', path, { id: a.parent, ...(hint ? { hint } : {}) }, 'registry'));
      }
      else if (parent.kind === 'group') out.push(error('parent-is-group', path, { id: a.parent }, 'registry'));
    }
  });
  return out;
}

/** The nearest id within a small edit distance, as a "did you mean". */
export function closest(id: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const c of candidates) {
    const d = editDistance(id, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
