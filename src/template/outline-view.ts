import type { OutlineNode, ResolvedOutline } from '../report/resolve-outline.js';
import { asLines } from './document-view.js';

/**
 * What the outline templates see: every node with its computed number
 * ("PHẦN I.", "I.", "1.", "1.1.", "a)") and how it prints — a part title, a
 * heading, or a numbered sentence when it is a leaf with nothing under it.
 */
export interface OutlineNodeView {
  readonly id: string;
  readonly number: string;
  readonly part: boolean;
  readonly leaf: boolean;
  readonly headingLevel: number;
  readonly title: string;
  readonly guidance: readonly string[];
  readonly children: readonly OutlineNodeView[];
}

export interface OutlineView {
  readonly heading: string;
  readonly subject: string;
  readonly reference?: string;
  readonly nodes: readonly OutlineNodeView[];
  readonly notes: ReadonlyArray<{ readonly mark: string; readonly text: string }>;
  /** Built on its own as a report form (mẫu báo cáo): the frame the form prints around the nodes. */
  readonly form?: FormView;
}

export interface FormView {
  readonly header: { readonly parentBody: readonly string[]; readonly issuer: readonly string[]; readonly numberLine: string; readonly placeDate: string };
  readonly lines: readonly string[];
  readonly recipients: readonly string[];
  /** The left column's heading is the form's own (its confirmation line, or nothing), not "Nơi nhận:". */
  readonly ownHeading: true;
  readonly closingHeading: string;
  readonly signature: { readonly lines: readonly string[]; readonly note?: string; readonly name: string };
  readonly after: readonly string[];
}

/** The blanks a form leaves for the one who fills it in: ND30's own "…, ngày … tháng … năm …". */
const BLANK = '……';

export function buildOutlineView(outline: ResolvedOutline, reference?: string, asForm = false): OutlineView {
  const node = (n: OutlineNode): OutlineNodeView => ({
    id: n.id, number: n.number, title: n.input.title, guidance: n.input.guidance ?? [],
    part: n.part, leaf: n.leaf, headingLevel: n.headingLevel,
    children: n.children.map(node),
  });
  const input = outline.input;
  return {
    heading: input.heading,
    subject: input.subject,
    ...(reference ? { reference } : {}),
    nodes: outline.nodes.map(node),
    notes: input.notes ?? [],
    ...(asForm && input.form ? { form: formView(input.form) } : {}),
  };
}

function formView(f: NonNullable<ResolvedOutline['input']['form']>): FormView {
  return {
    header: { parentBody: [], issuer: asLines(f.issuer), numberLine: '', placeDate: `${f.place ?? BLANK}, ngày … tháng … năm …` },
    lines: f.lines ?? [],
    recipients: [],
    ownHeading: true,
    closingHeading: '',
    signature: { lines: f.signature ?? [], ...(f.signature_note ? { note: f.signature_note } : {}), name: '' },
    after: f.confirmation ? [f.confirmation] : [],
  };
}
