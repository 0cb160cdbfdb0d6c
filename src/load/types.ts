/**
 * The input as the user writes it in YAML, after schema validation. Field names
 * follow the YAML keys (snake_case); later stages turn these into their own types.
 */

export type IsoDate = string;

/** An item's text places its targets with "{target:id}": the paragraph reads as written, the targets stay data. */
export const TARGET_REF = /\{target:([a-z0-9-]+)\}/g;

export interface PeriodInput {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export type Lines = string | readonly string[];

export type AgencyRefInput = string | { readonly id: string; readonly as: string };

export type AgencyKind = 'issuer' | 'member' | 'district' | 'commune' | 'external' | 'superior' | 'group';

export interface AgencyInput {
  readonly id: string;
  readonly name: string;
  readonly short?: string;
  readonly kind: AgencyKind;
  readonly members?: readonly string[];
  /** For a group: every agency of these kinds belongs to it. */
  readonly includes?: readonly AgencyKind[];
  /** The body it answers to (a Sở to the UBND tỉnh): the line above its name when it issues. */
  readonly parent?: string;
}

export interface AgencyRegistryInput {
  readonly kind: 'agencies';
  readonly version?: 1;
  readonly agencies: readonly AgencyInput[];
}

/** What every issued document states about itself (NĐ 30 ô 2–4): who, which number, where and when. */
export interface IssuedDocumentFields {
  readonly parent_body?: Lines;
  readonly issuer: Lines;
  readonly issuer_code: string;
  readonly number?: number;
  readonly place: string;
  readonly date: IsoDate;
}

export interface DocumentInput extends IssuedDocumentFields {
  readonly type?: 'KH';
  readonly subject: string;
  readonly period?: PeriodInput;
  readonly keywords?: readonly string[];
}

export type NumberStyleInput = 'roman' | 'arabic' | 'arabic-path' | 'letter' | 'paren-arabic' | 'arabic-paren' | 'dash' | 'plus' | 'none';

export interface NumberingInput {
  readonly levels?: readonly NumberStyleInput[];
  readonly tasks?: 'depth' | NumberStyleInput;
  readonly single?: 'plain' | 'numbered';
}

export type DateStyle = 'short' | 'long';

/** A cited document (checked by validate/rules/citations.ts: relation, type, date, and number or title). */
export interface CitedDocumentInput {
  readonly text?: undefined;
  readonly relation: 'pursuant' | 'implementing';
  readonly type: string;
  /** A law cited by name: "Luật Tổ chức chính quyền địa phương ngày …". */
  readonly title?: string;
  readonly number?: string;
  /** Absent for a law cited by its year alone ("Luật Phòng, chống mua bán người năm 2024"). */
  readonly date?: IsoDate;
  readonly year?: number;
  readonly issuer?: string;
  readonly about?: string;
  readonly date_style?: DateStyle;
  /** Printed in the paragraph of the citation before it, after "; ", without "Căn cứ". */
  readonly joined?: boolean;
}

/** A basis paragraph written out, printed as it stands. */
export interface FreeBasisInput {
  readonly text: string;
}

export interface BasisInput {
  readonly layout?: 'lines' | 'inline';
  readonly join?: string;
  readonly date_style?: DateStyle;
  /** Absent in a preamble that cites nothing ("Nhằm tiếp tục …, … ban hành Kế hoạch … như sau:"). */
  readonly documents?: ReadonlyArray<CitedDocumentInput | FreeBasisInput>;
  readonly conclusion?: string;
  /** Print the conclusion (the plan's opening paragraph) also when a decision issues the plan. */
  readonly conclusion_when_attached?: boolean;
}

export interface AssignmentInput {
  readonly lead?: readonly AgencyRefInput[];
  readonly support?: readonly AgencyRefInput[];
  readonly performers?: readonly AgencyRefInput[];
  readonly form?: 'lead-with-support' | 'lead-then-support' | 'coordinate' | 'lead-in' | 'standing';
  readonly conjunction?: 'comma' | 'and';
  readonly suffix?: string;
  /** For the standing form: "Cơ quan thường trực Ban Chỉ đạo 138 tỉnh". */
  readonly standing?: string;
}

/** A section's assignment, for all its entries at once. */
export interface SectionAssignmentInput extends AssignmentInput {
  /** In parentheses after its entries, or a sentence of its own. */
  readonly place?: 'after' | 'sentence';
}

export interface TargetInput {
  readonly id: string;
  readonly text: string;
  readonly metric?: string;
  readonly comparator?: '>=' | '>' | '=' | '<=' | '<';
  readonly value?: number;
  readonly unit?: string;
}

export interface ReportingInput {
  readonly from: readonly AgencyRefInput[];
  readonly to: AgencyRefInput;
  readonly via?: AgencyRefInput;
  readonly schedule: ReadonlyArray<{ readonly every: string; readonly due?: string }>;
}

export interface ItemInput {
  readonly id: string;
  readonly text: string;
  readonly role?: string;
  readonly targets?: readonly TargetInput[];
  readonly reporting?: readonly ReportingInput[];
  readonly steps?: readonly string[];
}

export interface TaskInput extends AssignmentInput {
  readonly id: string;
  readonly text: string;
  readonly more?: readonly string[];
  readonly steps?: readonly string[];
  readonly same_paragraph?: boolean;
  readonly deadline?: IsoDate;
  readonly timeframe?: PeriodInput;
  readonly output?: string;
  /** In a sub-plan: the id of the parent plan's task this one carries out. */
  readonly derived_from?: string;
  /** Where the task comes from, printed last in its parentheses: "mục II.1 Kế hoạch số 22/KH-BCĐ". */
  readonly source?: string;
}

export interface TaskFingerprint {
  readonly text: string;
  readonly agencies: string;
  readonly deadline?: IsoDate;
}

export interface AgencyBlockInput {
  readonly agency: AgencyRefInput;
  readonly tasks: readonly TaskInput[];
}

export interface SectionInput {
  readonly id: string;
  readonly title: string;
  readonly role?: string;
  /** How this section's own children are numbered, instead of by their depth. */
  readonly numbering?: NumberStyleInput;
  readonly intro?: readonly string[];
  readonly sections?: readonly SectionInput[];
  readonly items?: readonly ItemInput[];
  readonly targets?: readonly TargetInput[];
  readonly tasks?: readonly TaskInput[];
  readonly by_agency?: readonly AgencyBlockInput[];
  readonly assignment?: SectionAssignmentInput;
  readonly outro?: readonly string[];
}

export type RecipientInput = string | { readonly agency: AgencyRefInput };

export interface SignatureInput {
  readonly collective?: string;
  readonly authority?: 'KT.' | 'Q.' | 'TL.' | 'TUQ.';
  readonly head_title?: string;
  readonly title: string;
  readonly extra_titles?: readonly string[];
  /** Absent on a draft not yet signed: the space for the name stays empty. */
  readonly name?: string;
}

/** What every issued document closes with (ô 7, 9, 12): Nơi nhận, the Lưu line, the drafter's code, the signature. */
export interface ClosingFieldsInput {
  readonly recipients: readonly RecipientInput[];
  readonly archive?: readonly string[];
  readonly drafter_code?: string;
  readonly signature: SignatureInput;
}

export interface PlanInput extends ClosingFieldsInput {
  readonly kind: 'plan';
  readonly version?: 1;
  readonly agencies: string;
  /** The registry agency that issues this plan, when the registry is shared (a sub-plan uses its province's list). */
  readonly issuing_agency?: string;
  /** A sub-plan's parent plan, and each derived task's fingerprint when it was derived (plan/subplan.ts). */
  readonly parent?: { readonly plan: string; readonly tasks: Readonly<Record<string, TaskFingerprint>> };
  readonly document: DocumentInput;
  readonly numbering?: NumberingInput;
  readonly basis?: BasisInput;
  readonly sections: readonly SectionInput[];
  readonly closing?: string;
  readonly appendices?: ReadonlyArray<{ readonly outline: string }>;
  /** The assignment appendix (Phụ lục phân công nhiệm vụ), generated from the tasks. */
  readonly assignment_table?: boolean | { readonly title?: string; readonly view?: 'table' | 'by-agency' | 'both'; readonly by_agency_title?: string; readonly orientation?: 'portrait' | 'landscape' | 'auto' };
}
