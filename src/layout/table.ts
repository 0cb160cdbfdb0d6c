import { BLOCKS, TYPE } from '../model/page-setup.js';
import type { Table, TableRow } from '../model/types.js';
import type { FixedBlock } from './flow.js';
import { GEOMETRY, type Geometry } from './geometry.js';
import type { Measurer } from './measure.js';
import { layoutParagraph, type LineBox } from './paragraph.js';
import type { PageItem } from './types.js';

/** Word's default cell margins, which the DOCX tables keep: none above and below. */
const PADDING_X = BLOCKS.tableCellPaddingPt;
const PADDING_Y = 0;
const BORDER = 0.5;

/**
 * A table as one block a row, and the header rows repeat at the top of every
 * page the table runs onto. Rows are kept whole (the DOCX marks them cantSplit),
 * except a row taller than a page: LibreOffice breaks that one at the foot of the
 * page it starts on, each cell at a line, and so does this (flow.ts: splitAt),
 * each piece with its own borders; no line is drawn outside the page.
 */
export function tableBlocks(t: Table, m: Measurer, g: Geometry = GEOMETRY): FixedBlock[] {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const widths = t.columns.map((c) => (c / total) * g.textWidth);
  const lefts = widths.map((_, i) => g.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cellsOf = (row: TableRow): RowCell[] => {
    let col = 0;
    return row.cells.map((cell) => {
      const span = cell.colSpan ?? 1;
      const x = lefts[col]!;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const lines = cell.blocks.flatMap((p) => layoutParagraph(
        { inlines: p.inlines, size: TYPE.tablePt, bold: cell.bold === true, italic: false, align: cell.align === 'left' ? 'left' : 'center', x: x + PADDING_X, width: w - 2 * PADDING_X },
        m,
      ));
      return { x, w, lines };
    });
  };
  const headerRows = t.rows.filter((r) => r.header);
  const header = headerRows.length > 0 ? stack(headerRows.map((r) => rowBlock(cellsOf(r)))) : undefined;
  const pageRoom = g.bottom - g.top - (header?.height ?? 0);
  return t.rows.map((row) => {
    const cells = cellsOf(row);
    // A header row never ends a page: it keeps with the first row under it.
    if (row.header) return { ...rowBlock(cells), keepWithNext: true };
    return rowFlowBlock(cells, header, pageRoom);
  });
}

interface RowCell {
  readonly x: number;
  readonly w: number;
  readonly lines: readonly LineBox[];
}

const linesHeight = (lines: readonly LineBox[]) => lines.reduce((h, l) => h + l.height, 0);

/** A body row: whole when it fits a page; else it breaks at the page foot, each cell at a line. */
function rowFlowBlock(cells: readonly RowCell[], header: FixedBlock | undefined, pageRoom: number): FixedBlock {
  const block: FixedBlock = { ...rowBlock(cells), ...(header ? { repeatHeader: header } : {}) };
  if (block.height <= pageRoom) return block;
  const cut = (counts: readonly number[]) => [
    cells.map((c, i) => ({ x: c.x, w: c.w, lines: c.lines.slice(0, counts[i]) })),
    cells.map((c, i) => ({ x: c.x, w: c.w, lines: c.lines.slice(counts[i]) })),
  ] as const;
  const firstLines = cells.map((c) => Math.min(1, c.lines.length));
  return {
    ...block,
    minHeight: rowBlock(cut(firstLines)[0]).height,
    splitAt: (room, force) => {
      const lineRoom = room - 2 * PADDING_Y - BORDER;
      let counts = cells.map((c) => {
        let n = 0;
        let h = 0;
        while (n < c.lines.length && h + c.lines[n]!.height <= lineRoom) h += c.lines[n++]!.height;
        return n;
      });
      if (counts.every((n) => n === 0)) {
        if (!force) return [undefined, block];
        // A line taller than the page still goes somewhere.
        counts = firstLines;
      }
      const [head, rest] = cut(counts);
      if (rest.every((c) => c.lines.length === 0)) return [rowBlock(head), undefined];
      return [rowBlock(head), rowFlowBlock(rest, header, pageRoom)];
    },
  };
}

function rowBlock(cells: readonly RowCell[]): FixedBlock {
  // The row's top border adds its width to the row, as LibreOffice lays out the DOCX table.
  const height = Math.max(...cells.map((c) => linesHeight(c.lines))) + 2 * PADDING_Y + BORDER;
  const items: PageItem[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number): PageItem => ({ kind: 'rule', x1, y1, x2, y2, thickness: BORDER });
  // The row spans its cells: the page's text width, portrait or landscape.
  const left = Math.min(...cells.map((c) => c.x));
  const right = Math.max(...cells.map((c) => c.x + c.w));
  items.push(line(left, 0, right, 0), line(left, height, right, height));
  for (const c of cells) {
    items.push(line(c.x, 0, c.x, height));
    let y = PADDING_Y + BORDER;
    for (const l of c.lines) {
      for (const it of l.items) items.push({ ...it, y: it.y + y });
      y += l.height;
    }
  }
  items.push(line(right, 0, right, height));
  // A table has no space before it of its own: the caption's spacing is all there is.
  return { kind: 'fixed', spaceBefore: 0, height, items };
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
