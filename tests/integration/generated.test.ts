import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planToBuild } from '../../src/project/documents.js';
import { projectOf } from '../../src/project/project.js';
import { describe, expect, it } from 'vitest';
import { nodeWorld } from '../../src/env/world.js';
import { buildPlanDocument } from '../../src/model/build-plan.js';
import { buildReportDocument } from '../../src/model/build-report.js';
import { loadTemplates } from '../../src/template/environment.js';
import { generateTemplates } from '../../src/template/precompile-templates.js';
import { checkPlan } from '../../src/validate/check-plan.js';
import { checkReport } from '../../src/validate/check-report.js';
import { generateValidators } from '../../src/validate/compile-schemas.js';
import { PLANS } from '../helpers/build.js';
import { ROOT } from '../helpers/cli.js';

describe('precompiled schema validators', () => {
  it('are current with the schemas (run npm run schemas:compile)', () => {
    const committed = readFileSync(join(ROOT, 'src', 'validate', 'generated', 'validators.js'), 'utf8');
    expect(committed).toBe(generateValidators());
  });
});

describe('precompiled templates', () => {
  it('are current with templates/ (run npm run templates:compile)', () => {
    const committed = readFileSync(join(ROOT, 'src', 'template', 'generated', 'templates.js'), 'utf8');
    expect(committed).toBe(generateTemplates());
  });
  it('render exactly what compiling the same files at run time renders (plan, outline, report)', async () => {
 const project = projectOf();
    const plan = planToBuild((await checkPlan(PLANS.giaLai, nodeWorld)).plan!, project);
    const report = (await checkReport(join(ROOT, 'outlines', 'bao-cao-mau', 'cong-an-tinh.yaml'), project)).report!;
    const build = (precompiled: boolean) => JSON.stringify([
      buildPlanDocument(plan, loadTemplates('plan', undefined, { precompiled }), (kind) => loadTemplates(kind, undefined, { precompiled })),
      buildReportDocument(report, loadTemplates('report', undefined, { precompiled })),
    ]);
    const withSpecs = build(true);
    expect(withSpecs.length).toBeGreaterThan(20_000);
    expect(withSpecs).toBe(build(false));
  });
});
