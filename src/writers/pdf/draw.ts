import {
  beginText, endText, lineTo, moveTo, PDFNumber, PDFOperator, PDFOperatorNames, popGraphicsState, pushGraphicsState,
  setFontAndSize, setLineWidth, setTextMatrix, stroke, type PDFDocument, type PDFFont, type PDFName, type PDFPage,
} from 'pdf-lib';
import type { FontStyle, LayoutResult, PageItem } from '../../layout/types.js';

/**
 * The thin drawer: maps positioned items to PDF operators, nothing more.
 * A justified run is one TJ: real spaces stay in the text (copy-paste works),
 * and the extra width follows each space as a TJ adjustment, since Identity-H
 * fonts ignore the Tw word-spacing operator.
 */
export function drawPages(pdf: PDFDocument, layout: LayoutResult, fonts: Readonly<Record<FontStyle, PDFFont>>): void {
  for (const p of layout.pages) {
    const page = pdf.addPage([layout.width, layout.height]);
    const keys = new Map<FontStyle, PDFName>();
    const keyOf = (s: FontStyle) => {
      let k = keys.get(s);
      if (!k) {
        k = page.node.newFontDictionary(fonts[s].name, fonts[s].ref);
        keys.set(s, k);
      }
      return k;
    };
    const ops: PDFOperator[] = [];
    for (const item of p.items) ops.push(...operators(item, page, layout.height, fonts, keyOf));
    page.pushOperators(...ops);
  }
}

function operators(item: PageItem, page: PDFPage, height: number, fonts: Readonly<Record<FontStyle, PDFFont>>, keyOf: (s: FontStyle) => PDFName): PDFOperator[] {
  if (item.kind === 'rule') {
    return [pushGraphicsState(), setLineWidth(item.thickness), moveTo(item.x1, height - item.y1), lineTo(item.x2, height - item.y2), stroke(), popGraphicsState()];
  }
  const font = fonts[item.style];
  const parts = item.text.split(/(?<= )/);
  const adjust = item.spaceExtra > 0 ? -(item.spaceExtra * 1000) / item.size : 0;
  const array: Array<ReturnType<PDFFont['encodeText']> | PDFNumber> = [];
  parts.forEach((part, i) => {
    array.push(font.encodeText(part));
    if (adjust !== 0 && i < parts.length - 1) array.push(PDFNumber.of(round(adjust)));
  });
  void page;
  return [
    beginText(),
    setFontAndSize(keyOf(item.style), item.size),
    setTextMatrix(1, 0, 0, 1, round(item.x), round(height - item.y)),
    PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [font.doc.context.obj(array)]),
    endText(),
  ];
}

const round = (v: number) => Math.round(v * 1000) / 1000;
