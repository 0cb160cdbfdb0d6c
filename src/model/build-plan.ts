import { textWidthPt } from '../measure/text-width.js';
import { BLOCKS, textWidthMm, TYPE } from './page-setup.js';
import type { ResolvedPlan } from '../plan/types.js';
import { buildPlanView } from '../template/plan-view.js';
import { loadTemplates, type TemplateSet } from '../template/environment.js';
import { buildOutlineAppendix } from './build-outline.js';
import type { CheckedOutline } from '../validate/check-outline.js';
import { readAppendix, readDocument } from './from-markup.js';
import { buildAssignmentsView, buildByAgencyView } from '../template/assignments-view.js';
import { documentMeta } from './meta.js';
import { MODEL_VERSION, type Appendix, type Document } from './types.js';

/**
 * An attached outline's ids are its own, and may repeat the plan's ("du-bao-kien-nghi"
 * is a task and an outline node): inside the plan's file they become "phu-luc-1/…",
 * so every bookmark and destination names one place.
 */
function inNamespace(prefix: string, a: Appendix): Appendix {
  return {
    ...a,
    body: a.body.map((b) => {
      if (b.kind === 'table') return b;
      const id = b.id !== undefined ? { id: `${prefix}/${b.id}` } : {};
      const partOf = b.kind === 'paragraph' && b.partOf !== undefined ? { partOf: `${prefix}/${b.partOf}` } : {};
      return { ...b, ...id, ...partOf };
    }),
  };
}

/** Template sets of the other kinds a document draws on (an attached outline, the assignment appendix). */
export type TemplatesOf = (kind: string) => TemplateSet;

/** A resolved plan and the outlines it attaches as appendices (checked): what a plan's document is made of. */
export interface PlanToBuild {
  readonly resolved: ResolvedPlan;
  readonly appendices: readonly CheckedOutline[];
}

/**
 * template → model: the plan's view rendered by its templates, read back as the
 * document model. `others` gives the outline and assignment templates — the
 * project's, with a province's overrides; by default the package's own.
 */
export function buildPlanDocument(plan: PlanToBuild, templates: TemplateSet, others: TemplatesOf = (k) => loadTemplates(k), { attached = false } = {}): Document {
  const { resolved } = plan;
  const view = buildPlanView(resolved, { attached });
  const markup = readDocument(templates.render(view));
  const setting = resolved.input.assignment_table;
  const shown = !setting ? 'none' : typeof setting === 'object' ? setting.view ?? 'table' : 'table';
  const assignments = [
    ...(shown === 'table' || shown === 'both' ? [readAppendix(others('assignments').render(buildAssignmentsView(resolved, view.appendixReference, { measure: (s) => textWidthPt(s, TYPE.tablePt), portraitTextWidthPt: textWidthMm * (72 / 25.4), cellPaddingPt: BLOCKS.tableCellPaddingPt })))] : []),
    ...(shown === 'by-agency' || shown === 'both' ? [readAppendix(others('assignments-by-agency').render(buildByAgencyView(resolved, view.appendixReference)))] : []),
  ];
  return {
    version: MODEL_VERSION,
    meta: documentMeta(resolved.input.document, view.typeName, view.header.numberLine),
    ...markup,
    appendices: plan.appendices.map((o, i) =>
      inNamespace(`phu-luc-${i + 1}`, buildOutlineAppendix(o.resolved, others('outline'), view.appendixReference)))
      .concat(assignments),
  };
}
