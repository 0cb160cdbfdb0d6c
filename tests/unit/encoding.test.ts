import { describe, expect, it } from 'vitest';
import { detectEncodingProblem } from '../../src/validate/rules/text-encoding.js';

describe('detectEncodingProblem', () => {
  it('accepts NFC Vietnamese, including capitals with stacked marks', () => {
    for (const t of ['Phòng, chống mua bán người', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Ủy ban nhân dân tỉnh Đồng Nai', '“bảo vệ an ninh con người”'])
      expect(detectEncodingProblem(t)).toBeUndefined();
  });
  it('flags decomposed (NFD) text', () => {
    expect(detectEncodingProblem('Phòng chống'.normalize('NFD'))?.code).toBe('not-nfc');
  });
  it('flags UTF-8 read as Windows-1252', () => {
    expect(detectEncodingProblem('PhÃ²ng, chá»‘ng')).toMatchObject({ code: 'legacy-encoding' });
  });
  it('flags TCVN3 (ABC) text', () => {
    expect(detectEncodingProblem('C«ng an tØnh')).toMatchObject({ code: 'legacy-encoding', encoding: 'TCVN3 (ABC)' });
  });
  it('flags VNI text', () => {
    expect(detectEncodingProblem('Coâng an tænh Vieät Nam')).toMatchObject({ code: 'legacy-encoding', encoding: 'VNI' });
  });
});
