import type { TemplateSet } from '../template/environment.js';
import { buildProgressView } from '../template/progress-view.js';
import type { CheckedProgress } from '../validate/check-progress.js';
import { readDocument } from './from-markup.js';
import { documentMeta } from './meta.js';
import { MODEL_VERSION, type Document } from './types.js';

/** template → model for a Báo cáo kết quả thực hiện kế hoạch. */
export function buildProgressDocument(p: CheckedProgress, templates: TemplateSet): Document {
  const view = buildProgressView(p);
  return {
    version: MODEL_VERSION,
    meta: documentMeta(p.input.document, view.typeName, view.header.numberLine),
    ...readDocument(templates.render(view)),
    appendices: [],
  };
}
