import type { OutlineInput, OutlineNodeInput } from '../load/outline-types.js';
import type { AnswerInput, ReportInput, ReportSectionInput } from '../load/report-types.js';

/** A periodic report's usual levels: I. / 1. / 1.1. / a). */
const SECTION_LEVELS = ['roman', 'arabic', 'arabic-path', 'letter'] as const;

/** "s1", "s1-2": a section's id by its place, when the author gave none. */
export const sectionId = (place: readonly number[]) => `s${place.map((i) => i + 1).join('-')}`;

/**
 * A report that follows no outline, as an outline of its own sections and the
 * answers that are their words: the outline's numbering, views and templates then
 * print it, so the two kinds of report cannot drift apart.
 */
export function sectionsAsOutline(report: ReportInput): { readonly outline: OutlineInput; readonly answers: Record<string, AnswerInput> } {
  const answers: Record<string, AnswerInput> = {};
  const node = (s: ReportSectionInput, place: readonly number[]): OutlineNodeInput => {
    const id = s.id ?? sectionId(place);
    if (s.text !== undefined) answers[id] = { text: s.text };
    const children = (s.sections ?? []).map((c, i) => node(c, [...place, i]));
    return { id, title: s.title, ...(children.length > 0 ? { children } : {}) };
  };
  const outline: OutlineInput = {
    kind: 'outline',
    heading: '',
    subject: report.document.subject,
    window: { from: report.document.date, to: report.document.date },
    numbering: { levels: report.numbering?.levels ?? SECTION_LEVELS },
    nodes: (report.sections ?? []).map((s, i) => node(s, [i])),
  };
  return { outline, answers };
}
