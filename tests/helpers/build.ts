import { join } from 'node:path';
import { nodeWorld } from '../../src/env/world.js';
import { buildPlanDocument } from '../../src/model/build-plan.js';
import type { Document } from '../../src/model/types.js';
import { loadTemplates } from '../../src/template/environment.js';
import { checkPlan } from '../../src/validate/check-plan.js';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { ROOT } from './cli.js';

export const PLANS = {
  ninhBinh: join(ROOT, 'plans', 'ninh-binh-2024.yaml'),
  dongNai: join(ROOT, 'plans', 'dong-nai-2016.yaml'),
} as const;

/** The whole pipeline in-process, failing loudly if the plan does not validate. */
export async function buildModel(planPath: string, templatesDir?: string): Promise<Document> {
  const checked = await checkPlan(planPath, nodeWorld);
  if (!checked.plan) throw new Error(`${planPath} did not validate: ${JSON.stringify(checked.diagnostics, null, 1)}`);
  return buildPlanDocument(checked.plan, loadTemplates('plan', templatesDir));
}

export async function buildDocx(planPath: string): Promise<Uint8Array> {
  return writeDocx(await buildModel(planPath));
}
