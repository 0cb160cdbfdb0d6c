import { describe, expect, it } from 'vitest';
import type { OutlineInput } from '../../src/load/outline-types.js';
import { mustAnswer, resolveOutline } from '../../src/report/resolve-outline.js';

const outline = (nodes: OutlineInput['nodes'], levels?: string[]): OutlineInput => ({
  kind: 'outline', heading: 'ĐỀ CƯƠNG', subject: 'Báo cáo', window: { from: '2021-01-01', to: '2025-12-31' },
  ...(levels ? { numbering: { levels } } : {}), nodes,
});

const seedShape = outline([
  { id: 'p1', title: 'Kết quả', agencies: ['so-a'], children: [
    { id: 'c1', title: 'Công tác chỉ đạo', children: [{ id: 'c11', title: 'Ban hành văn bản' }, { id: 'c12', title: 'Kiểm tra', agencies: ['so-b'] }] },
    { id: 'c2', title: 'Kết quả cụ thể', guidance: ['Nêu số liệu'], children: [{ id: 'c21', title: 'Tuyên truyền' }] },
  ] },
  { id: 'p2', title: 'Phương hướng' },
]);

describe('an outline resolved once', () => {
  it('numbers every node as seed 004 prints it, parts not counted as heading levels', () => {
    const r = resolveOutline(seedShape);
    expect(r.order.map((n) => [n.id, n.number, n.part, n.headingLevel])).toEqual([
      ['p1', 'PHẦN I.', true, 1], ['c1', 'I.', false, 1], ['c11', '1.', false, 2], ['c12', '2.', false, 2],
      ['c2', 'II.', false, 1], ['c21', '1.', false, 2], ['p2', 'PHẦN II.', true, 1],
    ]);
  });

  it('counts heading levels from the first level when the outline has no parts', () => {
    const r = resolveOutline(outline([{ id: 'a', title: 'A', children: [{ id: 'b', title: 'B', children: [{ id: 'c', title: 'C' }] }] }], ['roman', 'arabic', 'letter']));
    expect(r.order.map((n) => [n.number, n.part, n.headingLevel])).toEqual([['I.', false, 1], ['1.', false, 2], ['a)', false, 3]]);
  });

  it('knows which nodes ask for an answer and who must give it', () => {
    const r = resolveOutline(seedShape);
    const asks = r.order.filter((n) => n.asks).map((n) => n.id);
    expect(asks).toEqual(['c11', 'c12', 'c2', 'c21', 'p2']);
    expect(r.byId.get('c11')!.agencies).toEqual(['so-a']);
    expect(r.byId.get('c12')!.agencies).toEqual(['so-b']);
    expect(mustAnswer(r.byId.get('c12')!, 'so-a')).toBe(false);
    expect(mustAnswer(r.byId.get('p2')!, 'so-z')).toBe(true);
    // Inherited through two levels: c21 under c2 under p1, which names so-a.
    expect(r.byId.get('c21')!.agencies).toEqual(['so-a']);
  });

  it('a leaf prints as a numbered sentence; a top-level node or one with guidance does not', () => {
    const r = resolveOutline(seedShape);
    expect(r.order.filter((n) => n.leaf).map((n) => n.id)).toEqual(['c11', 'c12', 'c21']);
  });
});
