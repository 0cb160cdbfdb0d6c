import type { ExecutorInput } from '../load/decision-types.js';
import type { AgencyRefInput } from '../load/types.js';
import { longDate, parseIsoDate, shortDate } from '../text/dates.js';
import { DOCUMENT_TYPES, documentTypeName } from '../text/document-types.js';
import { agencyPhrase, DEFAULT_PHRASES, type PhraseAgency, type PhraseTable } from '../text/agency-phrase.js';
import { executorsSentence } from '../text/executors.js';
import { attachedToLine } from '../text/ky-hieu.js';
import { formatNumber } from '../text/numbering.js';
import { recipientLines } from '../text/recipients.js';
import type { CheckedDecision } from '../validate/check-decision.js';
import { asLines, headerView, legalYear, signatureView } from './document-view.js';
import { citationParagraphs } from './plan-view.js';

/** What the decision template sees: every line as it prints, numbered and punctuated. */
export interface DecisionView {
  readonly header: ReturnType<typeof headerView>;
  readonly typeTitle: string;
  readonly typeName: string;
  readonly subject: string;
  readonly authority: readonly string[];
  /** Căn cứ and "Theo đề nghị …" lines, each with its end punctuation. */
  readonly basis: readonly string[];
  readonly articles: ReadonlyArray<{
    readonly id: string;
    readonly label: string;
    readonly title?: string;
    readonly text?: string;
    readonly clauses: ReadonlyArray<{ readonly id: string; readonly number: string; readonly text: string; readonly points: ReadonlyArray<{ readonly number: string; readonly text: string }> }>;
  }>;
  /** The unnumbered paragraph after the last Điều. */
  readonly afterArticles?: string;
  readonly recipients: readonly string[];
  readonly drafterCode?: string;
  readonly signature: { readonly lines: readonly string[]; readonly name: string };
  /** "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/4/2025 của Ủy ban nhân dân tỉnh Gia Lai)": the attached plan's reference line. */
  readonly attachmentReference: string;
}

export function buildDecisionView(d: CheckedDecision, phrases: PhraseTable = DEFAULT_PHRASES): DecisionView {
  const { input, agencies } = d;
  const doc = input.document;
  const date = parseIsoDate(doc.date)!;
  const printed = (ref: AgencyRefInput) => {
    const a = agencies.get(typeof ref === 'string' ? ref : ref.id)!;
    return typeof ref === 'string' ? (a.short ?? a.name) : ref.as;
  };
  const lines = [
    ...citationParagraphs(input.basis?.documents ?? [], input.basis?.date_style),
    ...(input.proposal ? [{ text: proposalText(input.proposal), asWritten: false }] : []),
  ];
  // "Xét đề nghị của …," ends with a comma, as real decisions write it; every other last line with a period.
  const last = input.proposal?.wording === 'xet' ? ',' : '.';
  const basis = lines.map((l, i) => (l.asWritten ? l.text : `${l.text.replace(/[;.,]$/, '')}${i === lines.length - 1 ? last : ';'}`));
  const phraseAgency = (ref: AgencyRefInput): PhraseAgency => {
    const kind = agencies.get(typeof ref === 'string' ? ref : ref.id)!.kind;
    return { name: printed(ref), group: kind === 'group', ...(kind === 'external' ? { external: true } : {}) };
  };
  // "Giao Sở … chủ trì, phối hợp với … tổ chức triển khai …": the article's words follow the assignment.
  const assigned = (a: (typeof input.articles)[number], text: string | undefined) => (a.lead
    ? [agencyPhrase({ lead: a.lead.map(phraseAgency), support: (a.support ?? []).map(phraseAgency), performers: [], form: 'lead-in' }, phrases), text].filter(Boolean).join(' ')
    : text);
  const executor = (e: ExecutorInput) => (typeof e === 'string' ? e : { title: e.title, agencies: e.agencies.map(printed) });
  const issuer = [...agencies.values()].find((a) => a.kind === 'issuer');
  return {
    header: headerView(doc, 'QĐ'),
    typeTitle: DOCUMENT_TYPES.QĐ!.title,
    typeName: DOCUMENT_TYPES.QĐ!.name,
    subject: doc.subject,
    authority: asLines(input.authority).map((l) => l.toLocaleUpperCase('vi')),
    basis,
    articles: input.articles.map((a, i) => ({
      id: `dieu-${i + 1}`,
      label: `Điều ${i + 1}.`,
      ...(a.title ? { title: a.title } : {}),
      ...(a.executors
        ? { text: [assigned(a, a.text), executorsSentence(a.executors.map(executor), a.executors_end)].filter(Boolean).join(' ') }
        : a.text || a.lead ? { text: assigned(a, a.text)! } : {}),
      clauses: (a.clauses ?? []).map((c, k) => ({
        id: `dieu-${i + 1}/${k + 1}`, number: formatNumber('arabic', k + 1), text: c.text,
        points: (c.points ?? []).map((p, j) => ({ number: formatNumber('letter', j + 1), text: p })),
      })),
    })),
    ...(input.after_articles ? { afterArticles: input.after_articles } : {}),
    recipients: recipientLines(input.recipients.map((r) => (typeof r === 'string' ? r : printed(r.agency))), input.archive ?? []),
    ...(input.drafter_code ? { drafterCode: input.drafter_code } : {}),
    signature: signatureView(input.signature),
    attachmentReference: attachedToLine(
      DOCUMENT_TYPES.QĐ!.name, { ...(doc.number !== undefined ? { number: doc.number } : {}), ...legalYear(doc), typeCode: 'QĐ', issuerCode: doc.issuer_code },
      input.attachment_date_style === 'long' ? longDate(date).replace(/^ngày /, '') : shortDate(date), issuer?.name ?? asLines(doc.issuer).join(' '),
    ),
  };
}

function proposalText(p: NonNullable<CheckedDecision['input']['proposal']>): string {
  const type = documentTypeName(p.type ?? 'TTr') ?? p.type ?? 'Tờ trình';
  const date = p.date ? parseIsoDate(p.date) : undefined;
  const about = p.about ? `về việc ${p.about.replace(/^về việc\s+/i, '')}` : undefined;
  return [`${p.wording === 'xet' ? 'Xét' : 'Theo'} đề nghị của ${p.by}`, p.number ? `tại ${type} số ${p.number}` : undefined, date ? `ngày ${shortDate(date)}` : undefined, about]
    .filter(Boolean).join(' ');
}

