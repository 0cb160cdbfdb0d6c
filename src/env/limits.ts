/**
 * Bounds on every input, checked before the work they would make expensive.
 * Each is far above what a real document needs (the largest example plan is
 * 38 KB, nests 14 levels and uses no alias; a 1,000-page plan is about 5 MB),
 * and far below what takes a process down.
 */
export const LIMITS = {
  /** A YAML file's size in bytes. */
  fileBytes: 16 * 1024 * 1024,
  /** A font file's size in bytes (a CJK-covering TrueType can pass 16 MB). */
  fontBytes: 64 * 1024 * 1024,
  /** Collections nested in collections. The YAML composer recurses once a level. */
  depth: 64,
  /** Aliases (*name) in one file. */
  aliases: 100,
  /**
   * What aliases may add to a document, in nodes plus characters: at most as much
   * again as the file holds, and never under this floor. A few shared lists cost
   * little; a "billion laughs" or one large list aliased 99 times is refused.
   */
  aliasGrowthFloor: 100_000,
} as const;
