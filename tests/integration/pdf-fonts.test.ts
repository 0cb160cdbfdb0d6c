import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFontFile } from '../../src/writers/pdf/font-file.js';
import { advances, characterMap } from '../../src/writers/pdf/truetype.js';
import { toUnicodeCMap } from '../../src/writers/pdf/font-embedder.js';
import { npmFonts } from '../../src/writers/pdf/fonts.js';
import { subsetFont } from '../../src/writers/pdf/subset.js';

/**
 * The PDF path reads and subsets fonts with its own TrueType code (truetype.ts,
 * subset.ts); fontkit, an independent implementation, is the oracle here. Tinos
 * ships through npm, so these run on any machine.
 */
interface KitGlyph { id: number; advanceWidth: number; path: { toSVG(): string } }
interface KitFont {
  unitsPerEm: number; ascent: number; descent: number; lineGap: number; italicAngle: number; numGlyphs: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  glyphForCodePoint(cp: number): KitGlyph;
  getGlyph(id: number): KitGlyph;
}
const kit = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as unknown as KitFont;

const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const TEXT = [...new Set(VIETNAMESE + VIETNAMESE.toUpperCase() + '0123456789 .,;:!?()[]/-–—“”"\'%*./+=§…')];
const choice = npmFonts()!;

describe('font file (our TrueType reader) against fontkit', () => {
  for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
    it(`${style}: same metrics, glyph ids and advances for every Vietnamese letter, digit and mark`, () => {
      const bytes = new Uint8Array(readFileSync(choice.files[style]));
      const ours = openFontFile(bytes, choice.files[style]);
      const theirs = kit(bytes);
      expect([ours.unitsPerEm, ours.ascent, ours.descent, ours.lineGap, ours.italicAngle]).toEqual([theirs.unitsPerEm, theirs.ascent, theirs.descent, theirs.lineGap, theirs.italicAngle]);
      expect(ours.bbox).toEqual([theirs.bbox.minX, theirs.bbox.minY, theirs.bbox.maxX, theirs.bbox.maxY]);
      expect(ours.italic).toBe(style === 'italic' || style === 'boldItalic');
      for (const ch of TEXT) {
        const g = theirs.glyphForCodePoint(ch.codePointAt(0)!);
        expect([ch, ours.glyph(ch.codePointAt(0)!), ours.advance(ours.glyph(ch.codePointAt(0)!))]).toEqual([ch, g.id, g.advanceWidth]);
      }
      expect(ours.glyph(0x4e2d)).toBe(0); // a CJK character Tinos lacks: .notdef
    });
  }
});

const regularBytes = new Uint8Array(readFileSync(choice.files.regular));
const regular = openFontFile(regularBytes, choice.files.regular);

describe('subset (glyph ids kept)', () => {
  const bytes = regularBytes;
  const font = regular;
  const kept = [...new Set([...'Kế hoạch tổng kết'].map((c) => font.glyph(c.codePointAt(0)!)))];
  const subset = subsetFont(bytes, [0, ...kept]);
  const original = kit(bytes);
  const small = kit(subset);

  it('draws every kept glyph exactly as the original, at the same id', () => {
    for (const gid of kept) {
      expect(small.getGlyph(gid).path.toSVG()).toBe(original.getGlyph(gid).path.toSVG());
      expect(small.getGlyph(gid).advanceWidth).toBe(original.getGlyph(gid).advanceWidth);
    }
    // Non-empty outlines: a subset that extracts text but draws blanks fails here.
    expect(kept.filter((g) => g !== font.glyph(32)).every((g) => small.getGlyph(g).path.toSVG().length > 20)).toBe(true);
  });
  it('drops the glyphs not asked for, and most of the bytes', () => {
    const dropped = font.glyph('Z'.codePointAt(0)!);
    expect(kept).not.toContain(dropped);
    expect(original.getGlyph(dropped).path.toSVG().length).toBeGreaterThan(0);
    expect(small.getGlyph(dropped).path.toSVG()).toBe('');
    expect(subset.byteLength).toBeLessThan(bytes.byteLength / 10);
  });
  it('keeps the components of composite glyphs (Vietnamese letters with marks are built from a base and a mark)', () => {
    const composite = (original.getGlyph(font.glyph('ế'.codePointAt(0)!)) as unknown as { _decode(): { numberOfContours: number; components: { glyphID: number }[] } })._decode();
    expect(composite.numberOfContours).toBe(-1);
    const mark = composite.components.map((c) => c.glyphID).find((g) => !kept.includes(g))!;
    expect(mark).toBeDefined(); // a component nobody asked for by character
    expect(small.getGlyph(mark).path.toSVG()).toBe(original.getGlyph(mark).path.toSVG());
    expect(small.getGlyph(mark).path.toSVG().length).toBeGreaterThan(20);
  });
  it('cuts the ids past the last glyph kept, and zeroes the metrics of glyphs dropped', () => {
    expect(small.numGlyphs).toBeLessThan(original.numGlyphs);
    expect(small.numGlyphs).toBeGreaterThanOrEqual(Math.max(...kept) + 1);
    expect(small.getGlyph(font.glyph('Z'.codePointAt(0)!)).advanceWidth).toBe(0);
  });
  it('is deterministic', () => expect(Buffer.from(subsetFont(bytes, [0, ...kept])).equals(Buffer.from(subset))).toBe(true));
});

describe('ToUnicode CMap', () => {
  it('maps glyph ids to UTF-16BE, at most 100 entries a block', () => {
    const entries = Array.from({ length: 150 }, (_, i) => [i + 1, 'ế'] as const);
    const cmap = toUnicodeCMap([...entries, [500, '𝐀']]);
    expect(cmap.match(/(\d+) beginbfchar/g)).toEqual(['100 beginbfchar', '51 beginbfchar']);
    expect(cmap).toContain('<0001> <1ebf>');
    expect(cmap).toContain('<01f4> <d835dc00>');
    expect(cmap.split('endbfchar').length - 1).toBe(2);
  });
});

describe('TrueType reader on tables built by hand', () => {
  /** A cmap with one format 12 subtable (platform 3, encoding 10): groups (start, end, first glyph). */
  const cmap12 = (groups: [number, number, number][]) => {
    const view = new DataView(new ArrayBuffer(12 + 16 + groups.length * 12));
    view.setUint16(2, 1); // one encoding record
    view.setUint16(4, 3);
    view.setUint16(6, 10);
    view.setUint32(8, 12);
    view.setUint16(12, 12); // format
    view.setUint32(12 + 12, groups.length);
    groups.forEach(([s, e, g], i) => {
      view.setUint32(12 + 16 + i * 12, s);
      view.setUint32(12 + 20 + i * 12, e);
      view.setUint32(12 + 24 + i * 12, g);
    });
    return view;
  };
  it('reads format 12 groups, beyond the BMP too', () => {
    const lookup = characterMap(cmap12([[0x41, 0x5a, 10], [0x1d400, 0x1d419, 100]]));
    expect([lookup(0x41), lookup(0x5a), lookup(0x40), lookup(0x1d400), lookup(0x1d401), lookup(0x1d41a)]).toEqual([10, 35, 0, 100, 101, 0]);
  });
  it('gives glyphs past the last long metric the last advance', () => {
    const hhea = new DataView(new ArrayBuffer(36));
    hhea.setUint16(34, 2);
    const hmtx = new DataView(new ArrayBuffer(12));
    hmtx.setUint16(0, 500);
    hmtx.setUint16(4, 700);
    const advance = advances(hmtx, hhea);
    expect([advance(0), advance(1), advance(2), advance(3)]).toEqual([500, 700, 700, 700]);
  });
  it('refuses what is not a TrueType font, naming the file', () => {
    expect(() => openFontFile(new TextEncoder().encode('OTTO and then some bytes'), 'x.otf')).toThrow(/x\.otf: không phải phông TrueType/);
  });
});

describe('subset of what is not asked for properly', () => {
  it('keeps .notdef always, and ignores ids the font does not have', () => {
    const only = kit(subsetFont(regularBytes, [-1, 1.5, 999_999]));
    expect(only.numGlyphs).toBe(1);
    expect(only.getGlyph(0).path.toSVG()).toBe(kit(regularBytes).getGlyph(0).path.toSVG());
  });
});
