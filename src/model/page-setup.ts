/**
 * Page and type settings shared by every writer, so DOCX and PDF agree.
 * Values sit inside NĐ 30's ranges (Phụ lục I): A4, margins top/bottom 20–25,
 * left 30–35, right 15–20 mm; body 13–14 pt; first-line indent 1–1.27 cm;
 * ≥ 6 pt between paragraphs; line spacing single to 1.5.
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
  /** Distance of the page-number line from the top edge. */
  headerMm: 10,
} as const;

export const TYPE = {
  font: 'Times New Roman',
  bodyPt: 14,
  headerPt: 13,
  mottoPt: 14,
  titlePt: 14,
  recipientsHeadingPt: 12,
  recipientsPt: 11,
  pageNumberPt: 14,
  tablePt: 12,
  firstLineIndentCm: 1.27,
  spaceBetweenParagraphsPt: 6,
  /** Multiple of single line spacing. */
  lineSpacing: 1.15,
} as const;

export const textWidthMm = PAGE.widthMm - PAGE.margins.leftMm - PAGE.margins.rightMm;
/** A landscape page (a wide appendix) keeps the same margins on the long side across. */
export const landscapeTextWidthMm = PAGE.heightMm - PAGE.margins.leftMm - PAGE.margins.rightMm;

/**
 * The blocks' proportions, read by both writers (src/layout for the PDF,
 * src/writers/docx for Word) so the two cannot drift apart.
 */
export const BLOCKS = {
  /** The header's right column holds "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt bold, ~271 pt) on one line. */
  headerRightMm: 102,
  /** Nơi nhận on the left, the signature on the right: 45/55 of the text width. */
  closingLeftShare: 0.45,
  /** Left and right padding of the header and closing cells. */
  cellPaddingMm: 1,
  /** Word's default cell margin in body tables, which our DOCX tables keep: 108 twips = 5.4 pt a side. */
  tableCellPaddingPt: 5.4,
} as const;

/** Heading runs by level (ND30 Phụ lục I: mục in bold, khoản bold, điểm bold italic, then italic). */
export const HEADING_RUNS: Readonly<Record<1 | 2 | 3 | 4, { readonly bold: boolean; readonly italic: boolean }>> = {
  1: { bold: true, italic: false },
  2: { bold: true, italic: false },
  3: { bold: true, italic: true },
  4: { bold: false, italic: true },
};
