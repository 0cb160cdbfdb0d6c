/**
 * The few TrueType tables layout needs, read in place: the table directory,
 * the character map (formats 4 and 12) and horizontal advances.
 *
 * Measuring is the one font question asked on every run, before any output
 * exists; loading a font library for it (fontkit, then harfbuzzjs) cost 20 to
 * 110 ms of start-up, more than all of layout. Tests check every answer against
 * fontkit. subset.ts builds on the same reader.
 */
export class TrueTypeError extends Error {}

export type Tables = ReadonlyMap<string, DataView>;

export function readTables(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 12) throw new TrueTypeError('tệp quá ngắn');
  const version = view.getUint32(0);
  // 0x00010000 (TrueType outlines) or 'true'; 'OTTO' (CFF) and collections are not fonts we embed.
  if (version !== 0x00010000 && version !== 0x74727565) throw new TrueTypeError('không phải phông TrueType (.ttf)');
  const tables = new Map<string, DataView>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > view.byteLength) throw new TrueTypeError(`bảng ${tag} vượt quá cuối tệp`);
    tables.set(tag, new DataView(bytes.buffer, bytes.byteOffset + offset, length));
  }
  return tables;
}

/** Code point → glyph id (0 when absent), from the best Unicode subtable: full repertoire (format 12) first, else BMP (format 4). */
export function characterMap(cmap: DataView): (codePoint: number) => number {
  const subtables: { platform: number; encoding: number; table: DataView }[] = [];
  const count = cmap.getUint16(2);
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    subtables.push({ platform, encoding, table: new DataView(cmap.buffer, cmap.byteOffset + offset, cmap.byteLength - offset) });
  }
  const unicode = (s: { platform: number; encoding: number }) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && s.table.getUint16(0) === 12);
  if (full) return format12(full.table);
  const bmp = subtables.find((s) => unicode(s) && s.table.getUint16(0) === 4);
  if (bmp) return format4(bmp.table);
  throw new TrueTypeError('không có bảng mã Unicode (cmap định dạng 4 hoặc 12)');
}

function format4(t: DataView): (codePoint: number) => number {
  const segments = t.getUint16(6) / 2;
  const ends = 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    // Segments are sorted by end code: the first whose end is ≥ cp.
    let lo = 0;
    let hi = segments - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.getUint16(ends + mid * 2) < cp) lo = mid + 1;
      else hi = mid;
    }
    const start = t.getUint16(starts + lo * 2);
    if (cp < start || cp > t.getUint16(ends + lo * 2)) return 0;
    const delta = t.getUint16(deltas + lo * 2);
    const rangeOffset = t.getUint16(rangeOffsets + lo * 2);
    if (rangeOffset === 0) return (cp + delta) & 0xffff;
    // idRangeOffset counts bytes from its own slot to the glyph id array entry.
    const at = rangeOffsets + lo * 2 + rangeOffset + (cp - start) * 2;
    if (at + 2 > t.byteLength) return 0;
    const glyph = t.getUint16(at);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  };
}

function format12(t: DataView): (codePoint: number) => number {
  const groups = t.getUint32(12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = 16 + mid * 12;
      if (cp < t.getUint32(at)) hi = mid - 1;
      else if (cp > t.getUint32(at + 4)) lo = mid + 1;
      else return t.getUint32(at + 8) + (cp - t.getUint32(at));
    }
    return 0;
  };
}

/** Glyph id → advance width in font units: glyphs past the last long metric share its advance. */
export function advances(hmtx: DataView, hhea: DataView): (glyphId: number) => number {
  const longMetrics = hhea.getUint16(34);
  if (longMetrics === 0 || longMetrics * 4 > hmtx.byteLength) throw new TrueTypeError('bảng hmtx hỏng');
  return (gid) => hmtx.getUint16(Math.min(gid, longMetrics - 1) * 4);
}
