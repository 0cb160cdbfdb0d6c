import type { IssuedDocumentFields, Lines, SignatureInput } from '../load/types.js';
import { parseIsoDate, placeDateLine } from '../text/dates.js';
import { numberLine } from '../text/ky-hieu.js';
import { signatureLines } from '../text/signature.js';

/** The parts every document kind prints the same way: the national header and the signature. */

/** Lines as the author wrote them: a list, or one string whose line breaks (a YAML block) are the breaks. */
export const asLines = (l: Lines | undefined): string[] =>
  (l === undefined ? '' : typeof l === 'string' ? l : l.join('\n')).split('\n').map((x) => x.trim()).filter(Boolean);

export function headerView(doc: IssuedDocumentFields, typeCode: string) {
  return {
    parentBody: asLines(doc.parent_body),
    issuer: asLines(doc.issuer),
    numberLine: numberLine({ ...(doc.number !== undefined ? { number: doc.number } : {}), typeCode, issuerCode: doc.issuer_code }),
    placeDate: placeDateLine(doc.place, parseIsoDate(doc.date)!),
  };
}

export function signatureView(sig: SignatureInput | undefined): { lines: string[]; name: string } {
  if (!sig) return { lines: [], name: '' };
  return {
    lines: signatureLines({
      ...(sig.collective ? { collective: sig.collective } : {}),
      ...(sig.authority ? { authority: sig.authority } : {}),
      ...(sig.head_title ? { headTitle: sig.head_title } : {}),
      title: sig.title,
      ...(sig.extra_titles ? { extraTitles: sig.extra_titles } : {}),
    }),
    name: sig.name,
  };
}
