import type { Document, DocumentHeader, Inline } from './types.js';

/** Fields that hold no printed words: ids, layout hints, the metadata that goes to a file's properties. */
const SILENT = new Set(['version', 'meta', 'kind', 'id', 'anchors', 'partOf', 'style', 'align', 'orientation', 'level', 'columns']);

/**
 * Every printed string of a document, in reading order — header as its table
 * reads (issuer beside the motto, number beside place and date), title, body,
 * closing, appendices — one line a paragraph. What `import` compares with the
 * file it read.
 */
export function printedText(doc: Document): string {
  const out: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (SILENT.has(key)) return;
    if (key === 'header' && v && typeof v === 'object') out.push(...headerLines(v as DocumentHeader));
    else if (key === 'inlines' && Array.isArray(v)) out.push((v as Inline[]).map((r) => r.text).join(''));
    else if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(doc, '');
  return out.join('\n');
}

function headerLines(h: DocumentHeader): string[] {
  return [...h.parentBody, ...h.issuer, h.motto.nation, h.motto.slogan, h.numberLine, h.placeDate];
}
