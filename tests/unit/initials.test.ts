import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../src/text/slug.js';

describe('initialsOf (a ký hiệu suggested from an agency name)', () => {
  it('takes each word\'s first letter, keeps Đ, leaves out the linking words', () => {
    expect(initialsOf('Công an tỉnh')).toBe('CAT');
    expect(initialsOf('Sở Tư pháp')).toBe('STP');
    expect(initialsOf('Ban Chỉ đạo')).toBe('BCĐ');
    expect(initialsOf('Sở Lao động - Thương binh và Xã hội')).toBe('SLĐTBXH');
    expect(initialsOf('Ủy ban nhân dân')).toBe('UBND');
  });
});
