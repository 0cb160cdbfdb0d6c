import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/text/shorten.js';

describe('shorten', () => {
  it('keeps a short text whole, on one line', () => {
    expect(shorten('Mục tiêu,\n  yêu cầu', 60)).toBe('Mục tiêu, yêu cầu');
  });
  it('cuts at a space, never inside a word, and drops the punctuation before the cut', () => {
    const t = 'Thay đổi trong tình hình mua bán người tại Việt Nam: đặc điểm, xu hướng';
    expect(shorten(t, 60)).toBe('Thay đổi trong tình hình mua bán người tại Việt Nam: đặc…');
    expect(shorten(t, 53)).toBe('Thay đổi trong tình hình mua bán người tại Việt Nam…');
    for (let n = 5; n < t.length; n++) {
      const s = shorten(t, n);
      expect(s.length).toBeLessThanOrEqual(n);
      expect(t.startsWith(s.slice(0, -1).replace(/[\s,;:.]+$/, ''))).toBe(true);
      const lastWord = s.slice(0, -1).split(' ').at(-1)!.replace(/[,;:.]$/, '');
      expect(t.split(/[\s,;:.]+/)).toContain(lastWord);
    }
  });
  it('a single word longer than the limit is cut at the limit', () => {
    expect(shorten('https://example.org/a/very/long/path', 10)).toBe('https://e…');
  });
});
