import type { TemplateSet } from '../template/environment.js';
import type { PhraseTable } from '../text/agency-phrase.js';
import { buildDecisionView } from '../template/decision-view.js';
import type { CheckedDecision } from '../validate/check-decision.js';
import { buildPlanDocument, type PlanToBuild, type TemplatesOf } from './build-plan.js';
import { readDocument } from './from-markup.js';
import { documentMeta } from './meta.js';
import { MODEL_VERSION, type Appendix, type Document } from './types.js';

/**
 * template → model for a Quyết định ban hành Kế hoạch: the decision, then the plan
 * it issues as an attachment in the same file — on a new page, "KẾ HOẠCH", its
 * subject and "(Kèm theo Quyết định số …)", its body, with no header, number or
 * signature of its own (ND30 Điều 13, Phụ lục I §8) — then the plan's own appendices.
 */
export function buildDecisionDocument(d: CheckedDecision, attachment: PlanToBuild | undefined, templates: TemplateSet, others: TemplatesOf, phrases?: PhraseTable): Document {
  // The province's phrases (phrases.yaml) word an article's assignment as they word a task's.
  const view = buildDecisionView(d, phrases);
  const markup = readDocument(templates.render(view));
  const attached: Appendix[] = [];
  if (attachment) {
    const plan = buildPlanDocument(attachment, others('plan'), others, { attached: true });
    attached.push({ heading: plan.title!.typeName, title: plan.title!.subject, reference: view.attachmentReference, body: plan.body }, ...plan.appendices);
  }
  return {
    version: MODEL_VERSION,
    meta: documentMeta(d.input.document, view.typeName, view.header.numberLine),
    ...markup,
    appendices: attached,
  };
}
