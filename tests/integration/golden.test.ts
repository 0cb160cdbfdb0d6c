import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../src/model/types.js';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { buildModel, PLANS } from '../helpers/build.js';
import { ROOT } from '../helpers/cli.js';
import { docxParts, paragraphs } from '../helpers/docx.js';

/**
 * Text goldens, not binary snapshots: the document model as JSON, and the DOCX's
 * paragraphs as "style | text" lines. UPDATE_GOLDEN=1 rewrites them on purpose.
 */
const DIR = join(ROOT, 'tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const path = join(DIR, name);
  if (update || !existsSync(path)) {
    if (!update && process.env.CI === 'true') throw new Error(`golden ${name} is missing`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(Object.entries(PLANS))('golden files of %s', (_, plan) => {
  const stem = plan.split('/').pop()!.replace(/\.yaml$/, '');
  it('model', async () => {
    const model = await buildModel(plan);
    expect(model.version).toBe(MODEL_VERSION);
    golden(`${stem}.model.json`, JSON.stringify(model, null, 1) + '\n');
  });
  it('DOCX paragraphs', async () => {
    const xml = docxParts(await writeDocx(await buildModel(plan)))['word/document.xml']!;
    golden(`${stem}.docx.txt`, paragraphs(xml).map((p) => `${p.style ?? '-'} | ${p.text}`).join('\n') + '\n');
  });
});
