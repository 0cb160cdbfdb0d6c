import type { IssuedDocumentFields, Lines, SignatureInput } from '../load/types.js';
import { parseIsoDate, placeDateLine } from '../text/dates.js';
import { numberLine } from '../text/ky-hieu.js';
import { signatureLines } from '../text/signature.js';
import { DOCUMENT_TYPES } from '../text/document-types.js';
import { recipientLines } from '../text/recipients.js';

/** The parts every document kind prints the same way: the national header and the signature. */

/** Lines as the author wrote them: a list, or one string whose line breaks (a YAML block) are the breaks. */
export const asLines = (l: Lines | undefined): string[] =>
  (l === undefined ? '' : typeof l === 'string' ? l : l.join('\n')).split('\n').map((x) => x.trim()).filter(Boolean);

/** A text field as its paragraphs: blank lines part them, other whitespace is one space. */
export const paragraphsOf = (text: string | null | undefined): string[] => (text ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);

/** The year a legal document's ký hiệu carries: its own date's. */
export const legalYear = (doc: IssuedDocumentFields & { readonly legal?: boolean }): { year?: number } => (doc.legal ? { year: Number(doc.date.slice(0, 4)) } : {});

export function headerView(doc: IssuedDocumentFields & { readonly legal?: boolean }, typeCode: string) {
  return {
    parentBody: asLines(doc.parent_body),
    issuer: asLines(doc.issuer),
    numberLine: numberLine({ ...(doc.number !== undefined ? { number: doc.number } : {}), ...legalYear(doc), typeCode, issuerCode: doc.issuer_code }),
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
    name: sig.name ?? '',
  };
}

/** The frame of a Báo cáo (ô 1–4, 5a, Kính gửi, Nơi nhận, signature): a report along an outline and a progress report print it alike. */
export function reportFrame(input: {
  readonly document: IssuedDocumentFields & { readonly subject: string; readonly to?: readonly string[] };
  readonly recipients?: readonly string[]; readonly archive?: readonly string[]; readonly signature?: SignatureInput;
}) {
  return {
    header: headerView(input.document, 'BC'),
    typeTitle: DOCUMENT_TYPES.BC!.title,
    typeName: DOCUMENT_TYPES.BC!.name,
    subject: input.document.subject,
    to: input.document.to ?? [],
    recipients: recipientLines(input.recipients ?? [], input.archive ?? []),
    signature: signatureView(input.signature),
  };
}
