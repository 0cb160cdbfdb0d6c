import { describe, expect, it } from 'vitest';
import type { AgencyInput } from '../../src/load/types.js';
import { parentBodyOf } from '../../src/plan/parent-body.js';

/** Whose name stands above an agency's in the letterhead of its own sub-plan or report (made-up registry). */
const reg = (...list: AgencyInput[]) => new Map(list.map((a) => [a.id, a]));
const so: AgencyInput = { id: 'so-tu-phap', name: 'Sở Tư pháp', kind: 'member' };
const ubnd: AgencyInput = { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', short: 'UBND tỉnh', kind: 'superior' };
const huyen: AgencyInput = { id: 'ubnd-huyen-x', name: 'UBND huyện X', kind: 'district' };
const bcd = 'BCĐ PHÒNG, CHỐNG TỘI PHẠM TỈNH HÀ TĨNH';

describe('parentBodyOf', () => {
  it('a Sở under a Ban Chỉ đạo plan stands under the provincial People\'s Committee, not the Ban Chỉ đạo (R20)', () => {
    expect(parentBodyOf(so, reg(so, ubnd), { issuer: bcd })).toBe('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH');
    // The plan's own parent body, when it is the People's Committee, as the plan writes it.
    expect(parentBodyOf(so, reg(so, ubnd), { issuer: bcd, parent_body: 'UBND TỈNH HÀ TĨNH' })).toBe('UBND TỈNH HÀ TĨNH');
  });
  it('under the UBND\'s own plan, that UBND; the registry\'s parent first; a district heads itself', () => {
    expect(parentBodyOf(so, reg(so), { issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI'] })).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI']);
    expect(parentBodyOf({ ...so, parent: 'ubnd-tinh' }, reg(so, ubnd), { issuer: bcd })).toBe('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH');
    expect(parentBodyOf(huyen, reg(huyen, ubnd), { issuer: bcd })).toBeUndefined();
  });
  it('with no People\'s Committee to be found, the plan\'s parent body or issuer, as before', () => {
    expect(parentBodyOf(so, reg(so), { issuer: bcd })).toBe(bcd);
  });
});
