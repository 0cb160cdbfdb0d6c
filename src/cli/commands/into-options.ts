import type { ProjectSettings } from '../../project/project.js';
import type { ReportOptions } from '../report.js';

/** What `vanban import FILE.docx --into …` is told, for a plan and for a decision alike. */
export interface ImportIntoOptions extends ReportOptions {
  readonly project: ProjectSettings;
  readonly dryRun: boolean;
  readonly force: boolean;
  readonly tracked: 'accept' | 'reject';
  /** Word comments written as YAML comments above their nodes. */
  readonly keepComments?: boolean;
}
