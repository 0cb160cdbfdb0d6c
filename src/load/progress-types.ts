import type { IsoDate, SignatureInput } from './types.js';
import type { ReportDocumentInput } from './report-types.js';

/** A Báo cáo kết quả thực hiện kế hoạch as written in YAML (progress.schema.json). */

export type TaskStatus = 'hoan-thanh' | 'dang-thuc-hien' | 'chua-thuc-hien';

export interface TaskResultInput {
  readonly status?: TaskStatus | null;
  readonly result?: string | null;
  readonly products?: readonly string[];
  readonly done_on?: IsoDate;
}

export interface ProgressInput {
  readonly kind: 'progress';
  readonly version?: 1;
  readonly plan: string;
  readonly agency: string;
  readonly document: ReportDocumentInput;
  readonly tasks: Readonly<Record<string, TaskResultInput>>;
  readonly assessment?: AssessmentInput;
  readonly recipients?: readonly string[];
  readonly archive?: readonly string[];
  readonly signature?: SignatureInput;
  /** A province progress report merged from the agencies' ones (vanban report merge). */
  readonly merged?: MergedProgressInput;
}

/** What a progress report says after the tasks: each part printed when written. */
export interface AssessmentInput {
  readonly overall?: string;
  readonly shortcomings?: string;
  readonly causes?: string;
  readonly directions?: string;
  readonly proposals?: string;
}

export interface AgencyResultInput extends TaskResultInput {
  readonly agency: string;
  readonly role: 'lead' | 'support';
  readonly reported: boolean;
}

export interface MergedProgressInput {
  readonly as_of: IsoDate;
  readonly from?: readonly string[];
  readonly reports: Readonly<Record<string, readonly AgencyResultInput[]>>;
  readonly missing: readonly string[];
}
