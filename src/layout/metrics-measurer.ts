import { textWidthPt } from '../measure/text-width.js';
import type { Measurer } from './measure.js';

/**
 * Layout by the shipped Times New Roman metrics (src/measure), with no font file:
 * for a writer that must foresee where LibreOffice or Word will break pages (the
 * DOCX writer's keep flags). Ascent and line height are Times New Roman's, which
 * Liberation Serif shares.
 */
export const metricsMeasurer: Measurer = {
  width: (text, style, size) => textWidthPt(text, size, style),
  ascent: 0.891,
  lineHeight: 1.149,
};
