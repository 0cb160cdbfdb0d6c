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

/**
 * Bounds on a DOCX vanban reads (import, import --into, filled forms): a file
 * that arrives by e-mail is untrusted. The largest part a real 1,000-page plan
 * has is word/document.xml at about 12 MB and 400,000 elements, nested 20 deep;
 * XML compresses about 10:1. A zip bomb (400 MB from 409 KB, R25) or 100,000
 * nested elements (R26) is refused before it is inflated or walked.
 */
export const DOCX_LIMITS = {
  /** What one part read (document, numbering, styles, the carried data) inflates to, in bytes. */
  partBytes: 32 * 1024 * 1024,
  /** What all the parts read inflate to together. */
  totalBytes: 64 * 1024 * 1024,
  /** Inflated over compressed size, for a part over 1 MB: beyond this it is a bomb, not XML. */
  ratio: 200,
  /** Entries in the zip. */
  parts: 5_000,
  /** Elements nested in elements. */
  depth: 256,
  /** Elements in one part. */
  elements: 2_000_000,
  /** Characters in one attribute value. */
  attributeChars: 65_536,
  /** Files in vanban's carried data (a plan, its registry, an outline, an attached plan). */
  carriedFiles: 16,
} as const;

export type DocxLimit = keyof typeof DOCX_LIMITS;
