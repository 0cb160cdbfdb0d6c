import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Closing } from '../../model/types.js';
import { CELL_PADDING, CLOSING_COLUMNS } from './layout.js';
import { STYLE } from './styles.js';
import { ptToHalfPt, ptToTwip } from './units.js';
import { TYPE } from '../../model/page-setup.js';
import { textRun } from './text-run.js';

/**
 * Nơi nhận at left, level with the signature at right (NĐ 30 ô 9b and 7), in
 * one row that never splits across pages.
 */
export function closingTable(c: Closing): Table {
  const left = [
    new Paragraph({ style: STYLE.recipientsHeading, children: [textRun(c.heading ?? 'Nơi nhận:')] }),
    ...c.recipients.map((r) => new Paragraph({ style: STYLE.recipients, children: [textRun(r)] })),
    ...(c.drafterCode ? [new Paragraph({ style: STYLE.recipients, children: [textRun(c.drafterCode)] })] : []),
  ];
  const right = [
    ...c.signature.lines.map((l) => new Paragraph({ style: STYLE.signature, children: [textRun(l)] })),
    ...(c.signature.note ? [new Paragraph({ style: STYLE.signature, children: [textRun(c.signature.note, { bold: false, italics: true })] })] : []),
    // Room for the signature and the seal over its left third.
    new Paragraph({ style: STYLE.signature, spacing: { before: ptToTwip(72) }, children: [textRun(c.signature.name)] }),
  ];
  const cell = (children: Paragraph[], col: number) =>
    new TableCell({ children, width: { size: CLOSING_COLUMNS[col]!, type: WidthType.DXA }, margins: { left: CELL_PADDING, right: CELL_PADDING, top: ptToTwip(12) } });
  return new Table({
    width: { size: CLOSING_COLUMNS[0] + CLOSING_COLUMNS[1], type: WidthType.DXA },
    columnWidths: [...CLOSING_COLUMNS],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left, 0), cell(right, 1)] }),
      // A form's lines under the whole block, across both columns.
      ...(c.after?.length ? [new TableRow({ cantSplit: true, children: [new TableCell({
        children: c.after.map((l) => new Paragraph({ style: STYLE.recipients, spacing: { before: ptToTwip(12) }, children: [textRun(l, { size: ptToHalfPt(TYPE.bodyPt) })] })),
        columnSpan: 2, width: { size: CLOSING_COLUMNS[0] + CLOSING_COLUMNS[1], type: WidthType.DXA }, margins: { left: CELL_PADDING, right: CELL_PADDING },
      })] })] : []),
    ],
  });
}
