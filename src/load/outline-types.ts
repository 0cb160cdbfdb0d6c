/** An outline (đề cương) as written in YAML, after schema validation. */
import type { PeriodInput } from './types.js';

export interface MetricInput {
  readonly id: string;
  readonly label: string;
  readonly unit?: string;
  readonly parts_of?: string;
}

export interface TableInput {
  readonly id: string;
  readonly title: string;
  readonly metrics: readonly MetricInput[];
  readonly compare_previous?: boolean;
}

export interface ListInput {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
}

export interface OutlineNodeInput {
  readonly id: string;
  readonly title: string;
  readonly guidance?: readonly string[];
  readonly tables?: readonly TableInput[];
  readonly lists?: readonly ListInput[];
  readonly agencies?: readonly string[];
  readonly children?: readonly OutlineNodeInput[];
}

/** A report form to fill in (mẫu báo cáo): what an outline built on its own prints around its nodes. */
export interface OutlineFormInput {
  readonly issuer?: string | readonly string[];
  readonly place?: string;
  readonly lines?: readonly string[];
  readonly signature?: readonly string[];
  readonly signature_note?: string;
  readonly confirmation?: string;
}

export interface OutlineInput {
  readonly kind: 'outline';
  readonly version?: 1;
  readonly agencies?: string;
  readonly heading: string;
  readonly subject: string;
  readonly window: PeriodInput;
  readonly years?: readonly number[];
  readonly previous_period?: string;
  readonly numbering?: { readonly levels?: readonly string[] };
  readonly form?: OutlineFormInput;
  readonly respondents?: readonly string[];
  readonly nodes: readonly OutlineNodeInput[];
  readonly notes?: ReadonlyArray<{ readonly mark: string; readonly text: string; readonly optional_nodes?: boolean }>;
}
