import type { OutlineInput } from '../load/outline-types.js';
import type { TemplateSet } from '../template/environment.js';
import { buildOutlineView } from '../template/outline-view.js';
import { readAppendix } from './from-markup.js';
import { MODEL_VERSION, type Appendix, type Document } from './types.js';

/** template → model for an outline, as the appendix of the plan that attaches it. */
export function buildOutlineAppendix(input: OutlineInput, templates: TemplateSet, reference?: string): Appendix {
  return readAppendix(templates.render(buildOutlineView(input, reference)));
}

/** An outline built on its own: a document whose only content is the outline. */
export function buildOutlineDocument(input: OutlineInput, templates: TemplateSet): Document {
  const appendix = buildOutlineAppendix(input, templates);
  return {
    version: MODEL_VERSION,
    meta: {
      title: `${input.heading} ${input.subject}`, author: '', subject: input.subject,
      keywords: [], language: 'vi-VN', date: input.window.to,
    },
    body: [],
    appendices: [appendix],
  };
}
