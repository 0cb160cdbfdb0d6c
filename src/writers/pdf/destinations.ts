import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument } from 'pdf-lib';
import type { Page } from '../../layout/types.js';

/**
 * A named destination per plan node (section, task, item, target, step), named
 * by its id, so a link "ke-hoach.pdf#truyen-thong-co-so-giao-duc" opens at the
 * task and a program finds it again. One leaf of the catalog's /Names /Dests
 * name tree; the tree wants its keys sorted, by bytes.
 */
export function addDestinations(pdf: PDFDocument, pages: readonly Page[], pageHeight: number): void {
  const ctx = pdf.context;
  const pageRefs = pdf.getPages().map((p) => p.ref);
  const entries = pages.flatMap((p, i) => p.anchors.map((a) => ({ id: a.id, page: i, y: a.y })));
  if (entries.length === 0) return;
  const seen = new Set<string>();
  const unique = entries.filter((e) => !seen.has(e.id) && seen.add(e.id));
  unique.sort((a, b) => Buffer.compare(Buffer.from(a.id, 'utf8'), Buffer.from(b.id, 'utf8')));
  const names = unique.flatMap((e) => [
    PDFHexString.fromText(e.id),
    ctx.obj([pageRefs[e.page]!, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round((pages[e.page]?.height ?? pageHeight) - e.y)), PDFNull]),
  ]);
  const dests = ctx.obj({ Names: ctx.obj(names) });
  pdf.catalog.set(PDFName.of('Names'), ctx.obj({ Dests: ctx.register(dests) }));
}
