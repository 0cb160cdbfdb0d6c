import type { AgencyInput } from '../load/types.js';

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
