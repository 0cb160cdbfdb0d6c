import { dirname, join, relative, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { parentPairs, subplanAgencies, unassignedMentions, upstreamChanges, verifyCoverage, type Role } from '../../plan/subplan.js';
import type { ResolvedPlan } from '../../plan/types.js';
import { writersFor } from '../../project/build-run.js';
import { inOrder } from '../../project/batch/in-order.js';
import { runAgencyJob, subplanPath, type AgencyOutcome } from '../../project/batch/subplan-job.js';
import { jobCount, runBatch, type BatchSetup } from '../../project/batch/subplan-workers.js';
import { EXIT } from '../../project/exit-codes.js';
import { errnoReason, Manifest, MANIFEST, prepareOutputDir } from '../../project/output-file.js';
import { projectNotHolding } from '../../project/project-check.js';
import type { Project, ProjectSettings } from '../../project/project.js';
import { schemaLink, writeSchemas } from '../../project/schema-link.js';
import { checkPlan } from '../../validate/check-plan.js';
import { BatchProgress } from '../batch-progress.js';
import { io } from '../io.js';
import { openProjectOrSay } from '../open-project.js';
import { notWritten, outcomeLines, refusalLine } from '../outcome-words.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import { resolvedPlanOrReport } from '../resolved-input.js';
import type { Strings } from '../strings.js';
import { buildInProject } from './build.js';
import { reportSchemaCopies } from './schema.js';
import { closest } from '../../validate/rules/agencies.js';

export interface SubplanOptions extends ReportOptions {
  readonly project: ProjectSettings;
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
  const project = await projectForSubplans(o, s);
  if (!project) return EXIT.usage;
  const checked = await checkPlan(planPath, project.world);
  if (!checked.plan) {
    printDiagnostics(checked.diagnostics, checked.sources, o);
    return EXIT.invalidInput;
  }
  const parent = project.resolve(checked.plan);
  if (!parent.agencies.has(o.agency)) {
    io.err(s.unknownAgencyFor(o.agency, planPath, closest(o.agency, [...parent.agencies.keys()])) + '\n');
    return EXIT.invalidInput;
  }
  const outside = registryOutsideProject(planPath, parent, o.out, s);
  if (outside) {
    io.err(outside + '\n');
    return EXIT.usage;
  }
  // Work the words give the agency that its data do not: a plan rule (plan/subplan.ts), said in the catalogue's words.
  const agency = parent.agencies.get(o.agency)!;
  const locate = checked.locate!;
  const mentions: Diagnostic[] = unassignedMentions(parent, o.agency).map((m) => ({
    code: 'subplan-unassigned', severity: 'warning', file: planPath, ...locate(m.path), args: { id: m.id, agency: agency.short ?? agency.name },
  }));
  printDiagnostics(mentions, checked.sources, { ...o, frames: false });
  const outcome = await runAgencyJob({ project, parent, planPath, out: o.out, force: o.force, verify: false }, o.agency);
  for (const line of agencyProblems(outcome, planPath, s)) io.err(line + '\n');
  if (!outcome.path) return outcome.exit;
  const link = schemaLink('plan.schema.json', outcome.path);
  if (link.copyInto) reportSchemaCopies(writeSchemas(link.copyInto, false), s);
  io.err(s.subplanWritten(relative(process.cwd(), outcome.path) || outcome.path, outcome.lead, outcome.support) + '\n');
  return buildInProject([outcome.path], project, o, s);
}

/** The project, when its settings and the formats asked for are good; else said (exit 2), before anything is written. */
async function projectForSubplans(o: SubplanOptions, s: Strings): Promise<Project | undefined> {
  const project = openProjectOrSay(o.project, o, s);
  if (!project) return undefined;
  const chosen = await writersFor(o.formats);
  if (!('refused' in chosen)) return project;
  io.err(refusalLine(chosen.refused, s) + '\n');
  return undefined;
}

/** What went wrong for one agency, in words. */
function agencyProblems(x: AgencyOutcome, planPath: string, s: Strings): string[] {
  if (x.empty) return [s.subplanEmpty(x.agency, planPath)];
  if (x.notWritten) return [notWritten(x.notWritten.outcome, x.notWritten.target, s)];
  if (x.internal !== undefined) return [s.fileFailed(x.agency, x.internal)];
  return x.built ? outcomeLines(x.built, s).problems : [];
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
  const project = await projectForSubplans(o, s);
  if (!project) return EXIT.usage;
  const parent = await resolvedPlanOrReport(planPath, project, o);
  if (!parent) return EXIT.invalidInput;
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
    project: project.settings, planPath: resolve(planPath), out: resolve(o.out), force: o.force, formats: o.formats, verify: o.verify, manifest: manifest.snapshot(),
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
  const documentsOf = (x: AgencyOutcome) => (x.built?.documents ?? []).filter((d) => d.kind === 'written');
  // Outcomes are told in the agencies' order, whichever thread finished first.
  const tell = inOrder<AgencyOutcome>(agencies, (x) => {
    if (x.path) written++;
    documents += documentsOf(x).length;
    worst = Math.max(worst, x.exit);
    diagnostics.push(...x.diagnostics);
    for (const [k, v] of x.sources) sources.set(k, v);
    if (x.built?.problem?.kind === 'font') fontProblem ??= x.built.problem.message;
    if (o.verify && x.path) {
      if (x.carried) derived.push({ agency: x.agency, tasks: x.carried.map((c) => ({ task: { id: c.task }, role: c.role })) });
      else unreadable++;
    }
    progress.told([s.subplanLine(++told, agencies.length, x.agency, x.lead, x.support, documentsOf(x).length, !!x.path)], agencyProblems(x, planPath, s));
  });
  try {
    await runBatch(setup, { project, parent }, agencies, jobs, manifest, (x) => {
      progress.finished(x.agency);
      tell(x.agency, x);
    });
  } finally {
    progress.stop();
    try {
      manifest.flush();
    } catch (err) {
      io.err(s.writeFailed(join(o.out, MANIFEST), errnoReason(err)) + '\n');
      worst = Math.max(worst, EXIT.invalidInput);
    }
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
export async function subplanCheckCommand(subPath: string, o: ReportOptions & { project: ProjectSettings }, s: Strings): Promise<number> {
  const project = openProjectOrSay(o.project, o, s);
  if (!project) return EXIT.usage;
  const sub = await resolvedPlanOrReport(subPath, project, o);
  if (!sub) return EXIT.invalidInput;
  const { parent: link, issuing_agency: agency } = sub.input;
  if (!link || !agency) {
    io.err(s.notSubplan(subPath) + '\n');
    return EXIT.invalidInput;
  }
  const parent = await resolvedPlanOrReport(resolve(dirname(subPath), link.plan), project, o);
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
