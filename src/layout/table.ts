import { TYPE } from '../model/page-setup.js';
import type { Table, TableRow } from '../model/types.js';
import { stackColumn } from './cell.js';
import type { FixedBlock } from './flow.js';
import { GEOMETRY } from './geometry.js';
import type { Measurer } from './measure.js';
import type { PageItem } from './types.js';

/** Word's default cell margins, as the DOCX tables use: 108 twips left and right, none above and below. */
const PADDING_X = 5.4;
const PADDING_Y = 0;
const BORDER = 0.5;

/**
 * A table as one block a row: rows never split (table rows in plans and reports
 * are short), and the header rows repeat at the top of every page the table
 * runs onto.
 */
export function tableBlocks(t: Table, m: Measurer): FixedBlock[] {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const widths = t.columns.map((c) => (c / total) * GEOMETRY.textWidth);
  const lefts = widths.map((_, i) => GEOMETRY.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const rowBlock = (row: TableRow): FixedBlock => {
    let col = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.colSpan ?? 1;
      const x = lefts[col]!;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const content = stackColumn(
        cell.blocks.map((p) => ({ inlines: p.inlines, size: TYPE.tablePt, bold: cell.bold === true, align: cell.align === 'left' ? 'left' as const : 'center' as const })),
        x + PADDING_X, w - 2 * PADDING_X, m,
      );
      return { x, w, content };
    });
    // The row's top border adds its width to the row, as LibreOffice lays out the DOCX table.
    const height = Math.max(...cells.map((c) => c.content.height)) + 2 * PADDING_Y + BORDER;
    const items: PageItem[] = [];
    const line = (x1: number, y1: number, x2: number, y2: number): PageItem => ({ kind: 'rule', x1, y1, x2, y2, thickness: BORDER });
    const right = GEOMETRY.left + GEOMETRY.textWidth;
    items.push(line(GEOMETRY.left, 0, right, 0), line(GEOMETRY.left, height, right, height));
    for (const c of cells) {
      items.push(line(c.x, 0, c.x, height));
      for (const it of c.content.items) items.push(it.kind === 'text' ? { ...it, y: it.y + PADDING_Y + BORDER } : it);
    }
    items.push(line(right, 0, right, height));
    // A table has no space before it of its own: the caption's spacing is all there is.
    return { kind: 'fixed', spaceBefore: 0, height, items };
  };
  const headerRows = t.rows.filter((r) => r.header);
  const header = headerRows.length > 0 ? stack(headerRows.map(rowBlock)) : undefined;
  return t.rows.map((row) => {
    const block = rowBlock(row);
    // A header row never ends a page: it keeps with the first row under it.
    if (row.header) return { ...block, keepWithNext: true };
    return header ? { ...block, repeatHeader: header } : block;
  });
}

function stack(blocks: readonly FixedBlock[]): FixedBlock {
  let y = 0;
  const items: PageItem[] = [];
  for (const b of blocks) {
    for (const it of b.items) items.push(it.kind === 'text' ? { ...it, y: it.y + y } : { ...it, y1: it.y1 + y, y2: it.y2 + y });
    y += b.height;
  }
  return { kind: 'fixed', spaceBefore: 0, height: y, items };
}
