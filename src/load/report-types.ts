/** A report (báo cáo) as written in YAML, after schema validation. */
import type { IssuedDocumentFields, SignatureInput } from './types.js';

/** metric id → year ("2021") or "previous" → count. */
export type TableAnswer = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

export interface AnswerInput {
  readonly text?: string | null;
  readonly by_agency?: Readonly<Record<string, string>>;
  readonly tables?: Readonly<Record<string, TableAnswer>>;
  readonly lists?: Readonly<Record<string, ReadonlyArray<ReadonlyArray<string | number | null>>>>;
}

/** What a report states about itself: the issued document's fields, its subject, whom it goes to. */
export type ReportDocumentInput = IssuedDocumentFields & {
  readonly subject: string;
  /** Kính gửi: the higher body the report goes to. */
  readonly to?: readonly string[];
};

/** A section of a report that follows no outline: its title, its words, its sub-sections. */
export interface ReportSectionInput {
  readonly id?: string;
  readonly title: string;
  readonly text?: string;
  readonly sections?: readonly ReportSectionInput[];
}

/**
 * A report answers an outline (outline, agency, answers) or follows none
 * (sections): the schema asks for one of the two, check-report.ts for not both.
 */
export interface ReportInput {
  readonly kind: 'report';
  readonly version?: 1;
  readonly outline?: string;
  readonly plan?: string;
  readonly agency?: string;
  readonly sources?: readonly string[];
  readonly missing?: readonly string[];
  readonly document: ReportDocumentInput;
  /** Paragraphs before the first section, after the title and Kính gửi. */
  readonly opening?: string;
  readonly sections?: readonly ReportSectionInput[];
  readonly numbering?: { readonly levels?: readonly string[] };
  /** Paragraphs after the last section ("Trên đây là báo cáo …"). */
  readonly conclusion?: string;
  readonly answers?: Readonly<Record<string, AnswerInput>>;
  readonly targets?: Readonly<Record<string, { readonly achieved?: number | null }>>;
  readonly provenance?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly conflicts?: readonly string[];
  readonly recipients?: readonly string[];
  readonly archive?: readonly string[];
  readonly signature?: SignatureInput;
}
