import { PAGE } from '../../model/page-setup.js';
import { mmToTwip } from './units.js';

/** Column widths of the header and closing tables, in twips, inside the text width. */
export const TEXT_WIDTH = mmToTwip(PAGE.widthMm - PAGE.margins.leftMm - PAGE.margins.rightMm);
/** The right header column must hold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt bold, ~271 pt) on one line. */
export const HEADER_COLUMNS = [TEXT_WIDTH - mmToTwip(102), mmToTwip(102)] as const;
export const CLOSING_COLUMNS = [Math.round(TEXT_WIDTH * 0.45), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.45)] as const;
/** Cell padding left and right. */
export const CELL_PADDING = mmToTwip(1);
