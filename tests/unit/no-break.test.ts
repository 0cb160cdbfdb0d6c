import { describe, expect, it } from 'vitest';
import { bindTokens } from '../../src/layout/no-break.js';

const show = (s: string) => s.replaceAll('\u00A0', '~').replaceAll('\u2011', '=');

describe('bindTokens: where a line must not break', () => {
  it('keeps a ký hiệu whole: its hyphens do not break', () => {
    expect(show(bindTokens('Tờ trình số 1342/TTr-STTTT ngày 12/5/2025'))).toBe('Tờ trình số 1342/TTr=STTTT ngày 12/5/2025');
    expect(show(bindTokens('Kế hoạch số 19/KH-BCĐ138/CP'))).toBe('Kế hoạch số 19/KH=BCĐ138/CP');
    expect(show(bindTokens('Quyết định số 2546/QĐ-TTg,'))).toBe('Quyết định số 2546/QĐ=TTg,');
  });

  it('keeps a number with its percent sign', () => {
    expect(show(bindTokens('đạt 100 % được hỗ trợ, giảm 28,6 %'))).toBe('đạt 100~% được hỗ trợ, giảm 28,6~%');
    expect(bindTokens('đạt 100% số xã')).toBe('đạt 100% số xã');
  });

  it('keeps a minus sign and a range of numbers whole', () => {
    expect(show(bindTokens('-1 (-33,3%)'))).toBe('=1 (=33,3%)');
    expect(show(bindTokens('giai đoạn 2016-2020'))).toBe('giai đoạn 2016=2020');
  });

  it('never lets a dash inside a line open the next one', () => {
    expect(show(bindTokens('Bộ Lao động - Thương binh và Xã hội'))).toBe('Bộ Lao động~- Thương binh và Xã hội');
    expect(show(bindTokens('giai đoạn 2021 – 2025'))).toBe('giai đoạn 2021~– 2025');
  });

  it('leaves a bullet\'s own dash and plain words alone', () => {
    expect(bindTokens('- Như Điều 3;')).toBe('- Như Điều 3;');
    expect(bindTokens('Lao động-Thương binh')).toBe('Lao động-Thương binh');
    expect(bindTokens('ngày 12/5 và 6/2024')).toBe('ngày 12/5 và 6/2024');
  });
});
