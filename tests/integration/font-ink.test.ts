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
 * blank glyphs (fontkit's subset of Tinos does). Each font choice is rendered and
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
  it('the npm fallback (Tinos, embedded whole) inks page 1 like the system font', async () => {
    const model = await buildModel(PLANS.ninhBinh);
    const system = ink(await writePdfWith(model, loadFonts(resolveFonts())));
    const fallback = ink(await writePdfWith(model, loadFonts(npmFonts()!)));
    console.log(`ink on page 1: system font ${(system * 100).toFixed(2)} %, Tinos ${(fallback * 100).toFixed(2)} %`);
    expect(system).toBeGreaterThan(0.02);
    expect(fallback / system).toBeGreaterThan(0.8);
    expect(fallback / system).toBeLessThan(1.25);
  });
});
