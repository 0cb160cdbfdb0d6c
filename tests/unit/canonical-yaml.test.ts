import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canonicalYamlOf, formatYaml } from '../../src/fmt/format-yaml.js';

// A made-up plan fragment: only its shape matters here.
const LONG = 'Tăng cường công tác quản lý nhà nước về an ninh trật tự trên địa bàn, tập trung công tác quản lý người nước ngoài, '
  + 'tuyên truyền vận động không tự ý xuất cảnh trái phép nhằm không để tội phạm mua bán người lợi dụng hoạt động.';
const data = {
  kind: 'plan',
  sections: [{ id: 'nhiem-vu', title: 'NHIỆM VỤ', tasks: [{ id: 'nv-1', text: LONG, lead: ['cong-an-tinh'] }] }],
  document: { title: 'Kế hoạch', subject: 'Một dòng ngắn' },
};

describe('canonicalYamlOf (what vanban writes of its own data)', () => {
  const text = canonicalYamlOf(data, ['# đầu tệp']);
  const lines = text.split('\n');

  it('reads back as exactly the data, under its header', () => {
    expect(lines[0]).toBe('# đầu tệp');
    expect(parse(text)).toEqual(data);
  });

  it('folds a long text into a >- block within 100 columns, keys in schema order', () => {
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines.find((l) => l.trimStart().startsWith('text:'))?.trim()).toBe('text: >-');
    expect(lines.filter((l) => l.startsWith('          ') && !l.includes(':')).length).toBeGreaterThan(1);
    // The plan schema lists document before sections.
    expect(lines.findIndex((l) => l.startsWith('document:'))).toBeLessThan(lines.findIndex((l) => l.startsWith('sections:')));
  });

  it('is what fmt writes: fmt keeps it as it is', () => {
    expect(formatYaml('x.yaml', text)).toEqual({ kind: 'formatted', text, changed: false });
  });

  it('writes one value in two places twice, never as an anchor and alias (a merged report\'s "to" and Nơi nhận, issue 26)', () => {
    const to = ['Ban Chỉ đạo phòng, chống tội phạm của Chính phủ'];
    const out = canonicalYamlOf({ kind: 'report', document: { to }, recipients: to });
    expect(out).not.toMatch(/[&*]a\d/);
    expect(out.match(/Ban Chỉ đạo phòng, chống tội phạm của Chính phủ/g)).toHaveLength(2);
  });

  it('leaves on one line a text a folded block could not give back exactly', () => {
    const spaced = { kind: 'plan', note: `${LONG.slice(0, 60)}  ${LONG.slice(60)}` };
    const out = canonicalYamlOf(spaced);
    expect(parse(out)).toEqual(spaced);
    expect(out.split('\n').filter((l) => l.startsWith('note:')).length).toBe(1);
  });
});
