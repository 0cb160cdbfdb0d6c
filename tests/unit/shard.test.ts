import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/project/batch/shard.js';

describe('shards', () => {
  it('reads i/n with 1 ≤ i ≤ n and nothing else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2/0', '2', 'a/b', '-1/2', '1/2/3']) expect(parseShard(bad), bad).toBeUndefined();
  });

  it('puts every file in exactly one shard, by its name alone, spread over all of them', () => {
    const files = Array.from({ length: 1000 }, (_, i) => `/a/b/ke-hoach-${i}.yaml`);
    for (const count of [1, 2, 3, 7]) {
      const sizes = Array.from({ length: count }, (_, i) => files.filter((f) => inShard(f, { index: i + 1, count })).length);
      expect(sizes.reduce((x, y) => x + y, 0)).toBe(1000);
      for (const f of files.slice(0, 50)) expect(Array.from({ length: count }, (_, i) => inShard(f, { index: i + 1, count })).filter(Boolean)).toHaveLength(1);
      for (const n of sizes) expect(n).toBeGreaterThan(1000 / count / 2);
    }
    expect(inShard('/x/ke-hoach-7.yaml', { index: 2, count: 3 })).toBe(inShard('C:/khac/ke-hoach-7.yaml'.replace('C:', ''), { index: 2, count: 3 }));
  });
});
