import { describe, expect, it } from 'vitest';
import { closingParts, progressSummary } from '../../src/template/progress-view.js';

describe('a progress report\'s summary and closing parts', () => {
  it('counts the tasks the agency was given by role and by status, saying only the statuses there are', () => {
    expect(progressSummary('Sở Tư pháp', ['lead', 'lead', 'support'], ['hoan-thanh', null, 'chua-thuc-hien']))
      .toBe('Kế hoạch giao Sở Tư pháp 3 nhiệm vụ (2 chủ trì, 1 phối hợp): đã hoàn thành 1/3 nhiệm vụ; chưa thực hiện 1; chưa báo cáo 1.');
    expect(progressSummary('Công an tỉnh', ['lead'], ['hoan-thanh'])).toBe('Kế hoạch giao Công an tỉnh 1 nhiệm vụ (1 chủ trì, 0 phối hợp): đã hoàn thành 1/1 nhiệm vụ.');
  });

  it('numbers the parts written, on from the tasks\' part, and leaves out those not written', () => {
    const parts = closingParts({ shortcomings: 'Thiếu kinh phí.', proposals: 'Đề nghị bố trí kinh phí.\n\nĐề nghị tập huấn.' }, 2);
    expect(parts.map((p) => [p.number, p.title, p.subs.map((s) => `${s.number} ${s.title}`), p.paragraphs])).toEqual([
      ['II.', 'ĐÁNH GIÁ CHUNG', ['1. Tồn tại, hạn chế'], []],
      ['III.', 'KIẾN NGHỊ, ĐỀ XUẤT', [], ['Đề nghị bố trí kinh phí.', 'Đề nghị tập huấn.']],
    ]);
    expect(closingParts(undefined, 2)).toEqual([]);
  });
});
