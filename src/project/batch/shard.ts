import { basename } from 'node:path';

/** One of `count` parts of a build (`--shard index/count`, index from 1), for a CI matrix or several machines. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** "2/4" → { index: 2, count: 4 }; undefined for anything else (0/4, 5/4, 2/0, "a/b"). */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * Whether a file falls in a shard: by a hash of its name (FNV-1a, 32 bits), which
 * is the name its documents get — unique in a build — and the same on every
 * machine and checkout, wherever the folder is. Every file falls in exactly one shard.
 */
export function inShard(file: string, shard: Shard): boolean {
  return fnv1a(basename(file)) % shard.count === shard.index - 1;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
