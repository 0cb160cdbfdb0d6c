import type { Lines } from '../load/types.js';
import type { DocumentMeta } from './types.js';

/** PDF/DOCX metadata from a document's own fields: title is the subject, author the issuer, date its date. */
export function documentMeta(doc: { readonly issuer: Lines; readonly subject: string; readonly date: string; readonly keywords?: readonly string[] }, typeName: string, numberLine: string): DocumentMeta {
  return {
    title: doc.subject,
    author: typeof doc.issuer === 'string' ? doc.issuer : doc.issuer.join(' '),
    subject: `${typeName} ${numberLine.replace(/^Số:\s*/, '').trim()}`,
    keywords: [...(doc.keywords ?? [])],
    language: 'vi-VN',
    date: doc.date,
  };
}
