import { describe, expect, it } from 'vitest';
import { headingConfidence } from '../../src/import/confidence.js';

describe('headingConfidence', () => {
  it('is sure of a Roman heading in capitals on top, of "1." and "2.1." below, and of any heading carrying vanban\'s id', () => {
    expect(headingConfidence({ style: 'roman', text: 'MỤC TIÊU, YÊU CẦU' }, 0, false)).toEqual({ confidence: 'high', doubts: [] });
    expect(headingConfidence({ style: 'arabic', text: 'Công tác truyền thông' }, 1, false).confidence).toBe('high');
    expect(headingConfidence({ style: 'arabic-path', text: 'Nhiệm vụ của các sở, ngành' }, 2, false).confidence).toBe('high');
    expect(headingConfidence({ style: 'plain', text: 'Đoạn văn', ids: ['muc-tieu'] }, 0, true).confidence).toBe('high');
  });

  it('is less sure of a list mark with paragraphs under it, a top heading in sentence case, or a title that reads as a sentence', () => {
    expect(headingConfidence({ style: 'letter', text: 'Tổ chức thực hiện chiến lược truyền thông' }, 2, false)).toEqual({ confidence: 'medium', doubts: ['list-mark'] });
    expect(headingConfidence({ style: 'roman', text: 'Mục tiêu, yêu cầu' }, 0, false)).toEqual({ confidence: 'medium', doubts: ['top-not-capitals'] });
    expect(headingConfidence({ style: 'arabic', text: 'Các sở, ngành căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện.' }, 1, false).doubts).toEqual(['sentence-like']);
  });

  it('is least sure of a paragraph without a number, or a list item, taken as a heading, and of a very long one', () => {
    expect(headingConfidence({ style: 'plain', text: 'Kinh phí' }, 0, true)).toEqual({ confidence: 'low', doubts: ['promoted', 'unnumbered'] });
    expect(headingConfidence({ style: 'arabic', text: 'x'.repeat(201) }, 1, false)).toEqual({ confidence: 'low', doubts: ['long'] });
  });
});
