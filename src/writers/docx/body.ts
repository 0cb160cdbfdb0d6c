import { AlignmentType, Bookmark, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Block, Inline, Paragraph as ModelParagraph, Table as ModelTable } from '../../model/types.js';
import { TYPE } from '../../model/page-setup.js';
import { lineSpacing240 } from './units.js';
import { TEXT_WIDTH } from './layout.js';
import { leadsIntoNext } from '../../layout/lead-in.js';
import { bookmarkName } from './bookmark-name.js';
import type { ListMark } from './list-numbering.js';
import { DATA_STYLE, STYLE } from './styles.js';
import { textRun } from './text-run.js';

/**
 * Body blocks. A number Word can count is a list number (list-numbering.ts); any
 * other, the letter level above all (Word's letter lists have no "đ"), is text.
 */
export interface BodyOptions {
  readonly keepLastWithNext?: boolean;
  readonly lists?: ReadonlyMap<Block, ListMark>;
  /** A line spacing other than the styles' (the layout's closing fit), set on each paragraph. */
  readonly lineSpacing?: number;
}

export function bodyBlocks(blocks: readonly Block[], options: BodyOptions = {}, textWidth = TEXT_WIDTH): Array<Paragraph | Table> {
  const spacing = options.lineSpacing !== undefined && options.lineSpacing !== TYPE.lineSpacing
    ? { spacing: { line: lineSpacing240(options.lineSpacing), lineRule: LineRuleType.AUTO } } : {};
  return blocks.map((b, i) => {
    const keepWithClosing = options.keepLastWithNext === true && i === blocks.length - 1;
    const list = options.lists?.get(b);
    switch (b.kind) {
      case 'heading':
        return new Paragraph({
          style: STYLE.heading(b.level), widowControl: true, children: marked([b.id], runs(list ? undefined : b.number, b.inlines)),
          ...(list ? { numbering: list } : {}), ...spacing,
          ...(b.align === 'center' ? { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } : {}),
        });
      case 'paragraph':
        // A table's caption stays with its table; the last paragraph, when asked, with the closing block.
        return paragraph(b, keepWithClosing || b.style === 'note', list, leadsIntoNext(b, blocks[i + 1]), spacing);
      case 'table':
        return table(b, textWidth);
    }
  });
}

function runs(number: string | undefined, inlines: readonly Inline[]): TextRun[] {
  const out = inlines.map((r) => textRun(r.text, { ...(r.data ? { style: DATA_STYLE[r.data] } : {}), ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }));
  return number ? [textRun(`${number} `), ...out] : out;
}

/**
 * A plan node's paragraph holds a bookmark named after the node's id (bookmark-name.ts),
 * so a program finds the task again in an edited file; joined tasks get one each.
 */
function marked(ids: ReadonlyArray<string | undefined>, children: TextRun[]): Array<TextRun | Bookmark> {
  const named = ids.filter((id): id is string => id !== undefined);
  if (named.length === 0) return children;
  const [first, ...rest] = named;
  return [...rest.map((id) => new Bookmark({ id: bookmarkName(id), children: [] })), new Bookmark({ id: bookmarkName(first!), children })];
}

function paragraph(p: ModelParagraph, keepNext: boolean, list: ListMark | undefined, leadsIn: boolean, spacing: object): Paragraph {
  // The last paragraph keeps with the closing block, which must not stand alone on a page.
  // Widow/orphan control is off when a DOCX does not ask for it, so every body paragraph asks.
  return new Paragraph({
    style: STYLE.body, widowControl: true, children: marked([p.id, ...(p.anchors ?? [])], runs(list ? undefined : p.number, p.inlines)),
    ...(list ? { numbering: list } : {}), ...spacing,
    ...(p.align === 'center' ? { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } : {}),
    ...(keepNext ? { keepNext: true, keepLines: true } : leadsIn ? { keepNext: true } : {}),
  });
}

function table(t: ModelTable, textWidth: number): Table {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const widths = t.columns.map((c) => Math.round((c / total) * textWidth));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: t.rows.map((row) => new TableRow({
      ...(row.header ? { tableHeader: true } : {}),
      ...(row.cantSplit ? { cantSplit: true } : {}),
      children: row.cells.map((cell, i) => new TableCell({
        width: { size: widths[i] ?? 0, type: WidthType.DXA },
        ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
        children: cell.blocks.map((p) => new Paragraph({
          style: STYLE.tableCell,
          ...(row.header ? { keepNext: true } : {}),
          alignment: cell.align === 'right' ? AlignmentType.RIGHT : cell.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: p.inlines.map((r) => textRun(r.text, { ...(r.bold || cell.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) })),
        })),
      })),
    })),
  });
}
