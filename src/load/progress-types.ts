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
  readonly plan: string;
  readonly agency: string;
  readonly document: ReportDocumentInput;
  readonly tasks: Readonly<Record<string, TaskResultInput>>;
  readonly recipients?: readonly string[];
  readonly archive?: readonly string[];
  readonly signature?: SignatureInput;
}
