import type { AgencyInput } from '../load/types.js';

/** Keys whose values name agencies by id, in every kind of file. */
const AGENCY_KEYS = new Set(['lead', 'support', 'performers', 'agency', 'from', 'to', 'via', 'issuing_agency', 'respondents', 'members']);

/**
 * The agency ids a document names anywhere (assignments, recipients,
 * reporting duties, executors, respondents). `agencies` is the registry's path
 * at the top of a file and a list of ids deeper down.
 */
export function agencyIdsNamed(data: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (v: unknown, agencyKey: boolean, depth: number): void => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, agencyKey, depth + 1));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (agencyKey && typeof o.id === 'string') ids.add(o.id);
      for (const [k, x] of Object.entries(o)) visit(x, AGENCY_KEYS.has(k) || (k === 'agencies' && depth > 0), depth + 1);
    } else if (typeof v === 'string' && agencyKey) ids.add(v);
  };
  visit(data, false, 0);
  return ids;
}

/**
 * The registry's agencies that nothing names: not named by any document that
 * uses the registry, not a member of a named group, not the body a named
 * agency answers to, not the issuer or a body above it. In registry order.
 */
export function unusedAgencies(registry: readonly AgencyInput[], named: ReadonlySet<string>): AgencyInput[] {
  const used = new Set(named);
  const byId = new Map(registry.map((a) => [a.id, a]));
  for (const id of named) {
    const a = byId.get(id);
    if (a?.kind !== 'group') continue;
    for (const m of a.members ?? []) used.add(m);
    for (const other of registry) if (a.includes?.includes(other.kind)) used.add(other.id);
  }
  for (const id of [...used]) {
    const parent = byId.get(id)?.parent;
    if (parent) used.add(parent);
  }
  // The issuer and the bodies above it are listed to be cited and to head documents, not to be given tasks.
  return registry.filter((a) => !used.has(a.id) && a.kind !== 'issuer' && a.kind !== 'superior');
}
