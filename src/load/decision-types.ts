import type { AgencyRefInput, BasisInput, ClosingFieldsInput, IsoDate, IssuedDocumentFields, Lines } from './types.js';

/** A Quyết định ban hành Kế hoạch as written in YAML (decision.schema.json). */

export interface DecisionDocumentInput extends IssuedDocumentFields {
  readonly subject: string;
  readonly keywords?: readonly string[];
}

export interface ProposalInput {
  readonly by: string;
  readonly type?: string;
  readonly number?: string;
  readonly date?: IsoDate;
}

export type ExecutorInput = string | { readonly title: string; readonly agencies: readonly AgencyRefInput[] };

export interface ArticleInput {
  readonly title?: string;
  readonly text?: string;
  readonly clauses?: ReadonlyArray<{ readonly text: string; readonly points?: readonly string[] }>;
  readonly executors?: readonly ExecutorInput[];
  readonly executors_end?: string;
}

export interface DecisionInput extends ClosingFieldsInput {
  readonly kind: 'decision';
  readonly version?: 1;
  readonly agencies: string;
  readonly document: DecisionDocumentInput;
  readonly authority: Lines;
  readonly basis?: BasisInput;
  readonly proposal?: ProposalInput;
  readonly articles: readonly ArticleInput[];
  readonly attachment?: string;
}
