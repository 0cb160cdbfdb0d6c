/**
 * What a people's committee (Ủy ban nhân dân) writes about itself as an issuer:
 * its ký hiệu is "UBND" at every level (NĐ 30, Phụ lục III: the committee's own
 * abbreviation), and its place in the "địa danh, ngày … tháng … năm …" line is the
 * locality's own name ("Yên Mô", "Tam Điệp"), not the province's.
 */
const UNIT = /^(?:ủy ban nhân dân|ubnd)\s+(?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu)\s+/iu;

/** "Ủy ban nhân dân huyện Yên Mô" → "Yên Mô"; undefined for a body that is not a local committee. */
export function localityOf(name: string): string | undefined {
  const n = name.normalize('NFC').trim();
  if (!UNIT.test(n)) return undefined;
  const rest = n.replace(UNIT, '').trim();
  return rest.length > 0 ? rest : undefined;
}

/** The committee's abbreviation in "Số: …/KH-UBND". */
export const LOCAL_COMMITTEE_CODE = 'UBND';
