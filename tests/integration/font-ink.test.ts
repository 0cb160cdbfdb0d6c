import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/writers/pdf/font-measurer.js';
import { npmFonts, resolveFonts } from '../../src/writers/pdf/fonts.js';
import { writePdfWith } from '../../src/writers/pdf/pdf-writer.js';
import { buildModel, PLANS } from '../helpers/build.js';

/**
 * Text extraction alone proves nothing: a font can extract perfectly and draw
 * blank glyphs (fontkit's subset of Tinos did). Each font choice is rendered and
 * the ink on page 1 measured: the share of dark pixels must be close to the system font's.
 */
const poppler = spawnSync('pdftoppm', ['-v']).status === 0;
if (process.env.CI === 'true' && !poppler) throw new Error('CI=true but pdftoppm is missing');

function ink(pdf: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-ink-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', join(dir, 'doc.pdf'), join(dir, 'page')]);
  const pgm = readFileSync(join(dir, 'page-1.pgm'));
  // P5 header: magic, width, height, maxval, each followed by whitespace.
  let fields = 0;
  let offset = 0;
  while (fields < 4) {
    while (/\s/.test(String.fromCharCode(pgm[offset]!))) offset++;
    while (!/\s/.test(String.fromCharCode(pgm[offset]!))) offset++;
    fields++;
  }
  const pixels = pgm.subarray(offset + 1);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark / pixels.length;
}

describe.skipIf(!poppler)('every font choice draws its glyphs', () => {
  it('the system font and the npm fallback (Tinos), each subset, ink page 1 as the whole font does', async () => {
    const model = await buildModel(PLANS.ninhBinh);
    const systemChoice = resolveFonts();
    const tinos = npmFonts()!;
    const wholePdf = await writePdfWith(model, loadFonts({ ...systemChoice, subset: false }));
    const subsetPdf = await writePdfWith(model, loadFonts(systemChoice));
    // The subset really is one: a fraction of the whole font's bytes.
    expect(subsetPdf.length).toBeLessThan(wholePdf.length / 2);
    const whole = ink(wholePdf);
    const system = ink(subsetPdf);
    const fallback = ink(await writePdfWith(model, loadFonts(tinos)));
    console.log(`ink on page 1: ${systemChoice.family} whole ${(whole * 100).toFixed(2)} %, subset ${(system * 100).toFixed(2)} %; Tinos subset ${(fallback * 100).toFixed(2)} %`);
    expect(whole).toBeGreaterThan(0.02);
    // Subsetting must not change a pixel's worth of ink: same glyphs, same places.
    expect(Math.abs(system - whole) / whole).toBeLessThan(0.01);
    expect(fallback / whole).toBeGreaterThan(0.8);
    expect(fallback / whole).toBeLessThan(1.25);
  });
});
