import type { AgencyRefInput, BasisInput, ClosingFieldsInput, IsoDate, IssuedDocumentFields, Lines } from './types.js';

/** A Quyết định ban hành Kế hoạch as written in YAML (decision.schema.json). */

export interface DecisionDocumentInput extends IssuedDocumentFields {
  /** A legal (quy phạm pháp luật) decision: its year goes into the ký hiệu ("06/2024/QĐ-UBND"). */
  readonly legal?: boolean;
  readonly subject: string;
  readonly keywords?: readonly string[];
}

export interface ProposalInput {
  readonly by: string;
  readonly type?: string;
  readonly number?: string;
  readonly date?: IsoDate;
  readonly about?: string;
  /** "Theo đề nghị của … ." (theo, the default) or "Xét đề nghị của …,". */
  readonly wording?: 'theo' | 'xet';
}

export type ExecutorInput = string | { readonly title: string; readonly agencies: readonly AgencyRefInput[] };

export interface ArticleInput {
  readonly title?: string;
  readonly text?: string;
  readonly clauses?: ReadonlyArray<{ readonly text: string; readonly points?: readonly string[] }>;
  readonly executors?: readonly ExecutorInput[];
  readonly executors_end?: string;
  /** "Giao {lead} chủ trì, phối hợp với {support}" before the article's words. */
  readonly lead?: readonly AgencyRefInput[];
  readonly support?: readonly AgencyRefInput[];
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
  /** An unnumbered paragraph after the last Điều. */
  readonly after_articles?: string;
  readonly attachment?: string;
  readonly attachment_date_style?: 'short' | 'long';
}
