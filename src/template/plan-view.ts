import type { CitedDocumentInput, DateStyle, FreeBasisInput } from '../load/types.js';
import type { ResolvedChild, ResolvedPlan, ResolvedSection, ResolvedStep, ResolvedTask, TextPart } from '../plan/types.js';
import { lowerFirst, upperFirst } from '../text/case.js';
import { longDate, parseIsoDate, shortDate } from '../text/dates.js';
import { DOCUMENT_TYPES, documentTypeName } from '../text/document-types.js';
import { attachedToLine } from '../text/ky-hieu.js';
import { timeframePhrase } from '../text/deadline.js';
import { recipientLines } from '../text/recipients.js';
import { headerView, signatureView } from './document-view.js';

/**
 * What the plan templates see: the resolved plan (src/plan/) put in printing
 * order — paragraphs, headings, citations — with nothing left to compute.
 */

/** `{ key: value }` when there is a value, else nothing to spread. */
const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : { [key]: value } as Record<K, string>);

/** When the task is due: its deadline, else its timeframe unless its words already say it. */
const timeOf = (t: ResolvedTask): string | undefined => t.deadline?.phrase ?? timeframePhrase(t.timeframe, t.text);

export interface Segment {
  readonly text: string;
  /** The text in its pieces, a target's words marked (an item's sentence); absent: the text is prose throughout. */
  readonly parts?: ReadonlyArray<{ readonly text: string; readonly target?: true }>;
  readonly phrase?: string;
  readonly deadline?: string;
  readonly source?: string;
  /** What follows this segment: "; ", ". ", "." or "". */
  readonly after: string;
}

export interface ParagraphView {
  readonly kind: 'paragraph';
  readonly id: string;
  /** Ids of the tasks joined into this paragraph after the first. */
  readonly joined: readonly string[];
  readonly number: string;
  readonly segments: readonly Segment[];
  readonly more: readonly string[];
  readonly steps: readonly StepView[];
}

/** A sub-step; the last step of a task whose text leads into its steps (":") carries the task's phrase. */
export interface StepView {
  readonly id: string;
  readonly number: string;
  readonly text: string;
  readonly phrase?: string;
  readonly deadline?: string;
  readonly source?: string;
  readonly after: string;
}

export interface SectionView {
  readonly kind: 'section';
  readonly id: string;
  readonly level: number;
  readonly number: string;
  readonly title: string;
  /** Set when the section is one agency's block in a "phân công" section. */
  readonly agency?: { readonly name: string; readonly external: boolean };
  readonly intro: readonly string[];
  readonly entries: ReadonlyArray<ParagraphView | SectionView>;
  readonly outro?: readonly string[];
  /** Section-wide assignment, printed as its own paragraph after the entries: "(…)." */
  readonly phrase?: string;
  /** …or as a sentence of its own: "Các sở, ngành … phối hợp thực hiện." */
  readonly phraseSentence?: string;
}

export interface PlanView {
  readonly header: {
    readonly parentBody: readonly string[];
    readonly issuer: readonly string[];
    readonly numberLine: string;
    readonly placeDate: string;
  };
  readonly typeTitle: string;
  readonly typeName: string;
  readonly subject: string;
  readonly basis?: {
    readonly inline: boolean;
    readonly join: string;
    /** Each citation; `asWritten` ones carry their own end punctuation. */
    readonly citations: ReadonlyArray<{ readonly text: string; readonly asWritten: boolean }>;
    readonly conclusion?: string;
  };
  readonly sections: readonly SectionView[];
  readonly closing?: string;
  readonly recipients: readonly string[];
  readonly drafterCode?: string;
  readonly signature: { readonly lines: readonly string[]; readonly name: string };
  readonly date: string;
  readonly longDate: string;
  /** "(Kèm theo Kế hoạch số 836/KH-UBND ngày 05/4/2025 của UBND tỉnh Gia Lai)", for appendices. */
  readonly appendixReference: string;
}

const stripStop = (text: string) => text.replace(/[.\s]+$/, '');

/**
 * Steps as sentences of one list: each ends with ";" and the last with "." unless
 * the author ended it otherwise. A task that leads into its steps (text ending
 * with ":") takes its phrase where its sentence ends: after the last step.
 */
function stepViews(steps: readonly ResolvedStep[], closing?: { readonly phrase?: string; readonly deadline?: string; readonly source?: string }): StepView[] {
  return steps.map((st, i) => {
    const last = i === steps.length - 1;
    const annotated = last && closing && (closing.phrase !== undefined || closing.deadline !== undefined || closing.source !== undefined);
    const printed = printedText(st.parts);
    const written = /[.;:!?]$/.test(printed.trim());
    const text = annotated ? stripStop(printed).replace(/;$/, '') : printed;
    const after = annotated ? '.' : written ? '' : last ? '.' : ';';
    return {
      id: st.id, number: st.number, text, after,
      ...(annotated && closing.phrase ? { phrase: closing.phrase } : {}), ...(annotated && closing.deadline ? { deadline: closing.deadline } : {}),
      ...(annotated && closing.source ? { source: closing.source } : {}),
    };
  });
}

/** A task whose text leads into its steps: "… gồm các nội dung sau:". */
const leadsIntoSteps = (t: ResolvedTask) => t.steps.length > 0 && /:\s*$/.test(t.text);


const printedText = (parts: readonly TextPart[]) => parts.map((p) => (p.kind === 'text' ? p.text : p.target.text)).join('');
const printedParts = (parts: readonly TextPart[]) => parts.map((p) => (p.kind === 'text' ? { text: p.text } : { text: p.target.text, target: true as const }));

/** Tasks joined with same_paragraph share a paragraph; the punctuation between them follows the sentences. */
function taskParagraphs(tasks: readonly ResolvedTask[]): ParagraphView[] {
  const groups: ResolvedTask[][] = [];
  for (const t of tasks) {
    if (t.joinsPrevious && groups.length > 0) groups[groups.length - 1]!.push(t);
    else groups.push([t]);
  }
  return groups.map((group) => {
    const segments = group.map((t, i): Segment => {
      const deferred = leadsIntoSteps(t);
      // A lead-in phrase ("Giao A chủ trì, phối hợp với B") opens the sentence instead of closing it.
      const leadIn = t.assignment.placement === 'before' && t.assignment.phrase !== undefined;
      const phrase = deferred || leadIn ? undefined : t.assignment.phrase;
      const deadline = deferred ? undefined : timeOf(t);
      const source = deferred ? undefined : t.source;
      const next = group[i + 1];
      const annotated = phrase !== undefined || deadline !== undefined || source !== undefined;
      const written = leadIn ? `${t.assignment.phrase} ${lowerFirst(t.text)}` : t.text;
      const text = annotated ? stripStop(written) : written;
      let after = '';
      if (next) after = annotated || !/[.;:]$/.test(text) ? (/^\p{Ll}/u.test(next.text) ? '; ' : '. ') : ' ';
      else if (annotated) after = '.';
      return { text, after, ...(phrase ? { phrase } : {}), ...(deadline ? { deadline } : {}), ...(source ? { source } : {}) };
    });
    const first = group[0]!;
    return {
      kind: 'paragraph', id: first.id, joined: group.slice(1).map((t) => t.id), number: first.number, segments, more: group.flatMap((t) => t.more),
      steps: group.flatMap((t) => stepViews(t.steps, leadsIntoSteps(t)
        ? { ...(t.assignment.phrase ? { phrase: t.assignment.phrase } : {}), ...optional('deadline', timeOf(t)), ...(t.source ? { source: t.source } : {}) }
        : undefined)),
    };
  });
}

function childViews(children: readonly ResolvedChild[]): Array<ParagraphView | SectionView> {
  const out: Array<ParagraphView | SectionView> = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    switch (c.kind) {
      case 'section':
        out.push(sectionView(c));
        break;
      case 'item':
        out.push({
          kind: 'paragraph', id: c.id, joined: [], number: c.number, segments: [{ text: printedText(c.text), parts: printedParts(c.text), after: '' }], more: [],
          steps: stepViews(c.steps),
        });
        break;
      case 'target':
        out.push({ kind: 'paragraph', id: c.id, joined: [], number: c.number, segments: [{ text: c.text, parts: [{ text: c.text, target: true }], after: '' }], more: [], steps: [] });
        break;
      case 'task': {
        let j = i;
        while (j + 1 < children.length && children[j + 1]!.kind === 'task') j++;
        out.push(...taskParagraphs(children.slice(i, j + 1) as ResolvedTask[]));
        i = j;
        break;
      }
      case 'agency-block':
        out.push({
          kind: 'section', id: c.id, level: c.level, number: c.number, title: c.agency.printed,
          agency: { name: c.agency.printed, external: c.agency.kind === 'external' }, intro: [],
          entries: taskParagraphs(c.children),
        });
        break;
    }
  }
  return out;
}

function sectionView(s: ResolvedSection): SectionView {
  return {
    kind: 'section', id: s.id, level: s.level, number: s.number, title: s.title, intro: s.intro, entries: childViews(s.children),
    ...(s.assignment?.phrase
      ? s.assignment.placement === 'sentence' ? { phraseSentence: upperFirst(s.assignment.phrase) } : { phrase: s.assignment.phrase }
      : {}),
    ...(s.outro.length > 0 ? { outro: s.outro } : {}),
  };
}

/** `attached`: the plan is issued by a decision, whose căn cứ stand for its own; it prints without them. */
export function buildPlanView(plan: ResolvedPlan, { attached = false } = {}): PlanView {
  const { input } = plan;
  const doc = input.document;
  const date = parseIsoDate(doc.date)!;
  const basis = input.basis;

  return {
    header: headerView(doc, 'KH'),
    typeTitle: DOCUMENT_TYPES.KH!.title,
    typeName: DOCUMENT_TYPES.KH!.name,
    subject: doc.subject,
    ...(basis && (!attached || (basis.conclusion_when_attached && basis.conclusion))
      ? {
          basis: {
            inline: (basis.layout ?? (citationParagraphs(basis.documents ?? []).length === 1 ? 'inline' : 'lines')) === 'inline',
            join: basis.join ?? ', ',
            // Attached, the decision's căn cứ stand for the plan's: only its opening sentence prints.
            citations: attached ? [] : citationParagraphs(basis.documents ?? [], basis.date_style),
            ...(basis.conclusion ? { conclusion: basis.conclusion } : {}),
          },
        }
      : {}),
    sections: plan.sections.map(sectionView),
    ...(input.closing ? { closing: input.closing } : {}),
    recipients: recipientLines(plan.recipients, input.archive ?? []),
    ...(input.drafter_code ? { drafterCode: input.drafter_code } : {}),
    signature: signatureView(input.signature),
    date: doc.date,
    longDate: longDate(date),
    appendixReference: attachedToLine(DOCUMENT_TYPES.KH!.name, { ...(doc.number !== undefined ? { number: doc.number } : {}), typeCode: 'KH', issuerCode: doc.issuer_code }, shortDate(date), plan.issuer?.printed ?? ''),
  };
}

/**
 * One căn cứ as printed, without its end punctuation: "Căn cứ Luật Tổ chức chính
 * quyền địa phương ngày 19 tháng 6 năm 2015", "Thực hiện Kế hoạch số 19/KH-BCĐ138/CP
 * ngày 14/3/2022 của …"; a paragraph written out comes as it stands (asWritten).
 */
export function citationText(d: CitedDocumentInput | FreeBasisInput, dateStyle: DateStyle = 'short', { verb = true } = {}): { text: string; asWritten: boolean } {
  if (d.text !== undefined) return { text: d.text, asWritten: true };
  const lead = d.relation === 'pursuant' ? 'Căn cứ' : 'Thực hiện';
  const typeName = documentTypeName(d.type) ?? d.type;
  const date = d.date !== undefined ? parseIsoDate(d.date) : undefined;
  const when = date ? ((d.date_style ?? dateStyle) === 'long' ? longDate(date) : `ngày ${shortDate(date)}`) : d.year !== undefined ? `năm ${d.year}` : undefined;
  const text = [
    verb ? `${lead} ${typeName}` : typeName, d.title, d.number !== undefined ? `số ${d.number}` : undefined, when,
    d.issuer !== undefined ? `của ${d.issuer}` : undefined, d.about,
  ].filter(Boolean).join(' ');
  return { text, asWritten: false };
}

/**
 * The căn cứ as they print, one entry a paragraph: a citation marked `joined` goes
 * into the paragraph before it, after "; " and without its "Căn cứ" ("Căn cứ Luật
 * Tổ chức Chính phủ ngày 19/6/2015; Luật Tổ chức chính quyền địa phương ngày …").
 */
export function citationParagraphs(documents: ReadonlyArray<CitedDocumentInput | FreeBasisInput>, dateStyle?: DateStyle): Array<{ text: string; asWritten: boolean }> {
  const out: Array<{ text: string; asWritten: boolean }> = [];
  for (const d of documents) {
    const before = out[out.length - 1];
    if (d.text === undefined && d.joined && before && !before.asWritten) before.text = `${before.text.replace(/[;.]$/, '')}; ${citationText(d, dateStyle, { verb: false }).text}`;
    else out.push(citationText(d, dateStyle));
  }
  return out;
}
