import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/import/targets.js';

describe('readTargets (made-up objective sentences)', () => {
  const ids = () => {
    let n = 0;
    return () => `t${++n}`;
  };
  it('a clause with a percentage becomes a target, the sentence keeps its place; the words do not change', () => {
    const text = 'Giảm số vụ phạm tội; bảo đảm ít nhất 80% xã có tổ tự quản. Tỷ lệ giải quyết đạt trên 90,5% tổng số tin báo.';
    const r = readTargets(text, ids());
    expect(r.text).toBe('Giảm số vụ phạm tội; {target:t1}. {target:t2}.');
    expect(r.targets).toEqual([
      { id: 't1', text: 'bảo đảm ít nhất 80% xã có tổ tự quản', comparator: '>=', value: 80, unit: '%' },
      { id: 't2', text: 'Tỷ lệ giải quyết đạt trên 90,5% tổng số tin báo', comparator: '>', value: 90.5, unit: '%' },
    ]);
    expect(r.text.replace(/\{target:(t\d)\}/g, (_m, id: string) => r.targets.find((t) => t.id === id)!.text)).toBe(text);
  });
  it('"dưới", "không quá" and a plain number read as they say; a sentence without a percentage is left alone', () => {
    expect(readTargets('Tỷ lệ tái phạm dưới 5%.', ids()).targets[0]!.comparator).toBe('<');
    expect(readTargets('Chi phí không quá 10% kinh phí.', ids()).targets[0]!.comparator).toBe('<=');
    expect(readTargets('100% cán bộ được tập huấn.', ids()).targets[0]!.comparator).toBe('=');
    expect(readTargets('Tổ chức tập huấn cho cán bộ.', ids())).toEqual({ text: 'Tổ chức tập huấn cho cán bộ.', targets: [] });
  });
});
