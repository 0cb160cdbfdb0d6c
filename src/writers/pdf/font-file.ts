import { advances, characterMap, readTables, TrueTypeError } from './truetype.js';

/**
 * One TrueType file as the PDF writer needs it: glyph ids, advances and the few
 * numbers a font descriptor carries, read from the tables themselves
 * (truetype.ts): the same fields fontkit read, so layout does not move by a point.
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
  /** How many glyphs the font has (maxp): ids from 0 to numGlyphs - 1. */
  readonly numGlyphs: number;
  /** Glyph id of a code point; 0 (.notdef) when the font lacks it. */
  glyph(codePoint: number): number;
  /** Advance width of a glyph, in font units, without kerning. */
  advance(glyphId: number): number;
}

export class BadFontFile extends Error {}

/**
 * Opens a font and reads what every build will read of it (the cmap for Vietnamese
 * letters, their advances), so that a damaged file fails here, by name, and not
 * halfway through a document with a bare "Invalid typed array length".
 */
export function openFontFile(bytes: Uint8Array, name: string): FontFile {
  try {
    const file = fontFile(bytes, name);
    for (const ch of 'Aaăâđêôơưệ ') file.advance(file.glyph(ch.codePointAt(0)!));
    file.advance(file.numGlyphs - 1);
    return file;
  } catch (err) {
    if (err instanceof BadFontFile) throw err;
    if (err instanceof TrueTypeError || err instanceof RangeError || err instanceof TypeError) throw new BadFontFile(`${name}: ${err.message}`);
    throw err;
  }
}

function fontFile(bytes: Uint8Array, name: string): FontFile {
  const tables = readTables(bytes);
  const table = (tag: string): DataView => {
    const t = tables.get(tag);
    if (!t || t.byteLength === 0) throw new BadFontFile(`${name}: thiếu bảng ${tag}`);
    return t;
  };
  const head = table('head');
  const hhea = table('hhea');
  const post = table('post');
  // Outlines as TrueType glyf/loca: the subsetter needs them, and checking here fails before any work is done.
  for (const tag of ['glyf', 'loca', 'maxp']) table(tag);
  const os2 = tables.get('OS/2');
  const ascent = hhea.getInt16(4);
  // sCapHeight exists from OS/2 version 2 on; older fonts fall back to the ascent, as pdf-lib did.
  const capHeight = os2 && os2.byteLength >= 90 && os2.getUint16(0) >= 2 ? os2.getInt16(88) : ascent;
  const familyClass = os2 && os2.byteLength >= 32 ? os2.getInt16(30) >> 8 : 0;
  const lookup = characterMap(table('cmap'));
  const advance = advances(table('hmtx'), hhea);
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
    numGlyphs: table('maxp').getUint16(4),
    glyph(codePoint) {
      let g = glyphs.get(codePoint);
      if (g === undefined) {
        g = lookup(codePoint);
        glyphs.set(codePoint, g);
      }
      return g;
    },
    advance,
  };
}
