/** docx's own converters truncate (20 mm → 1133); these round. */
export const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);
export const cmToTwip = (cm: number) => mmToTwip(cm * 10);
export const ptToTwip = (pt: number) => Math.round(pt * 20);
/** Run sizes are in half-points. */
export const ptToHalfPt = (pt: number) => Math.round(pt * 2);
export const lineSpacing240 = (multiple: number) => Math.round(multiple * 240);
