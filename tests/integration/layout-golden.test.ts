import { describe, it } from 'vitest';
import { layoutDocument } from '../../src/layout/document-layout.js';
import type { LayoutResult } from '../../src/layout/types.js';
import { loadFonts } from '../../src/writers/pdf/font-measurer.js';
import { resolveFonts } from '../../src/writers/pdf/fonts.js';
import { buildModel, PLANS } from '../helpers/build.js';
import { expectGolden } from '../helpers/golden.js';

/**
 * The PDF layout as a line dump: page, baseline and the text of each line.
 * Line breaks and page breaks depend on the font's metrics, so the golden is
 * for Liberation Serif (what CI installs); with other fonts the test says so and skips.
 */
const choice = resolveFonts();
const liberation = choice.family === 'Liberation Serif';
if (!liberation) console.warn(`[skip] layout goldens are for Liberation Serif; this machine uses ${choice.family}`);

function dump(layout: LayoutResult): string {
  const out: string[] = [];
  layout.pages.forEach((p, i) => {
    const lines = new Map<number, string[]>();
    for (const it of p.items) {
      if (it.kind !== 'text') continue;
      const y = Math.round(it.y * 10) / 10;
      lines.set(y, [...(lines.get(y) ?? []), it.text]);
    }
    for (const [y, texts] of [...lines].sort((a, b) => a[0] - b[0])) out.push(`p${i + 1} ${y.toFixed(1).padStart(6)} | ${texts.join(' ')}`);
  });
  return out.join('\n') + '\n';
}

describe.skipIf(!liberation).each(Object.entries(PLANS))('layout of %s', (_, plan) => {
  it('matches its line dump', async () => {
    const name = `${plan.split('/').pop()!.replace(/\.yaml$/, '')}.layout.txt`;
    expectGolden(name, dump(layoutDocument(await buildModel(plan), loadFonts(choice).measurer)));
  });
});
