import { BLOCKS, PAGE, TYPE } from '../model/page-setup.js';

/** Page geometry in points, from the shared page setup. */
export const PT_PER_MM = 72 / 25.4;
export const mm = (v: number) => v * PT_PER_MM;

const pageGeometry = (widthMm: number, heightMm: number) => ({
  width: mm(widthMm),
  height: mm(heightMm),
  left: mm(PAGE.margins.leftMm),
  right: mm(widthMm - PAGE.margins.rightMm),
  top: mm(PAGE.margins.topMm),
  bottom: mm(heightMm - PAGE.margins.bottomMm),
  headerTop: mm(PAGE.headerMm),
  textWidth: mm(widthMm - PAGE.margins.leftMm - PAGE.margins.rightMm),
  firstIndent: TYPE.firstLineIndentCm * 10 * PT_PER_MM,
});

export type Geometry = Readonly<ReturnType<typeof pageGeometry>>;

export const GEOMETRY: Geometry = pageGeometry(PAGE.widthMm, PAGE.heightMm);
/** A page turned across, for a wide appendix: the same margins. */
export const LANDSCAPE: Geometry = pageGeometry(PAGE.heightMm, PAGE.widthMm);


/** The blocks' proportions (model/page-setup.ts: BLOCKS), in points; the DOCX writer reads the same in twips. */
export const HEADER_RIGHT = mm(BLOCKS.headerRightMm);
export const CELL_PADDING = mm(BLOCKS.cellPaddingMm);
export const CLOSING_LEFT_SHARE = BLOCKS.closingLeftShare;
/** Height of a rule paragraph: 3 pt above, a 2 pt line, and the border LibreOffice draws below it. */
export const RULE_BLOCK = { before: 3, line: 2, border: 1.75, thickness: 0.75 } as const;
