/**
 * Writes times-metrics.json: advance widths (1/1000 em) of the characters
 * Vietnamese documents use, read from Liberation Serif (metric-compatible with
 * Times New Roman). Run by hand when the character set changes:
 *   node dist/measure/generate-metrics.js /usr/share/fonts/truetype/liberation2 src/measure/times-metrics.json
 * The DOCX writer measures header text with these numbers, so its output never
 * depends on which fonts the machine that runs it has.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: generate-metrics FONT_DIR OUT.json');
  process.exit(2);
}
const ranges: Array<[number, number]> = [[0x20, 0x7e], [0xa0, 0x17f], [0x1a0, 0x1b0], [0x300, 0x323], [0x1ea0, 0x1ef9], [0x2013, 0x2026]];
const styles = { regular: 'Regular', bold: 'Bold', italic: 'Italic', boldItalic: 'BoldItalic' } as const;
const result: Record<string, Record<string, number>> = {};
for (const [key, suffix] of Object.entries(styles)) {
  const font = fontkit.create(readFileSync(join(dir, `LiberationSerif-${suffix}.ttf`))) as unknown as {
    unitsPerEm: number; hasGlyphForCodePoint(c: number): boolean; glyphForCodePoint(c: number): { advanceWidth: number };
  };
  const widths: Record<string, number> = {};
  for (const [a, b] of ranges) {
    for (let c = a; c <= b; c++) {
      if (font.hasGlyphForCodePoint(c)) widths[String.fromCodePoint(c)] = Math.round((font.glyphForCodePoint(c).advanceWidth * 1000) / font.unitsPerEm * 100) / 100;
    }
  }
  result[key] = widths;
}
writeFileSync(out, JSON.stringify({ source: 'Liberation Serif 2 (Times New Roman metrics)', unitsPerEm: 1000, ...result }) + '\n');
