import { describe, expect, it } from 'vitest';
import { wordDiff, type WordPart } from '../../src/diff/word-diff.js';

const side = (parts: readonly WordPart[], keep: '+' | '-') => parts.filter((p) => p.op !== keep).map((p) => p.text).join('');
/** A made-up text of n distinct words (fabricated, for the test). */
const text = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `từ${(i * 7919 + seed * 104729) % 1000003}`).join(' ');

describe('wordDiff', () => {
  it('gives the changed words of a small edit, and both sides read back whole', () => {
    const from = 'Tổ chức tập huấn, bồi dưỡng pháp luật cho cán bộ.';
    const to = 'Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật cho cán bộ.';
    const d = wordDiff(from, to);
    expect(d.whole).toBe(false);
    expect(d.parts.filter((p) => p.op !== '=')).toEqual([{ op: '+', text: 'kiến thức ' }]);
    expect(side(d.parts, '+')).toBe(from);
    expect(side(d.parts, '-')).toBe(to);
  });

  it('a long text rewritten throughout is given whole, and says so (R33)', () => {
    const [from, to] = [text(20_000, 1), text(20_000, 2)];
    const d = wordDiff(from, to);
    expect(d.whole).toBe(true);
    expect(side(d.parts, '+')).toBe(from);
    expect(side(d.parts, '-')).toBe(to);
  });

  it('a long text with many sentences, a few rewritten, is compared sentence by sentence, then word by word inside', () => {
    const sentences = Array.from({ length: 600 }, (_, i) => `Câu số ${i} nói về ${text(12, i)}.`);
    const changed = sentences.map((s, i) => (i % 50 === 7 ? `Câu mới ${i} thay hẳn ${text(12, i + 1000)}.` : s));
    const [from, to] = [sentences.join(' '), changed.join(' ')];
    const d = wordDiff(from, to);
    expect(side(d.parts, '+')).toBe(from);
    expect(side(d.parts, '-')).toBe(to);
    // The unchanged sentences are kept as unchanged, not given whole.
    const kept = d.parts.filter((p) => p.op === '=').map((p) => p.text).join('');
    expect(kept).toContain(sentences[8]!);
    expect(kept).toContain(sentences[599]!);
  });
});
