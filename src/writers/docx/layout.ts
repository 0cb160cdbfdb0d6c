import { BLOCKS, landscapeTextWidthMm, textWidthMm } from '../../model/page-setup.js';
import { mmToTwip } from './units.js';

/** Column widths of the header and closing tables, in twips, inside the text width. */
export const TEXT_WIDTH = mmToTwip(textWidthMm);
export const LANDSCAPE_TEXT_WIDTH = mmToTwip(landscapeTextWidthMm);
export const headerColumns = (rightMm: number) => [TEXT_WIDTH - mmToTwip(rightMm), mmToTwip(rightMm)] as const;
export const HEADER_COLUMNS = headerColumns(BLOCKS.headerRightMm);
export const CLOSING_COLUMNS = [Math.round(TEXT_WIDTH * BLOCKS.closingLeftShare), TEXT_WIDTH - Math.round(TEXT_WIDTH * BLOCKS.closingLeftShare)] as const;
/** Cell padding left and right. */
export const CELL_PADDING = mmToTwip(BLOCKS.cellPaddingMm);
