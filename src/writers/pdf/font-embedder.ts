import { deflateSync } from 'node:zlib';
import { PDFArray, PDFNumber, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { FontStyle } from '../../layout/types.js';
import { BadFontFile, type FontFile } from './font-file.js';
import { subsetFont } from './subset.js';

/**
 * Text is written as glyph ids of the original font (two bytes each, Identity-H);
 * each style used becomes one Type0 font over a CIDFontType2 whose file is
 * the subset of the glyphs drawn (subset.ts). References are reserved when a style is
 * first drawn and filled in by `finish`, once every glyph is known.
 *
 * Our text is NFC Vietnamese: one character, one glyph, nothing to shape.
 */
export class FontEmbedder {
  private readonly refs = new Map<FontStyle, PDFRef>();
  /** Per style: glyph id → the text it stands for, for ToUnicode. */
  private readonly used = new Map<FontStyle, Map<number, string>>();
  private readonly hexCache = new Map<string, string>();
  /** Per style: characters drawn as .notdef, since the font lacks them. */
  private readonly missing = new Map<FontStyle, Set<string>>();

  constructor(
    private readonly context: PDFContext,
    private readonly files: Readonly<Record<FontStyle, FontFile>>,
    /** BaseFont names, e.g. "VBNREG+LiberationSerif-regular". */
    readonly names: Readonly<Record<FontStyle, string>>,
    private readonly subset: boolean,
  ) {}

  ref(style: FontStyle): PDFRef {
    let r = this.refs.get(style);
    if (!r) {
      r = this.context.nextRef();
      this.refs.set(style, r);
      this.used.set(style, new Map());
    }
    return r;
  }

  /** The string of `text` in `style`, as hex glyph ids; records the glyphs for the subset. */
  hex(style: FontStyle, text: string): string {
    this.ref(style);
    const used = this.used.get(style)!;
    const file = this.files[style];
    let out = '';
    for (const ch of text) {
      const key = style + ch;
      let h = this.hexCache.get(key);
      if (h === undefined) {
        let cid = file.glyph(ch.codePointAt(0)!);
        if (cid === 0 && !/\s/u.test(ch)) {
          // Drawn as .notdef, but under a code of its own (past the font's glyphs) so that
          // ToUnicode gives each such character back, not the first one of them.
          const missing = this.missing.get(style) ?? this.missing.set(style, new Set()).get(style)!;
          missing.add(ch);
          cid = file.numGlyphs + [...missing].indexOf(ch);
        }
        if (!used.has(cid)) used.set(cid, ch);
        h = cid.toString(16).padStart(4, '0');
        this.hexCache.set(key, h);
      }
      out += h;
    }
    return out;
  }

  /** Characters a style had to draw as an empty box. */
  missingGlyphs(): { style: FontStyle; characters: string }[] {
    return [...this.missing].map(([style, chars]) => ({ style, characters: [...chars].join('') }));
  }

  finish(): void {
    for (const [style, ref] of this.refs) this.context.assign(ref, this.fontDict(style));
  }

  private fontDict(style: FontStyle) {
    const ctx = this.context;
    const file = this.files[style];
    const used = this.used.get(style)!;
    const cids = [...used.keys()].sort((a, b) => a - b);
    const gids = cids.filter((c) => c < file.numGlyphs);
    // Codes past the font's glyphs stand for characters it lacks: they draw glyph 0.
    const glyphOf = (cid: number) => (cid < file.numGlyphs ? cid : 0);
    const scale = 1000 / file.unitsPerEm;
    let fontBytes: Uint8Array;
    try {
      fontBytes = this.subset ? subsetFont(file.bytes, [0, ...gids]) : file.bytes;
    } catch (err) {
      throw new BadFontFile(`${this.names[style]}: ${(err as Error).message}`);
    }
    const fontFile = ctx.register(ctx.stream(deflateSync(fontBytes), { Filter: 'FlateDecode', Length1: fontBytes.byteLength }));
    const flags = (file.fixedPitch ? 1 : 0) | (file.serif ? 2 : 0) | 4 /* symbolic: glyphs outside Adobe's standard set */ | (file.script ? 8 : 0) | (file.italic ? 64 : 0);
    const descriptor = ctx.register(ctx.obj({
      Type: 'FontDescriptor',
      FontName: this.names[style],
      Flags: flags,
      FontBBox: file.bbox.map((v) => round(v * scale)),
      ItalicAngle: file.italicAngle,
      Ascent: round(file.ascent * scale),
      Descent: round(file.descent * scale),
      CapHeight: round(file.capHeight * scale),
      StemV: 0,
      FontFile2: fontFile,
    }));
    const cidFont = ctx.register(ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: this.names[style],
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths(ctx, cids, (c) => round(file.advance(glyphOf(c)) * scale)),
      CIDToGIDMap: cids.length > gids.length ? ctx.register(ctx.stream(deflateSync(cidToGidMap(cids[cids.length - 1]!, glyphOf)), { Filter: 'FlateDecode' })) : 'Identity',
    }));
    const toUnicode = ctx.register(ctx.stream(deflateSync(toUnicodeCMap(cids.map((c) => [c, used.get(c)!]))), { Filter: 'FlateDecode' }));
    return ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: this.names[style],
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    });
  }
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The W array: runs of consecutive glyph ids, each as `first [w1 w2 …]`. */
function widths(ctx: PDFContext, gids: readonly number[], width: (gid: number) => number): PDFArray {
  const w = PDFArray.withContext(ctx);
  let i = 0;
  while (i < gids.length) {
    const first = gids[i]!;
    const run = PDFArray.withContext(ctx);
    while (i < gids.length && gids[i] === first + run.size()) run.push(PDFNumber.of(width(gids[i++]!)));
    w.push(PDFNumber.of(first));
    w.push(run);
  }
  return w;
}

/** CIDToGIDMap as a stream: two bytes (big-endian glyph id) for every code from 0 to `last`. */
function cidToGidMap(last: number, glyphOf: (cid: number) => number): Uint8Array {
  const map = new Uint8Array((last + 1) * 2);
  for (let cid = 0; cid <= last; cid++) {
    const g = glyphOf(cid);
    map[cid * 2] = g >> 8;
    map[cid * 2 + 1] = g & 0xff;
  }
  return map;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');
/** UTF-16BE code units as hex: astral characters come out as their surrogate pair. */
const utf16Hex = (text: string) => Array.from({ length: text.length }, (_, i) => hex4(text.charCodeAt(i))).join('');

/** Glyph id → Unicode, so copy-paste and search give the text back. At most 100 entries a block, as the CMap format requires. */
export function toUnicodeCMap(entries: readonly (readonly [number, string])[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([g, t]) => `<${hex4(g)}> <${utf16Hex(t)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CIDInit /ProcSet findresource exch defineresource pop',
    'end',
    'end',
  ].join('\n');
}
