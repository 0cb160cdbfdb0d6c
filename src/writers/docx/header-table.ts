import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { textWidthPt } from '../../measure/text-width.js';
import { TYPE } from '../../model/page-setup.js';
import type { DocumentHeader } from '../../model/types.js';
import { CELL_PADDING, HEADER_COLUMNS, headerColumns } from './layout.js';
import { ruleParagraph } from './rule.js';
import { STYLE } from './styles.js';
import { ptToHalfPt, ptToTwip } from './units.js';
import { textRun } from './text-run.js';

/**
 * The national header (NĐ 30 ô 1–4) as a borderless table: names and motto in
 * the first row, "Số: …" and the place-date line in the second, so those two
 * always stand on the same line whatever the names above them wrap to.
 */
export function headerTable(h: DocumentHeader): Table {
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  const line = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
    new Paragraph({ style: STYLE.headerCell, children: [new TextRun({ text, ...opts, ...(opts.size ? { size: ptToHalfPt(opts.size) } : {}) })] });
  const columns = h.rightMm === undefined ? HEADER_COLUMNS : headerColumns(h.rightMm);
  const inner = (col: number) => columns[col]! - 2 * CELL_PADDING;

  // The issuer's lines are those it prints on (model: header.issuer), so this is the printed width.
  const issuerWidth = Math.max(...h.issuer.map((l) => textWidthPt(upper(l), h.issuerPt, 'bold')));
  const sloganWidth = textWidthPt(h.motto.slogan, TYPE.mottoPt, 'bold');
  const left = [
    ...h.parentBody.map((l) => line(upper(l), h.parentBodyPt === TYPE.headerPt ? {} : { size: h.parentBodyPt })),
    ...h.issuer.map((l) => line(upper(l), { bold: true, ...(h.issuerPt === TYPE.headerPt ? {} : { size: h.issuerPt }) })),
    // 1/3–1/2 of the name's length (NĐ 30 ô 2): 40 %; a form with no issuer has no rule either.
    ...(h.issuer.length > 0 ? [ruleParagraph(ptToTwip(issuerWidth * 0.4), inner(0))] : []),
  ];
  const right = [
    line(h.motto.nation, { bold: true }),
    line(h.motto.slogan, { bold: true, size: TYPE.mottoPt }),
    ruleParagraph(ptToTwip(sloganWidth), inner(1)),
  ];
  const cell = (children: Paragraph[], col: number, top = 0) =>
    new TableCell({
      children, width: { size: columns[col]!, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP,
      margins: { left: CELL_PADDING, right: CELL_PADDING, top, bottom: 0 },
    });
  const numberLine = new Paragraph({ style: STYLE.headerCell, children: [textRun(h.numberLine)] });
  const placeDate = line(h.placeDate, { italics: true, size: TYPE.mottoPt });
  return new Table({
    width: { size: columns[0] + columns[1], type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      // A cell holds at least one paragraph (Word refuses an empty one).
      new TableRow({ cantSplit: true, children: [cell(left.length > 0 ? left : [line('')], 0), cell(right, 1)] }),
      new TableRow({ cantSplit: true, children: [cell([numberLine], 0, ptToTwip(6)), cell([placeDate], 1, ptToTwip(6))] }),
    ],
  });
}
