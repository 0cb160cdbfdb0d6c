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
}

export function documentNumber(number: number | undefined): string {
  if (number === undefined) return '     ';
  return number < 10 ? `0${number}` : String(number);
}

export function kyHieu(parts: KyHieuParts): string {
  return `${documentNumber(parts.number)}/${parts.typeCode}-${parts.issuerCode}`;
}

export function numberLine(parts: KyHieuParts): string {
  return `Số: ${kyHieu(parts)}`;
}
