import type { TemplateSet } from '../template/environment.js';
import { buildReportView } from '../template/report-view.js';
import type { CheckedReport } from '../validate/check-report.js';
import { readDocument } from './from-markup.js';
import { MODEL_VERSION, type Document } from './types.js';

/** template → model for a Báo cáo. */
export function buildReportDocument(report: CheckedReport, templates: TemplateSet): Document {
  const view = buildReportView(report);
  const doc = report.input.document;
  return {
    version: MODEL_VERSION,
    meta: {
      title: doc.subject,
      author: typeof doc.issuer === 'string' ? doc.issuer : doc.issuer.join(' '),
      subject: `${view.typeName} ${view.header.numberLine.replace(/^Số:\s*/, '').trim()}`,
      keywords: [],
      language: 'vi-VN',
      date: doc.date,
    },
    ...readDocument(templates.render(view)),
    appendices: [],
  };
}
