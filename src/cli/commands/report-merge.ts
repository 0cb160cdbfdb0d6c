import { io } from '../io.js';
import { canonicalYamlOf } from '../../fmt/format-yaml.js';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { nodeWorld } from '../../env/world.js';
import { explainCell, mergeReports, type MergeMeta } from '../../report/merge.js';
import type { OutlineCheckResult } from '../../validate/check-outline.js';
import { checkReport, type CheckedReport } from '../../validate/check-report.js';
import { writerFor } from '../../writers/registry.js';
import { Templates, checkInput } from '../documents.js';
import { EXIT } from '../exit-codes.js';
import { notWritten, stampYaml, unchangedSinceStamp, writeDocumentFile, writeNewFile } from '../output-file.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import { kindOf } from '../inputs.js';
import { progressMergeCommand } from './progress-merge.js';
import type { Strings } from '../strings.js';

export interface MergeOptions extends ReportOptions {
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
  if (files.length > 0 && files.every((f) => kindOf(f) === 'progress')) return progressMergeCommand(files, o, s);
  if (o.as === undefined) {
    io.err(s.asRequired + '\n');
    return EXIT.usage;
  }
  const as = o.as;
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const reports: CheckedReport[] = [];
  const outlines = new Map<string, Promise<OutlineCheckResult>>();
  for (const f of files) {
    const r = await checkReport(f, nodeWorld, { outlines });
    diagnostics.push(...r.diagnostics.filter((d) => d.severity === 'error'));
    for (const [k, v] of r.sources) sources.set(k, v);
    if (r.report) reports.push(r.report);
  }
  if (hasErrors(diagnostics) || reports.length === 0) {
    printDiagnostics(diagnostics, sources, o);
    return EXIT.invalidInput;
  }
  if (new Set(reports.map((r) => r.outline.path)).size > 1) {
    io.err(s.outlinesDiffer + '\n');
    return EXIT.invalidInput;
  }
  let meta: MergeMeta;
  try {
    meta = parse(readFileSync(as, 'utf8')) as MergeMeta;
  } catch (err) {
    io.err(`${as}: ${(err as Error).message.split('\n')[0]}\n`);
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
  return buildMerged(out, o, s);
}

/** A merged report, written as YAML, is checked like any report, then built next to it. */
export async function buildMerged(out: string, o: MergeOptions, s: Strings): Promise<number> {
  const checked = await checkInput(out);
  printDiagnostics(checked.diagnostics.filter((d) => d.severity === 'error'), checked.sources, o);
  if (!checked.build) return EXIT.invalidInput;
  const doc = checked.build(new Templates());
  for (const f of o.formats) {
    const writer = await writerFor(f);
    if (!writer) continue;
    const target = join(dirname(out), basename(out, extname(out)) + writer.extension);
    const outcome = writeDocumentFile(target, await writer.write(doc), { force: o.force });
    io.err((outcome.kind === 'written' ? s.wrote(target) : notWritten(outcome, target, s)) + '\n');
  }
  return EXIT.ok;
}
