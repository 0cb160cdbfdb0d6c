import type { CheckedPlan } from '../validate/check-plan.js';
import {
  TARGET_REF,
  type AgencyInput, type AgencyRefInput, type AssignmentInput, type ItemInput, type SectionInput, type TargetInput, type TaskInput,
} from '../load/types.js';
import { agencyPhrase, type PhraseAgency } from '../text/agency-phrase.js';
import { longDate, parseIsoDate, shortDate } from '../text/dates.js';
import { DOCUMENT_TYPES, documentTypeName } from '../text/document-types.js';
import { numberLine } from '../text/ky-hieu.js';
import { DEFAULT_LEVELS, formatNumber, Numberer, styleAt, type NumberStyle } from '../text/numbering.js';
import { recipientLines } from '../text/recipients.js';
import { headerView, signatureView } from './document-view.js';

/**
 * What the plan templates see: the plan with every computed string in place —
 * numbers, agency phrases, dates, citations — and nothing left to compute.
 */

export interface Segment {
  readonly text: string;
  readonly phrase?: string;
  readonly deadline?: string;
  /** What follows this segment: "; ", ". ", "." or "". */
  readonly after: string;
}

export interface ParagraphView {
  readonly kind: 'paragraph';
  readonly id: string;
  readonly number: string;
  readonly segments: readonly Segment[];
  readonly more: readonly string[];
  readonly steps: ReadonlyArray<{ readonly number: string; readonly text: string }>;
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
  /** Section-wide assignment, printed as its own paragraph after the entries. */
  readonly phrase?: string;
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
    readonly citations: readonly string[];
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

export function buildPlanView(plan: CheckedPlan): PlanView {
  const { input, agencies } = plan;
  const doc = input.document;
  const date = parseIsoDate(doc.date)!;
  const levels: readonly NumberStyle[] = input.numbering?.levels ?? DEFAULT_LEVELS;
  const taskStyle = input.numbering?.tasks ?? 'depth';
  const numberSingles = input.numbering?.single === 'numbered';
  const numberer = new Numberer(levels);

  const agency = (ref: AgencyRefInput): AgencyInput => agencies.get(typeof ref === 'string' ? ref : ref.id)!;
  const phraseAgency = (ref: AgencyRefInput): PhraseAgency => {
    const a = agency(ref);
    return { name: typeof ref === 'string' ? (a.short ?? a.name) : ref.as, group: a.kind === 'group' };
  };
  const phraseOf = (a: AssignmentInput, impliedLead?: AgencyRefInput): string | undefined => {
    // In a per-agency block the heading already names the lead; the phrase only appears when a
    // task names others too (seed 002's section V prints none).
    const lead = [...(impliedLead && (a.support?.length || a.performers?.length || a.lead?.length) ? [impliedLead] : []), ...(a.lead ?? [])];
    const text = agencyPhrase({
      lead: lead.map(phraseAgency),
      support: (a.support ?? []).map(phraseAgency),
      performers: (a.performers ?? []).map(phraseAgency),
      ...(a.form ? { form: a.form } : {}),
      ...(a.conjunction ? { conjunction: a.conjunction } : {}),
      ...(a.suffix ? { suffix: a.suffix } : {}),
    });
    return text === '' ? undefined : text;
  };

  /** Label for the i-th of n entries at a depth; a lone entry goes unnumbered unless asked. */
  const label = (style: NumberStyle | 'depth', depth: number, count: number): string => {
    const n = style === 'depth' ? numberer.next(depth) : formatNumber(style, 1);
    return count === 1 && !numberSingles ? '' : n;
  };
  const stepsOf = (steps: readonly string[] | undefined, parentStyle: NumberStyle | 'depth', depth: number) => {
    const style: NumberStyle = parentStyle === 'dash' ? 'plus' : styleAt(levels, depth + 1);
    const local = new Numberer([style]);
    return (steps ?? []).map((text) => ({ number: local.next(0), text }));
  };

  const expandTargets = (text: string, targets: readonly TargetInput[] | undefined) =>
    text.replace(TARGET_REF, (_, id: string) => targets?.find((t) => t.id === id)?.text ?? '');

  const itemView = (it: ItemInput, number: string, depth: number): ParagraphView => ({
    kind: 'paragraph', id: it.id, number,
    segments: [{ text: expandTargets(it.text, it.targets), after: '' }],
    more: [], steps: stepsOf(it.steps, 'depth', depth),
  });

  /** Tasks marked same_paragraph fold into the paragraph before them. */
  const taskViews = (tasks: readonly TaskInput[], depth: number, impliedLead?: AgencyRefInput): ParagraphView[] => {
    const groups: TaskInput[][] = [];
    for (const t of tasks) {
      if (t.same_paragraph && groups.length > 0) groups[groups.length - 1]!.push(t);
      else groups.push([t]);
    }
    return groups.map((group) => {
      const segments = group.map((t, i): Segment => {
        const phrase = phraseOf(t, impliedLead);
        const deadline = t.deadline ? shortDate(parseIsoDate(t.deadline)!) : undefined;
        const next = group[i + 1];
        const annotated = phrase !== undefined || deadline !== undefined;
        const text = annotated ? stripStop(t.text) : t.text;
        let after = '';
        if (next) after = annotated || !/[.;:]$/.test(text) ? (/^\p{Ll}/u.test(next.text) ? '; ' : '. ') : ' ';
        else if (annotated) after = '.';
        return { text, after, ...(phrase ? { phrase } : {}), ...(deadline ? { deadline } : {}) };
      });
      const first = group[0]!;
      return {
        kind: 'paragraph', id: first.id, number: label(taskStyle, depth, groups.length),
        segments, more: group.flatMap((t) => t.more ?? []),
        steps: stepsOf(group.flatMap((t) => t.steps ?? []), taskStyle, depth),
      };
    });
  };

  const sectionView = (s: SectionInput, depth: number): SectionView => {
    const number = numberer.next(depth);
    const entries: Array<ParagraphView | SectionView> = [];
    const childDepth = depth + 1;
    for (const c of s.sections ?? []) entries.push(sectionView(c, childDepth));
    const items = s.items ?? [];
    for (const it of items) entries.push(itemView(it, label('depth', childDepth, items.length), childDepth));
    const targets = s.targets ?? [];
    for (const t of targets) entries.push(itemView({ id: t.id, text: t.text }, label('depth', childDepth, targets.length), childDepth));
    entries.push(...taskViews(s.tasks ?? [], childDepth));
    for (const block of s.by_agency ?? []) {
      const a = agency(block.agency);
      const name = typeof block.agency === 'string' ? (a.short ?? a.name) : block.agency.as;
      const blockNumber = numberer.next(childDepth);
      entries.push({
        kind: 'section', id: `${s.id}-${a.id}`, level: childDepth + 1, number: blockNumber, title: name,
        agency: { name, external: a.kind === 'external' }, intro: [],
        entries: taskViews(block.tasks, childDepth + 1, block.agency),
      });
    }
    const phrase = s.assignment ? phraseOf(s.assignment) : undefined;
    return {
      kind: 'section', id: s.id, level: depth + 1, number, title: s.title, intro: s.intro ?? [], entries,
      ...(phrase ? { phrase } : {}), ...(s.outro ? { outro: s.outro } : {}),
    };
  };

  const basis = input.basis;
  const citation = (d: NonNullable<typeof basis>['documents'][number]) => {
    const verb = d.relation === 'pursuant' ? 'Căn cứ' : 'Thực hiện';
    const typeName = documentTypeName(d.type) ?? d.type;
    const when = shortDate(parseIsoDate(d.date)!);
    return [`${verb} ${typeName} số ${d.number} ngày ${when} của ${d.issuer}`, d.about].filter(Boolean).join(' ');
  };

  return {
    header: headerView(doc, 'KH'),
    typeTitle: DOCUMENT_TYPES.KH!.title,
    typeName: DOCUMENT_TYPES.KH!.name,
    subject: doc.subject,
    ...(basis
      ? {
          basis: {
            inline: (basis.layout ?? (basis.documents.length === 1 ? 'inline' : 'lines')) === 'inline',
            join: basis.join ?? ', ',
            citations: basis.documents.map(citation),
            ...(basis.conclusion ? { conclusion: basis.conclusion } : {}),
          },
        }
      : {}),
    sections: input.sections.map((s) => sectionView(s, 0)),
    ...(input.closing ? { closing: input.closing } : {}),
    recipients: recipientLines(
      input.recipients.map((r) => (typeof r === 'string' ? r : phraseAgency(r.agency).name)),
      input.archive ?? [],
    ),
    ...(input.drafter_code ? { drafterCode: input.drafter_code } : {}),
    signature: signatureView(input.signature),
    date: doc.date,
    longDate: longDate(date),
    appendixReference: `(Kèm theo ${DOCUMENT_TYPES.KH!.name} số ${numberLine({ ...(doc.number !== undefined ? { number: doc.number } : {}), typeCode: 'KH', issuerCode: doc.issuer_code }).replace(/^Số:\s*/, '').trim()} ngày ${shortDate(date)} của ${issuerShortName(agencies)})`,
  };
}

/** How the issuer names itself in running text: the registry's issuer entry. */
function issuerShortName(agencies: ReadonlyMap<string, AgencyInput>): string {
  const issuer = [...agencies.values()].find((a) => a.kind === 'issuer');
  return issuer ? (issuer.short ?? issuer.name) : '';
}
