import { PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Page } from '../../layout/types.js';

interface Node {
  title: string;
  level: number;
  pageIndex: number;
  y: number;
  children: Node[];
}

/** Bookmarks from the headings, nested by level: pdf-lib has no outline API, so the dictionaries are built here. */
export function addOutline(pdf: PDFDocument, pages: readonly Page[], pageHeight: number): void {
  const root: Node = { title: '', level: 0, pageIndex: 0, y: 0, children: [] };
  const stack: Node[] = [root];
  pages.forEach((p, pageIndex) => {
    for (const b of p.bookmarks) {
      const node: Node = { title: b.title, level: b.level, pageIndex, y: b.y, children: [] };
      while (stack.length > 1 && stack[stack.length - 1]!.level >= b.level) stack.pop();
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    }
  });
  if (root.children.length === 0) return;
  const ctx = pdf.context;
  const pageRefs = pdf.getPages().map((p) => p.ref);
  const count = (n: Node): number => n.children.reduce((c, k) => c + 1 + count(k), 0);
  const build = (n: Node, ref: PDFRef, parent: PDFRef | undefined): void => {
    const dict = PDFDict.withContext(ctx);
    if (parent) {
      dict.set(PDFName.of('Title'), PDFHexString.fromText(n.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), ctx.obj([pageRefs[n.pageIndex]!, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round((pages[n.pageIndex]?.height ?? pageHeight) - n.y)), PDFNull]));
    } else {
      dict.set(PDFName.of('Type'), PDFName.of('Outlines'));
    }
    const refs = n.children.map(() => ctx.nextRef());
    if (refs.length > 0) {
      dict.set(PDFName.of('First'), refs[0]!);
      dict.set(PDFName.of('Last'), refs[refs.length - 1]!);
      dict.set(PDFName.of('Count'), PDFNumber.of(parent ? -count(n) : count(n)));
    }
    n.children.forEach((child, i) => {
      build(child, refs[i]!, ref);
      const childDict = ctx.lookup(refs[i]!) as PDFDict;
      if (i > 0) childDict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) childDict.set(PDFName.of('Next'), refs[i + 1]!);
    });
    ctx.assign(ref, dict);
  };
  const rootRef = ctx.nextRef();
  build(root, rootRef, undefined);
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
