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
