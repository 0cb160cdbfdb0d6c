import type { AgencyInput, Lines } from '../load/types.js';

/**
 * The line above an agency's name when it issues a document of its own under a
 * plan (NĐ 30 ô 2, tên cơ quan chủ quản): the body the registry names as its
 * parent; none for a district or commune People's Committee, which heads itself;
 * else the body the plan's issuer stands under when that is a People's Committee
 * (a Sở under a Ban Chỉ đạo plan is under the UBND tỉnh, not the Ban Chỉ đạo): the
 * plan's own parent body, or the registry's superior; else the plan's issuer (a Sở
 * under the UBND tỉnh's own plan).
 */
export function parentBodyOf(agency: AgencyInput, agencies: ReadonlyMap<string, AgencyInput>, plan: { readonly issuer: Lines; readonly parent_body?: Lines }): Lines | undefined {
  if (agency.parent !== undefined) return agencies.get(agency.parent)?.name.toLocaleUpperCase('vi');
  if (agency.kind === 'district' || agency.kind === 'commune') return undefined;
  const issuer = [plan.issuer].flat().join(' ');
  if (isPeoplesCommittee(issuer)) return plan.issuer;
  if (plan.parent_body !== undefined && isPeoplesCommittee([plan.parent_body].flat().join(' '))) return plan.parent_body;
  const superior = [...agencies.values()].find((a) => a.kind === 'superior' && isPeoplesCommittee(a.name));
  if (superior) return superior.name.toLocaleUpperCase('vi');
  return plan.parent_body ?? plan.issuer;
}

const isPeoplesCommittee = (name: string) => /^(?:ủy ban nhân dân|ubnd)\b/iu.test(name.trim());
