import { join } from 'node:path';
import { planToBuild } from '../../src/project/documents.js';
import { projectOf } from '../../src/project/project.js';
import { describe, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { buildModel, buildOutlineModel, PLANS } from '../helpers/build.js';
import { nodeWorld } from '../../src/env/world.js';
import { buildReportDocument } from '../../src/model/build-report.js';
import { loadTemplates } from '../../src/template/environment.js';
import { checkReport } from '../../src/validate/check-report.js';
import { ROOT } from '../helpers/cli.js';
import { documentParagraphs, docxParts } from '../helpers/docx.js';
import { expectGolden } from '../helpers/golden.js';

/**
 * Text goldens, not binary snapshots: the document model as JSON (it carries its
 * MODEL_VERSION, so a model change fails here loudly), and the DOCX's paragraphs as
 * "style | text" lines.
 */

describe.each(Object.entries(PLANS))('golden files of %s', (_, plan) => {
  const stem = plan.split('/').pop()!.replace(/\.yaml$/, '');
  it('model', async () => {
    const model = await buildModel(plan);
    expectGolden(`${stem}.model.json`, JSON.stringify(model, null, 1) + '\n');
  });
  it('DOCX paragraphs', async () => {
    const parts = docxParts(await writeDocx(await buildModel(plan)));
    expectGolden(`${stem}.docx.txt`, documentParagraphs(parts).map((p) => `${p.style ?? '-'} | ${p.text}`).join('\n') + '\n');
  });
});

describe('golden files of the đề cương and a report', () => {
  it('outline model', async () => {
    expectGolden('tong-ket-pcmbn-2021-2025.model.json', JSON.stringify(await buildOutlineModel(), null, 1) + '\n');
  });
  it('report model (sample data)', async () => {
    const r = await checkReport(join(ROOT, 'outlines', 'bao-cao-mau', 'cong-an-tinh.yaml'), projectOf());
    if (!r.report) throw new Error(JSON.stringify(r.diagnostics));
    expectGolden('bao-cao-mau-cong-an-tinh.model.json', JSON.stringify(buildReportDocument(r.report, loadTemplates('report')), null, 1) + '\n');
  });
});
