import { describe, expect, it } from 'vitest';
import { headTitleOf, lowerFirst, upperFirst } from '../../src/text/case.js';

describe('sentence case at the joins', () => {
  it('lowers the first word after a lead-in, but never an agency name (Vietnamese words end where \\b does not see)', () => {
    expect(lowerFirst('Tổ chức triển khai các hoạt động')).toBe('tổ chức triển khai các hoạt động');
    expect(lowerFirst('Sở Tư pháp hướng dẫn')).toBe('Sở Tư pháp hướng dẫn');
    expect(lowerFirst('Công an tỉnh chủ trì')).toBe('Công an tỉnh chủ trì');
    expect(lowerFirst('UBND các huyện')).toBe('UBND các huyện');
    expect(lowerFirst('Sởn gai ốc')).toBe('sởn gai ốc');
    expect(upperFirst('các sở, ngành thực hiện')).toBe('Các sở, ngành thực hiện');
  });
  it('guesses the head\'s title from the agency\'s name', () => {
    expect(headTitleOf('Sở Tư pháp')).toBe('GIÁM ĐỐC');
    expect(headTitleOf('Ủy ban nhân dân huyện Gia Viễn')).toBe('CHỦ TỊCH');
    expect(headTitleOf('Công an tỉnh Ninh Bình')).toBe('GIÁM ĐỐC');
    expect(headTitleOf('Báo Ninh Bình')).toBe('THỦ TRƯỞNG CƠ QUAN');
  });
});
