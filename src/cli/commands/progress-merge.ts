import { dirname, relative, resolve } from 'node:path';
import { canonicalYamlOf } from '../../fmt/format-yaml.js';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { mergeProgress } from '../../report/progress-merge.js';
import { checkProgress, type CheckedProgress } from '../../validate/check-progress.js';
import { EXIT } from '../../project/exit-codes.js';
import { io } from '../io.js';
import { stampYaml, unchangedSinceStamp, writeNewFile } from '../../project/output-file.js';
import { openProjectOrSay } from '../open-project.js';
import { notWritten } from '../outcome-words.js';
import { buildInProject } from './build.js';
import { printDiagnostics } from '../report.js';
import type { Strings } from '../strings.js';
import type { MergeOptions } from './report-merge.js';

const MARK = '# vanban report merge';

/**
 * `vanban report merge` of progress reports (Báo cáo kết quả thực hiện kế hoạch):
 * the province's report, per task who reported what, the tasks overdue, the agencies
 * that sent nothing; written as YAML the secretariat may edit, then built.
 */
export async function progressMergeCommand(files: readonly string[], o: MergeOptions, s: Strings): Promise<number> {
  const project = openProjectOrSay(o.project, o, s);
  if (!project) return EXIT.usage;
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const reports: CheckedProgress[] = [];
  for (const f of files) {
    const r = await checkProgress(f, project);
    diagnostics.push(...r.diagnostics.filter((d) => d.severity === 'error'));
    for (const [k, v] of r.sources) sources.set(k, v);
    if (r.progress) reports.push(r.progress);
  }
  if (hasErrors(diagnostics) || reports.length === 0) {
    printDiagnostics(diagnostics, sources, o);
    return EXIT.invalidInput;
  }
  const planOf = (r: CheckedProgress) => resolve(dirname(r.path), r.input.plan);
  if (new Set(reports.map(planOf)).size > 1) {
    io.err(s.plansDiffer + '\n');
    return EXIT.invalidInput;
  }
  const seen = new Map<string, string>();
  for (const r of reports) {
    const other = seen.get(r.input.agency);
    if (other !== undefined || r.input.merged) {
      io.err((r.input.merged ? s.alreadyMerged(r.path) : s.agencyTwice(r.input.agency, other!, r.path)) + '\n');
      return EXIT.invalidInput;
    }
    seen.set(r.input.agency, r.path);
  }
  const out = resolve(o.out);
  const rel = (p: string) => relative(dirname(out), p).split('\\').join('/');
  const plan = reports[0]!.plan;
  const merged = mergeProgress(plan, reports.map((r) => ({ agency: r.input.agency, input: r.input })), rel(planOf(reports[0]!)), reports.map((r) => rel(resolve(r.path))));
  const saved = writeNewFile(out, stampYaml(MARK, canonicalYamlOf(merged.report)), { force: o.force, mayReplace: unchangedSinceStamp(MARK) });
  if (saved.kind !== 'written') {
    io.err(notWritten(saved, o.out, s) + '\n');
    return EXIT.usage;
  }
  io.err(s.wrote(o.out) + '\n');
  const nameOf = (id: string) => plan.agencies.get(id)?.short ?? plan.agencies.get(id)?.name ?? id;
  for (const id of merged.overdue) io.out(s.overdueTask(id) + '\n');
  for (const id of merged.missing) io.out(s.agencyNotReported(nameOf(id)) + '\n');
  io.err(s.progressMerged(reports.length, merged.overdue.length, merged.missing.length) + '\n');
  return buildInProject([out], project, { ...o, out: dirname(out) }, s);
}
