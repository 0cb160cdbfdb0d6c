/**
 * The signature block's capitalised lines (NĐ 30, Điều 13 and Phụ lục I ô 7a):
 * "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
 */

export type Authority = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

export interface SignatureParts {
  /** Collective the signer acts for; printed as "TM. <collective>". */
  readonly collective?: string;
  /** Prefix before the head's title: KT. (deputy), Q. (acting), TL., TUQ. */
  readonly authority?: Exclude<Authority, 'TM.'>;
  /** Title of the head the signer acts for ("CHỦ TỊCH", "TRƯỞNG BAN"). */
  readonly headTitle?: string;
  /** The signer's own title ("PHÓ CHỦ TỊCH"). */
  readonly title: string;
  /** Further title lines, e.g. the agency post of a steering committee member. */
  readonly extraTitles?: readonly string[];
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

export function signatureLines(parts: SignatureParts): string[] {
  const lines: string[] = [];
  if (parts.collective) lines.push(`TM. ${upper(parts.collective)}`);
  if (parts.authority && parts.headTitle) lines.push(`${parts.authority} ${upper(parts.headTitle)}`);
  lines.push(upper(parts.title));
  for (const extra of parts.extraTitles ?? []) lines.push(upper(extra));
  return lines;
}
