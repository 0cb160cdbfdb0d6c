import { readTables, TrueTypeError } from './truetype.js';

/**
 * A TrueType subset for a PDF CID font: the outlines of the glyphs drawn (and of
 * the components composite glyphs are built from), every glyph id unchanged —
 * the drawer writes original ids and the PDF maps them one to one (CIDToGIDMap
 * Identity), so nothing is renumbered. Ids past the last kept glyph are cut off.
 *
 * Only the tables a PDF's TrueType font program uses are kept (head, hhea, maxp,
 * hmtx, loca, glyf and the hinting programs): no cmap, since glyphs are addressed
 * by id, nor layout tables, since the text is laid out already.
 *
 * Written here rather than taken from HarfBuzz's subsetter (harfbuzz-subset.wasm),
 * which did the same job but cost ~35 ms a run to load and warm its WebAssembly
 * — the largest single stage of a PDF build. Tests compare every kept outline
 * with the original's through fontkit, and render the pages.
 */
const KEPT = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];
const REQUIRED = ['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp'];

/** Composite glyph flags (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

export function subsetFont(font: Uint8Array, glyphIds: Iterable<number>): Uint8Array {
  const tables = readTables(font);
  for (const tag of REQUIRED) if (!tables.has(tag)) throw new TrueTypeError(`thiếu bảng ${tag}`);
  const head = tables.get('head')!;
  const glyf = tables.get('glyf')!;
  const loca = tables.get('loca')!;
  const numGlyphs = tables.get('maxp')!.getUint16(4);
  const longOffsets = head.getInt16(50) === 1;
  const glyphRange = (gid: number): [number, number] => {
    const [start, end] = longOffsets
      ? [loca.getUint32(gid * 4), loca.getUint32(gid * 4 + 4)]
      : [loca.getUint16(gid * 2) * 2, loca.getUint16(gid * 2 + 2) * 2];
    // A damaged entry reads as an empty glyph rather than past the table.
    return end < start || end > glyf.byteLength ? [start, start] : [start, end];
  };
  const valid = (g: number) => Number.isInteger(g) && g >= 0 && g < numGlyphs;

  // The glyphs asked for, .notdef (a font program must have it), and every component they are assembled from.
  const keep = new Set<number>();
  const pending = [0, ...glyphIds].filter(valid);
  while (pending.length > 0) {
    const gid = pending.pop()!;
    if (keep.has(gid)) continue;
    keep.add(gid);
    const [start, end] = glyphRange(gid);
    if (end - start < 10 || glyf.getInt16(start) >= 0) continue;
    let at = start + 10;
    while (at + 4 <= end) {
      const flags = glyf.getUint16(at);
      const component = glyf.getUint16(at + 2);
      if (valid(component)) pending.push(component);
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      at += flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
      if (!(flags & MORE_COMPONENTS)) break;
    }
  }

  if (keep.size === 0) throw new TrueTypeError('phông không có glyph nào');
  // Ids past the last kept glyph are dropped; below it, ids not kept become empty glyphs.
  const count = Math.max(...keep) + 1;
  let glyfLength = 0;
  for (const gid of keep) {
    const [start, end] = glyphRange(gid);
    glyfLength += (end - start + 3) & ~3;
  }
  // Short offsets (halved, 16 bits) whenever they reach: half the loca table.
  const short = glyfLength <= 0x1fffe;
  const newGlyf = new Uint8Array(glyfLength);
  const newLoca = new DataView(new ArrayBuffer((count + 1) * (short ? 2 : 4)));
  const setOffset = (gid: number, at: number) => (short ? newLoca.setUint16(gid * 2, at / 2) : newLoca.setUint32(gid * 4, at));
  let offset = 0;
  for (let gid = 0; gid < count; gid++) {
    setOffset(gid, offset);
    if (!keep.has(gid)) continue;
    const [start, end] = glyphRange(gid);
    newGlyf.set(new Uint8Array(glyf.buffer, glyf.byteOffset + start, end - start), offset);
    offset += (end - start + 3) & ~3;
  }
  setOffset(count, offset);

  const newHead = copy(head);
  newHead.setUint32(8, 0); // checkSumAdjustment, set once the whole file is known
  newHead.setInt16(50, short ? 0 : 1); // indexToLocFormat
  const newMaxp = copy(tables.get('maxp')!);
  newMaxp.setUint16(4, count);
  // hmtx: advance + side bearing for the first numberOfHMetrics ids, side bearings alone after.
  const hhea = tables.get('hhea')!;
  const hmtx = tables.get('hmtx')!;
  const longMetrics = hhea.getUint16(34);
  const keptLong = Math.min(longMetrics, count);
  const newHhea = copy(hhea);
  newHhea.setUint16(34, keptLong);
  // Metrics of glyphs not kept are zero, as their outlines are: the table then compresses to almost nothing.
  const newHmtx = new Uint8Array(keptLong * 4 + (count - keptLong) * 2);
  for (const gid of keep) {
    if (gid < keptLong) newHmtx.set(new Uint8Array(hmtx.buffer, hmtx.byteOffset + gid * 4, 4), gid * 4);
    else newHmtx.set(new Uint8Array(hmtx.buffer, hmtx.byteOffset + longMetrics * 4 + (gid - keptLong) * 2, 2), keptLong * 4 + (gid - keptLong) * 2);
  }

  const out = new Map<string, Uint8Array>();
  for (const tag of KEPT) {
    const t = tables.get(tag);
    if (t) out.set(tag, bytesOf(t));
  }
  out.set('glyf', newGlyf);
  out.set('loca', new Uint8Array(newLoca.buffer));
  out.set('head', bytesOf(newHead));
  out.set('maxp', bytesOf(newMaxp));
  out.set('hhea', bytesOf(newHhea));
  out.set('hmtx', newHmtx);
  return assemble(out);
}

/** The sfnt wrapper: table directory sorted by tag, tables four-byte aligned, checksums, head's adjustment. */
function assemble(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const directory = 12 + tags.length * 16;
  let size = directory;
  for (const tag of tags) size += (tables.get(tag)!.byteLength + 3) & ~3;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const entrySelector = Math.floor(Math.log2(tags.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tags.length * 16 - 16 * 2 ** entrySelector);
  let offset = directory;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    bytes.set(data, offset);
    const record = 12 + i * 16;
    for (let k = 0; k < 4; k++) view.setUint8(record + k, tag.charCodeAt(k));
    view.setUint32(record + 4, checksum(view, offset, data.byteLength));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.byteLength);
    if (tag === 'head') headOffset = offset;
    offset += (data.byteLength + 3) & ~3;
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(view, 0, bytes.byteLength)) >>> 0);
  return bytes;
}

function checksum(view: DataView, offset: number, length: number): number {
  let sum = 0;
  const end = offset + ((length + 3) & ~3);
  for (let at = offset; at < end; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

const bytesOf = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
const copy = (v: DataView) => new DataView(bytesOf(v).slice().buffer);
