import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../src/model/types.js';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { buildModel, buildOutlineModel, PLANS } from '../helpers/build.js';
import { nodeWorld } from '../../src/env/world.js';
import { buildReportDocument } from '../../src/model/build-report.js';
import { loadTemplates } from '../../src/template/environment.js';
import { checkReport } from '../../src/validate/check-report.js';
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

describe('golden files of the đề cương and a report', () => {
  it('outline model', async () => {
    golden('tong-ket-pcmbn-2021-2025.model.json', JSON.stringify(await buildOutlineModel(), null, 1) + '\n');
  });
  it('report model (sample data)', async () => {
    const r = await checkReport(join(ROOT, 'outlines', 'bao-cao-mau', 'cong-an-tinh.yaml'), nodeWorld);
    if (!r.report) throw new Error(JSON.stringify(r.diagnostics));
    golden('bao-cao-mau-cong-an-tinh.model.json', JSON.stringify(buildReportDocument(r.report, loadTemplates('report')), null, 1) + '\n');
  });
});
