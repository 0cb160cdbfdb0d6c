import type { TemplateSet } from '../template/environment.js';
import { buildReportView } from '../template/report-view.js';
import type { CheckedReport } from '../validate/check-report.js';
import { readDocument } from './from-markup.js';
import { documentMeta } from './meta.js';
import { MODEL_VERSION, type Document } from './types.js';

/** template → model for a Báo cáo. */
export function buildReportDocument(report: CheckedReport, templates: TemplateSet): Document {
  const view = buildReportView(report);
  return {
    version: MODEL_VERSION,
    meta: documentMeta(report.input.document, view.typeName, view.header.numberLine),
    ...readDocument(templates.render(view)),
    appendices: [],
  };
}
