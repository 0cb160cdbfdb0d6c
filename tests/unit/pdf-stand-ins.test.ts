import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FontNames as RealFontNames } from '@pdf-lib/standard-fonts';
import { describe, expect, it } from 'vitest';
import { Encodings, Font, FontNames } from '../../src/writers/pdf/stand-ins/standard-fonts.js';
import UPNG from '../../src/writers/pdf/stand-ins/upng.js';
import { ROOT } from '../helpers/cli.js';

describe("stand-ins for pdf-lib's standard fonts and PNG decoder (the CLI bundle's --alias)", () => {
  it('give pdf-lib the same font names it reads when it loads', () => {
    expect({ ...FontNames }).toEqual({ ...RealFontNames });
  });

  it('say plainly what is missing if anything reaches for more', () => {
    expect(() => Font.load('Helvetica')).toThrow("vanban does not carry pdf-lib's standard fonts (Helvetica)");
    expect(() => (Encodings as Record<string, unknown>).WinAnsi).toThrow('encoding WinAnsi');
    expect(() => UPNG.decode()).toThrow("vanban does not carry pdf-lib's PNG decoder");
  });

  it('are what the bundle carries: none of the real packages\' data is in it', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'bundle', 'vanban.cjs'), 'latin1');
    const encodings = readFileSync(join(ROOT, 'node_modules', '@pdf-lib', 'standard-fonts', 'es', 'all-encodings.compressed.json'), 'utf8');
    expect(bundle).not.toContain(encodings.slice(10, 50));
    // UPNG's chunk names, which pdf-lib itself never spells.
    expect(bundle).not.toContain('"IHDR"');
    expect(bundle).toContain("vanban does not carry pdf-lib's standard fonts");
  });
});
