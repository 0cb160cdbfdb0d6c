import { BLOCKS, PAGE, TYPE, textWidthMm } from '../model/page-setup.js';

/** Page geometry in points, from the shared page setup. */
export const PT_PER_MM = 72 / 25.4;
export const mm = (v: number) => v * PT_PER_MM;

export const GEOMETRY = {
  width: mm(PAGE.widthMm),
  height: mm(PAGE.heightMm),
  left: mm(PAGE.margins.leftMm),
  right: mm(PAGE.widthMm - PAGE.margins.rightMm),
  top: mm(PAGE.margins.topMm),
  bottom: mm(PAGE.heightMm - PAGE.margins.bottomMm),
  headerTop: mm(PAGE.headerMm),
  textWidth: mm(textWidthMm),
  firstIndent: TYPE.firstLineIndentCm * 10 * PT_PER_MM,
} as const;

/** The blocks' proportions (model/page-setup.ts: BLOCKS), in points; the DOCX writer reads the same in twips. */
export const HEADER_RIGHT = mm(BLOCKS.headerRightMm);
export const CELL_PADDING = mm(BLOCKS.cellPaddingMm);
export const CLOSING_LEFT_SHARE = BLOCKS.closingLeftShare;
/** Height of a rule paragraph: 3 pt above, a 2 pt line, and the border LibreOffice draws below it. */
export const RULE_BLOCK = { before: 3, line: 2, border: 1.75, thickness: 0.75 } as const;
