import { join } from 'node:path';
import { nodeWorld } from '../../src/env/world.js';
import { buildPlanDocument } from '../../src/model/build-plan.js';
import type { Document } from '../../src/model/types.js';
import { loadTemplates } from '../../src/template/environment.js';
import { checkPlan } from '../../src/validate/check-plan.js';
import { checkOutline } from '../../src/validate/check-outline.js';
import { buildOutlineDocument } from '../../src/model/build-outline.js';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { checkDecision } from '../../src/validate/check-decision.js';
import { buildDecisionDocument } from '../../src/model/build-decision.js';
import { planToBuild } from '../../src/project/documents.js';
import { projectOf } from '../../src/project/project.js';
import { ROOT } from './cli.js';

export const PLANS = {
  ninhBinh: join(ROOT, 'plans', 'ninh-binh-2024.yaml'),
  dongNai: join(ROOT, 'plans', 'dong-nai-2016.yaml'),
  giaLai: join(ROOT, 'plans', 'gia-lai-2025.yaml'),
} as const;

export const OUTLINE = join(ROOT, 'outlines', 'tong-ket-pcmbn-2021-2025.yaml');

/** The constructed example of a Quyết định ban hành Kế hoạch, attaching the Đồng Nai plan. */
export const DECISION = join(ROOT, 'plans', 'dong-nai-2016-quyet-dinh.yaml');

/** A decision built in-process, through the same path as `vanban build`. */
export async function buildDecisionModel(path = DECISION): Promise<Document> {
  const checked = await checkDecision(path, nodeWorld);
  if (!checked.decision) throw new Error(`${path} did not validate: ${JSON.stringify(checked.diagnostics, null, 1)}`);
  const attachment = checked.decision.attachment ? planToBuild(checked.decision.attachment, projectOf()) : undefined;
  return buildDecisionDocument(checked.decision, attachment, loadTemplates('decision'), (kind) => loadTemplates(kind));
}

/** An outline built on its own, through the same path as `vanban build OUTLINE`. */
export async function buildOutlineModel(path = OUTLINE): Promise<Document> {
  const checked = await checkOutline(path, nodeWorld);
  if (!checked.outline) throw new Error(`${path} did not validate: ${JSON.stringify(checked.diagnostics, null, 1)}`);
  return buildOutlineDocument(checked.outline.resolved, loadTemplates('outline'));
}

/** The whole pipeline in-process, failing loudly if the plan does not validate. */
export async function buildModel(planPath: string, templatesDir?: string): Promise<Document> {
  const checked = await checkPlan(planPath, nodeWorld);
  if (!checked.plan) throw new Error(`${planPath} did not validate: ${JSON.stringify(checked.diagnostics, null, 1)}`);
  const project = projectOf(templatesDir ? { templates: templatesDir } : {});
  return buildPlanDocument(planToBuild(checked.plan, project), project.templates.get('plan'), (k) => project.templates.get(k));
}

export async function buildDocx(planPath: string): Promise<Uint8Array> {
  return writeDocx(await buildModel(planPath));
}
