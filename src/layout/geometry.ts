import { PAGE, TYPE } from '../model/page-setup.js';

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
  textWidth: mm(PAGE.widthMm - PAGE.margins.leftMm - PAGE.margins.rightMm),
  firstIndent: TYPE.firstLineIndentCm * 10 * PT_PER_MM,
} as const;

/**
 * Column widths shared with the DOCX writer's tables (src/writers/docx/layout.ts
 * computes the same from millimetres): the header's right column holds the
 * Quốc hiệu on one line; the closing table is 45/55.
 */
export const HEADER_RIGHT = mm(102);
export const CELL_PADDING = mm(1);
export const CLOSING_LEFT_SHARE = 0.45;
/** Height of a rule paragraph: 3 pt above, a 2 pt line, and the border LibreOffice draws below it. */
export const RULE_BLOCK = { before: 3, line: 2, border: 1.75, thickness: 0.75 } as const;
