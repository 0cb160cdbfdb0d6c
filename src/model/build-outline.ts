import type { ResolvedOutline } from '../report/resolve-outline.js';
import type { TemplateSet } from '../template/environment.js';
import { buildOutlineView } from '../template/outline-view.js';
import { readAppendix, readDocument } from './from-markup.js';
import { MODEL_VERSION, type Appendix, type Document } from './types.js';

/** template → model for an outline, as the appendix of the plan that attaches it. */
export function buildOutlineAppendix(outline: ResolvedOutline, templates: TemplateSet, reference?: string): Appendix {
  return readAppendix(templates.render(buildOutlineView(outline, reference)));
}

/** An outline built on its own: a document whose only content is the outline. */
export function buildOutlineDocument(outline: ResolvedOutline, templates: TemplateSet): Document {
  const { input } = outline;
  const meta = {
    title: `${input.heading} ${input.subject}`, author: '', subject: input.subject,
    keywords: [], language: 'vi-VN' as const, date: input.window.to,
  };
  // A report form (mẫu báo cáo) prints as the blank report it asks for, with its header and signature.
  if (input.form) return { version: MODEL_VERSION, meta, ...readDocument(templates.render(buildOutlineView(outline, undefined, true))), appendices: [] };
  return { version: MODEL_VERSION, meta, body: [], appendices: [buildOutlineAppendix(outline, templates)] };
}
