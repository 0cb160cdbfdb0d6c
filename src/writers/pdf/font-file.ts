import { importEsm } from '../../env/import-esm.js';


/**
 * One TrueType file as the PDF writer needs it: glyph ids, advances and the few
 * numbers a font descriptor carries. HarfBuzz (WebAssembly) answers the glyph
 * questions; the descriptor numbers are read straight from their tables, the
 * same fields fontkit read, so layout does not move by a point.
 */
export interface FontFile {
  readonly bytes: Uint8Array;
  readonly unitsPerEm: number;
  /** hhea ascender, descender (negative) and line gap, in font units. */
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: readonly [number, number, number, number];
  readonly fixedPitch: boolean;
  readonly serif: boolean;
  readonly script: boolean;
  readonly italic: boolean;
  /** Glyph id of a code point; 0 (.notdef) when the font lacks it. */
  glyph(codePoint: number): number;
  /** Advance width of a glyph, in font units, without kerning. */
  advance(glyphId: number): number;
}

export class BadFontFile extends Error {}

type HarfBuzz = typeof import('harfbuzzjs');
let harfbuzz: Promise<HarfBuzz> | undefined;

/** harfbuzzjs instantiates its WebAssembly with top-level await: an ES module the CommonJS bundle must import. */
export function loadHarfBuzz(): Promise<HarfBuzz> {
  harfbuzz ??= importEsm<HarfBuzz>('harfbuzzjs');
  return harfbuzz;
}

export async function openFontFile(bytes: Uint8Array, name: string): Promise<FontFile> {
  const hb = await loadHarfBuzz();
  const face = new hb.Face(new hb.Blob(bytes));
  const font = new hb.Font(face);
  const table = (tag: string): DataView => {
    const t = face.referenceTable(tag);
    if (!t || t.length === 0) throw new BadFontFile(`${name}: thiếu bảng ${tag}`);
    return new DataView(t.buffer, t.byteOffset, t.byteLength);
  };
  const head = table('head');
  const hhea = table('hhea');
  const post = table('post');
  const os2 = face.referenceTable('OS/2');
  const os2View = os2 && os2.length >= 32 ? new DataView(os2.buffer, os2.byteOffset, os2.byteLength) : undefined;
  const ascent = hhea.getInt16(4);
  // sCapHeight exists from OS/2 version 2 on; older fonts fall back to the ascent, as pdf-lib did.
  const capHeight = os2View && os2View.getUint16(0) >= 2 && os2View.byteLength >= 90 ? os2View.getInt16(88) : ascent;
  const familyClass = os2View ? os2View.getInt16(30) >> 8 : 0;
  const glyphs = new Map<number, number>();
  return {
    bytes,
    unitsPerEm: head.getUint16(18),
    ascent,
    descent: hhea.getInt16(6),
    lineGap: hhea.getInt16(8),
    capHeight,
    italicAngle: post.getInt32(4) / 65536,
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    fixedPitch: post.getUint32(12) !== 0,
    serif: familyClass >= 1 && familyClass <= 7,
    script: familyClass === 10,
    italic: (head.getUint16(44) & 2) !== 0,
    glyph(codePoint) {
      let g = glyphs.get(codePoint);
      if (g === undefined) {
        g = font.nominalGlyph(codePoint) ?? 0;
        glyphs.set(codePoint, g);
      }
      return g;
    },
    advance: (glyphId) => font.glyphHAdvance(glyphId),
  };
}
