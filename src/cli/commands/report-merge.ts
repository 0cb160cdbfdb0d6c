import { io } from '../io.js';
import { canonicalYamlOf } from '../../fmt/format-yaml.js';
import { dirname, relative, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { explainCell, mergeReports } from '../../report/merge.js';
import type { OutlineCheckResult } from '../../validate/check-outline.js';
import { checkMergeMeta } from '../../validate/check-merge-meta.js';
import { checkReport } from '../../validate/check-report.js';
import { answersAnOutline, type AnsweringReport } from '../../report/types.js';
import { EXIT } from '../../project/exit-codes.js';
import { stampYaml, unchangedSinceStamp, writeNewFile } from '../../project/output-file.js';
import type { ProjectSettings } from '../../project/project.js';
import { openProjectOrSay } from '../open-project.js';
import { notWritten } from '../outcome-words.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import { buildInProject } from './build.js';
import type { Strings } from '../strings.js';

export interface MergeOptions extends ReportOptions {
  readonly project: ProjectSettings;
  /** The merged report's own fields (header, signer); outline reports only. */
  readonly as?: string;
  readonly out: string;
  readonly formats: readonly string[];
  readonly explain: readonly string[];
  readonly force: boolean;
}

/**
 * The merged YAML is the secretariat's to edit. Its first line carries a hash of
 * the rest: a file still matching it is ours to replace; an edited one is not.
 */
const MARK = '# vanban report merge';

export async function reportMergeCommand(files: readonly string[], o: MergeOptions, s: Strings): Promise<number> {
  if (o.as === undefined) {
    io.err(s.asRequired + '\n');
    return EXIT.usage;
  }
  const as = o.as;
  const project = openProjectOrSay(o.project, o, s);
  if (!project) return EXIT.usage;
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const reports: AnsweringReport[] = [];
  const outlines = new Map<string, Promise<OutlineCheckResult>>();
  const checkedMeta = await checkMergeMeta(as, project.world);
  diagnostics.push(...checkedMeta.diagnostics.filter((d) => d.severity === 'error'));
  for (const [k, v] of checkedMeta.sources) sources.set(k, v);
  for (const f of files) {
    const r = await checkReport(f, project, { outlines });
    diagnostics.push(...r.diagnostics.filter((d) => d.severity === 'error'));
    for (const [k, v] of r.sources) sources.set(k, v);
    if (r.report && answersAnOutline(r.report)) reports.push(r.report);
    else if (r.report) diagnostics.push({ code: 'merge-own-sections', severity: 'error', file: f, start: { line: 1, column: 1 }, args: {} });
  }
  const meta = checkedMeta.meta;
  if (hasErrors(diagnostics) || reports.length === 0 || !meta) {
    printDiagnostics(diagnostics, sources, o);
    return EXIT.invalidInput;
  }
  if (new Set(reports.map((r) => r.outline.path)).size > 1) {
    io.err(s.outlinesDiffer + '\n');
    return EXIT.invalidInput;
  }
  const out = resolve(o.out);
  const outline = reports[0]!.outline;
  const rel = (p: string) => relative(dirname(out), p).split('\\').join('/');
  const merged = mergeReports(reports, { ...meta, ...(meta.plan ? { plan: rel(resolve(dirname(as), meta.plan)) } : {}) }, outline, rel(outline.path));
  const yaml = stampYaml(MARK, canonicalYamlOf(merged.report));
  const saved = writeNewFile(out, yaml, { force: o.force, mayReplace: unchangedSinceStamp(MARK) });
  if (saved.kind !== 'written') {
    io.err(notWritten(saved, o.out, s) + '\n');
    return EXIT.usage;
  }
  io.err(s.wrote(o.out) + '\n');
  const nameOf = (id: string) => outline.agencies.get(id)?.short ?? outline.agencies.get(id)?.name ?? id;
  io.err(s.mergedSummary(reports.length, merged.missing.map(nameOf).join(', '), merged.conflicts.length) + '\n');
  for (const c of merged.conflicts) io.err(`  ! ${c}\n`);
  for (const cell of o.explain) {
    const line = explainCell(merged.provenance, cell, nameOf);
    io.out((line ?? s.noCell(cell)) + '\n');
  }
  // A merged report, written as YAML, is built like any input: the one build path, its words and exit codes.
  return buildInProject([out], project, { ...o, out: dirname(out) }, s);
}
