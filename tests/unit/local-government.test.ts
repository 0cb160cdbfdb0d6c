import { describe, expect, it } from 'vitest';
import { localityOf } from '../../src/text/local-government.js';

describe("a people's committee's own locality", () => {
  it('is the name after its level, at every level', () => {
    expect(localityOf('Ủy ban nhân dân huyện Yên Mô')).toBe('Yên Mô');
    expect(localityOf('Ủy ban nhân dân thành phố Tam Điệp')).toBe('Tam Điệp');
    expect(localityOf('UBND thị xã Ayun Pa')).toBe('Ayun Pa');
    expect(localityOf('Ủy ban nhân dân xã Mẫu 12')).toBe('Mẫu 12');
    expect(localityOf('Ủy ban nhân dân phường Đông Thành')).toBe('Đông Thành');
  });
  it('is none for a body that is not a local committee, or a province', () => {
    expect(localityOf('Sở Tư pháp')).toBeUndefined();
    expect(localityOf('Ủy ban nhân dân tỉnh Ninh Bình')).toBeUndefined();
    expect(localityOf('Ủy ban nhân dân các huyện, thành phố')).toBeUndefined();
  });
});
