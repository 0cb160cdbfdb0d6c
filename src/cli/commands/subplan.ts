import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { parseSource, rangeAt } from '../../load/source-file.js';
import { parentPairs, subplanAgencies, upstreamChanges, verifyCoverage, type Role } from '../../plan/subplan.js';
import type { ResolvedPlan } from '../../plan/types.js';
import { query } from '../../plan/walk.js';
import { knownFormats, writerFor } from '../../writers/registry.js';
import { BatchProgress } from '../batch-progress.js';
import { inOrder } from '../in-order.js';
import { EXIT } from '../exit-codes.js';
import { io } from '../io.js';
import { Manifest, prepareOutputDir } from '../output-file.js';
import { projectNotHolding } from '../project-check.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import { resolvedPlanOrReport } from '../resolved-input.js';
import { schemaLink, writeSchemas } from '../schema-link.js';
import type { Strings } from '../strings.js';
import { runAgencyJob, subplanPath, type AgencyOutcome } from '../subplan-job.js';
import { jobCount, runBatch, type BatchSetup } from '../subplan-workers.js';
import { buildCommand, flushManifest } from './build.js';
import { reportSchemaCopies } from './schema.js';

export interface SubplanOptions extends ReportOptions {
  readonly agency: string;
  readonly out: string;
  readonly force: boolean;
  readonly formats: readonly string[];
}

/**
 * `vanban subplan PLAN --agency ID`: the agency's own plan, derived from the
 * province plan, written as YAML (replacing only an untouched earlier derivation),
 * then built.
 */
export async function subplanCommand(planPath: string, o: SubplanOptions, s: Strings): Promise<number> {
  const parent = await resolvedPlanOrReport(planPath, o);
  if (!parent) return EXIT.invalidInput;
  if (!parent.agencies.has(o.agency)) {
    io.err(s.unknownAgencyFor(o.agency, planPath) + '\n');
    return EXIT.invalidInput;
  }
  const outside = registryOutsideProject(planPath, parent, o.out, s);
  if (outside) {
    io.err(outside + '\n');
    return EXIT.usage;
  }
  for (const w of unassignedMentions(parent, o.agency, planPath)) io.err(w + '\n');
  const outcome = await runAgencyJob({ parent, planPath, out: o.out, force: o.force, verify: false }, o.agency, s);
  for (const line of outcome.lines) io.err(line + '\n');
  if (!outcome.path) return outcome.exit;
  const link = schemaLink('plan.schema.json', outcome.path);
  if (link.copyInto) reportSchemaCopies(writeSchemas(link.copyInto, false), s);
  io.err(s.subplanWritten(relative(process.cwd(), outcome.path) || outcome.path, outcome.lead, outcome.support) + '\n');
  return buildCommand([outcome.path], { ...o }, s);
}

export interface SubplanAllOptions extends SubplanOptions {
  readonly verify: boolean;
  /** Threads; one per core when absent. */
  readonly jobs?: number;
}

/**
 * `vanban subplan PLAN --all [--verify] [--jobs N]`: every agency given a task,
 * itself or through a group, gets its sub-plan, on every core; one that fails is
 * named and the rest go on. --verify reads the written sub-plans back and proves
 * they carry every (task, agency, role) of the parent exactly once, naming what
 * is missing, invented or doubled.
 */
export async function subplanAllCommand(planPath: string, o: SubplanAllOptions, s: Strings): Promise<number> {
  const parent = await resolvedPlanOrReport(planPath, o);
  if (!parent) return EXIT.invalidInput;
  for (const f of o.formats) {
    if (!(await writerFor(f))) {
      io.err(s.unknownFormat(f, knownFormats().join(', ')) + '\n');
      return EXIT.usage;
    }
  }
  const outside = registryOutsideProject(planPath, parent, o.out, s);
  if (outside) {
    io.err(outside + '\n');
    return EXIT.usage;
  }
  const ready = prepareOutputDir(o.out);
  if (!ready.ok) {
    io.err(s.outDirUnusable(o.out, ready.reason) + '\n');
    return EXIT.usage;
  }
  const agencies = subplanAgencies(parent);
  const { memberless } = parentPairs(parent);
  for (const m of [...new Set(memberless.map((x) => x.group))]) io.err(s.groupWithoutMembers(m, memberless.filter((x) => x.group === m).length) + '\n');
  const manifest = new Manifest(o.out);
  const jobs = jobCount(o.jobs, agencies.length);
  const setup: BatchSetup = {
    planPath: resolve(planPath), out: resolve(o.out), force: o.force, formats: o.formats, verify: o.verify, lang: o.lang, manifest: manifest.snapshot(),
  };
  const started = Date.now();
  const progress = new BatchProgress(agencies.length, s.progressLabel);
  let worst: number = EXIT.ok;
  let written = 0;
  let documents = 0;
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const derived: Array<{ agency: string; tasks: Array<{ task: { id: string }; role: Role }> }> = [];
  let unreadable = 0;
  let fontProblem: string | undefined;
  let told = 0;
  // Outcomes are told in the agencies' order, whichever thread finished first.
  const tell = inOrder<AgencyOutcome>(agencies, (x) => {
    if (x.path) written++;
    documents += x.documents.length;
    worst = Math.max(worst, x.exit);
    diagnostics.push(...x.diagnostics);
    for (const [k, v] of x.sources) sources.set(k, v);
    fontProblem ??= x.fontProblem;
    if (o.verify && x.path) {
      if (x.carried) derived.push({ agency: x.agency, tasks: x.carried.map((c) => ({ task: { id: c.task }, role: c.role })) });
      else unreadable++;
    }
    progress.told([s.subplanLine(++told, agencies.length, x.agency, x.lead, x.support, x.documents.length, !!x.path)], x.lines);
  });
  try {
    await runBatch(setup, parent, agencies, jobs, manifest, (x) => {
      progress.finished(x.agency);
      tell(x.agency, x);
    }, s);
  } finally {
    progress.stop();
    flushManifest(manifest, o.out, s);
  }
  if (fontProblem !== undefined) io.err(s.fontMissing(fontProblem) + '\n');
  const link = schemaLink('plan.schema.json', resolve(o.out, 'x.yaml'));
  if (written > 0 && link.copyInto) reportSchemaCopies(writeSchemas(link.copyInto, false), s);
  printDiagnostics(diagnostics.filter((d) => d.severity === 'error'), sources, o);
  if (hasErrors(diagnostics)) worst = Math.max(worst, EXIT.invalidInput);
  io.err(s.subplansSummary(written, agencies.length, documents, (Date.now() - started) / 1000, jobs) + '\n');
  if (o.verify) {
    const { missing, invented, twice } = verifyCoverage(parent, derived);
    for (const p of missing) io.out(s.pairMissing(p) + '\n');
    for (const p of invented) io.out(s.pairInvented(p) + '\n');
    for (const p of twice) io.out(s.pairTwice(p) + '\n');
    const bad = missing.length + invented.length + twice.length;
    io.err(s.coverage(parentPairs(parent).pairs.length, bad) + '\n');
    if (bad > 0 || unreadable > 0) worst = Math.max(worst, EXIT.invalidInput);
  }
  return worst;
}

/**
 * `vanban subplan --check SUBPLAN`: what the parent plan changed for this agency
 * since the sub-plan was derived — tasks added, removed, reworded, re-assigned,
 * re-dated — by id; exit 1 when the sub-plan is behind.
 */
export async function subplanCheckCommand(subPath: string, o: ReportOptions, s: Strings): Promise<number> {
  const sub = await resolvedPlanOrReport(subPath, o);
  if (!sub) return EXIT.invalidInput;
  const { parent: link, issuing_agency: agency } = sub.input;
  if (!link || !agency) {
    io.err(s.notSubplan(subPath) + '\n');
    return EXIT.invalidInput;
  }
  const parent = await resolvedPlanOrReport(resolve(dirname(subPath), link.plan), o);
  if (!parent) return EXIT.invalidInput;
  const changes = upstreamChanges(parent, agency, link.tasks);
  for (const c of changes) io.out(s.upstreamChange(c) + '\n');
  io.err((changes.length === 0 ? s.subplanCurrent(subPath) : s.subplanBehind(subPath, changes.length)) + '\n');
  return changes.length === 0 ? EXIT.ok : EXIT.invalidInput;
}

/**
 * Why sub-plans written to `out` could not be built, if they could not: each names the
 * parent's agency registry by path, and a file is read only inside the project of the
 * file naming it (load/references.ts). Said before anything is written.
 */
function registryOutsideProject(planPath: string, parent: ResolvedPlan, out: string, s: Strings): string | undefined {
  const registry = resolve(dirname(planPath), parent.input.agencies);
  const root = projectNotHolding(subplanPath(planPath, out, 'x'), registry);
  return root === undefined ? undefined : s.subplanOutsideProject(out, relative(process.cwd(), registry) || registry, root);
}

/**
 * Tasks whose words name the agency but whose data do not ("Giao Công an tỉnh: …"
 * with no lead): the sub-plan cannot see them, so the secretariat should fix the
 * province plan. One line each, with where the task stands.
 */
function unassignedMentions(plan: ResolvedPlan, agencyId: string, planPath: string): string[] {
  const agency = plan.agencies.get(agencyId)!;
  const words = [agency.name, agency.short].filter((w): w is string => !!w).map((w) => w.toLocaleLowerCase('vi'));
  const { source } = parseSource(planPath, readFileSync(planPath, 'utf8'));
  const mentions = (text: string) => words.some((w) => text.toLocaleLowerCase('vi').includes(w));
  // Items carry no agencies at all ("Giao Công an tỉnh:" with steps, seed 004); tasks may lack them.
  const unassigned = [
    ...query(plan, 'task').filter((t) => t.assignment.lead.length + t.assignment.support.length + t.assignment.performers.length === 0)
      .filter((t) => mentions([t.text, ...t.steps.map((st) => st.text)].join(' '))),
    ...query(plan, 'item').filter((i) => mentions([i.text.map((p) => (p.kind === 'text' ? p.text : p.target.text)).join(''), ...i.steps.map((st) => st.text)].join(' '))),
  ];
  return unassigned.map((n) => {
    const { line, column } = rangeAt(source, [...n.path, 'text']).start;
    return `${planPath}:${line}:${column} cảnh báo [subplan-unassigned] "${n.id}" giao việc cho ${agency.short ?? agency.name} trong lời văn nhưng không ghi lead/support: kế hoạch con không nhận được việc này`;
  });
}
