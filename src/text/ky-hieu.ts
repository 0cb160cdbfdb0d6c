/**
 * Số, ký hiệu (NĐ 30, Phụ lục I, ô 3): "Số: 05/KH-UBND". The number is zero-padded
 * below 10; a draft without a number leaves room for the clerk to write it in.
 */

export interface KyHieuParts {
  /** Issued number; absent on a draft. */
  readonly number?: number;
  /** Abbreviation of the document type: KH, BC, … */
  readonly typeCode: string;
  /** Abbreviation of the issuing body: UBND, BCĐ, … */
  readonly issuerCode: string;
  /** A legal (quy phạm pháp luật) document's year, between number and type: "06/2024/QĐ-UBND". */
  readonly year?: number;
}

/** Room for the Văn thư to write the number into a draft by hand: no-break spaces, which no layout collapses. */
const ROOM = '\u00A0'.repeat(8);

export function documentNumber(number: number | undefined): string {
  if (number === undefined) return ROOM;
  return number < 10 ? `0${number}` : String(number);
}

export function kyHieu(parts: KyHieuParts): string {
  return `${documentNumber(parts.number)}/${parts.year !== undefined ? `${parts.year}/` : ''}${parts.typeCode}-${parts.issuerCode}`;
}

export function numberLine(parts: KyHieuParts): string {
  return `Số: ${kyHieu(parts)}`;
}

/** The số, ký hiệu as another document cites it: "22/KH-BCĐ"; a draft not yet numbered, "…/KH-BCĐ". */
export function citedKyHieu(parts: KyHieuParts): string {
  return parts.number === undefined ? `…/${parts.year !== undefined ? `${parts.year}/` : ''}${parts.typeCode}-${parts.issuerCode}` : kyHieu(parts);
}

/** The line under an attachment's title (ND30 Phụ lục I §8): "(Kèm theo Kế hoạch số 22/KH-BCĐ ngày 05/02/2024 của …)". */
export function attachedToLine(typeName: string, parts: KyHieuParts, date: string, of: string): string {
  return `(Kèm theo ${typeName} số ${citedKyHieu(parts)} ngày ${date} của ${of})`;
}
