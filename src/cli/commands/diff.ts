import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseQuiet } from '../../load/quiet-parse.js';
import { gitDriverOutput } from '../../diff/git-driver.js';
import { diffDecisions, diffPlans, type PlanChange } from '../../diff/plan-diff.js';
import { kindOf } from '../../project/inputs.js';
import { trackedChanges } from '../../diff/docx-changes.js';
import { readDocx } from '../../import/read-docx.js';
import { writeDocx } from '../../writers/docx/docx-writer.js';
import { writeDocumentFile } from '../../project/output-file.js';
import { notWritten } from '../outcome-words.js';
import { checkInput } from '../../project/documents.js';
import { hasErrors } from '../../diagnostics/types.js';
import { fieldChanges } from '../../diff/field-diff.js';
import { checkDecision, type CheckedDecision } from '../../validate/check-decision.js';
import { printDiagnostics } from '../report.js';
import { textconvView } from '../../diff/textconv.js';
import { renderJson, renderMarkdown, renderText } from '../../diff/render.js';
import { EXIT } from '../../project/exit-codes.js';
import { io } from '../io.js';
import type { ReportOptions } from '../report.js';
import { resolvedPlanOrReport } from '../resolved-input.js';
import { projectForGit, type Project, type ProjectSettings } from '../../project/project.js';
import { openProjectOrSay } from '../open-project.js';
import type { Strings } from '../strings.js';

export interface DiffOptions extends ReportOptions {
  readonly project: ProjectSettings;
  readonly output: 'text' | 'markdown' | 'json' | 'docx';
  /** For --output docx: the file to write. */
  readonly out?: string;
  readonly force?: boolean;
}

/**
 * `vanban diff OLD NEW`, or `vanban diff REV FILE` against a git revision (the old
 * plan and its registry read through git): what changed, matched by id.
 * Exit 0 whether or not anything changed, as a review tool; 1 when either side is not a valid plan.
 */
export async function diffCommand(first: string, second: string, o: DiffOptions, s: Strings): Promise<number> {
  const project = openProjectOrSay(o.project, o, s);
  if (!project) return EXIT.usage;
  let oldPath = first;
  let cleanup: string | undefined;
  if (!existsSync(first) && existsSync(second)) {
    const fromGit = fromRevision(first, second, s);
    if (typeof fromGit === 'number') return fromGit;
    ({ path: oldPath, dir: cleanup } = fromGit);
  }
  try {
    if (o.output === 'docx') return await changesDocx(oldPath, second, project, o, s);
    const kinds = [kindOf(oldPath), kindOf(second)];
    const changes = kinds.includes('decision') ? await decisionChanges(oldPath, second, project, o)
      : kinds.every((k) => k !== undefined && k !== 'plan' && k === kinds[0]) ? await fieldDiff(oldPath, second, project, o)
        : await planChanges(oldPath, second, project, o);
    if (!changes) return EXIT.invalidInput;
    const shownOld = cleanup ? `${first}:${second}` : first;
    if (o.output === 'json') io.out(renderJson(changes, shownOld, second));
    else if (o.output === 'markdown') io.out(renderMarkdown(changes, `Thay đổi ${shownOld} → ${second}`));
    else io.out(renderText(changes, io.color));
    return EXIT.ok;
  } finally {
    if (cleanup) rmSync(cleanup, { recursive: true, force: true });
  }
}

/**
 * `--output docx --out CHANGES.docx`: NEW as a DOCX whose differences from OLD are Word's
 * tracked changes. It carries OLD's data, so that once a leader accepts them, `import
 * --into` the old plan brings exactly those changes into it.
 */
async function changesDocx(oldPath: string, newPath: string, project: Project, o: DiffOptions, s: Strings): Promise<number> {
  if (!o.out) {
    io.err(s.diffDocxOut + '\n');
    return EXIT.usage;
  }
  const [before, after] = [await checkInput(oldPath, project), await checkInput(newPath, project)];
  for (const r of [before, after]) if (!r.build) printDiagnostics(r.diagnostics, r.sources, o);
  if (!before.build || !after.build) return EXIT.invalidInput;
  const oldModel = before.build();
  const newModel = after.build();
  const oldRead = readDocx(await writeDocx(oldModel));
  if (!oldRead.ok) return EXIT.internal;
  const bytes = await writeDocx({ ...newModel, meta: { ...newModel.meta, ...(oldModel.meta.source ? { source: oldModel.meta.source } : {}) } });
  const changes = trackedChanges(bytes, oldRead.paragraphs, newModel.meta.author, newModel.meta.date);
  const saved = writeDocumentFile(o.out, changes.docx, { force: o.force ?? false });
  if (saved.kind !== 'written') {
    io.err(notWritten(saved, o.out, s) + '\n');
    return EXIT.usage;
  }
  io.err(s.diffDocxWritten(o.out, changes.revisions) + '\n');
  return EXIT.ok;
}

async function planChanges(oldPath: string, newPath: string, project: Project, o: ReportOptions): Promise<PlanChange[] | undefined> {
  const before = await resolvedPlanOrReport(oldPath, project, o);
  const after = await resolvedPlanOrReport(newPath, project, o);
  return before && after ? diffPlans(before, after) : undefined;
}

/** Two outlines, reports, progress reports or registries: each checked, then every field compared and named by its path. */
async function fieldDiff(oldPath: string, newPath: string, project: Project, o: ReportOptions): Promise<PlanChange[] | undefined> {
  const [before, after] = [await checkInput(oldPath, project), await checkInput(newPath, project)];
  const bad = [before, after].filter((r) => hasErrors(r.diagnostics));
  for (const r of bad) printDiagnostics(r.diagnostics, r.sources, o);
  if (bad.length > 0) return undefined;
  const data = (path: string) => parseQuiet(new TextDecoder().decode(project.world.readBytes(path))) as unknown;
  return fieldChanges(data(oldPath), data(newPath), (p) => p.length === 1 && (p[0] === 'kind' || p[0] === 'version'));
}

/** Two decisions, each checked with the plan it attaches (both reported when either is not valid). */
async function decisionChanges(oldPath: string, newPath: string, project: Project, o: ReportOptions): Promise<PlanChange[] | undefined> {
  const [before, after] = [await checkDecision(oldPath, project.world), await checkDecision(newPath, project.world)];
  for (const r of [before, after]) if (!r.decision) printDiagnostics(r.diagnostics, r.sources, o);
  if (!before.decision || !after.decision) return undefined;
  const side = (d: CheckedDecision) => ({ input: d.input, ...(d.attachment ? { plan: project.resolve(d.attachment) } : {}) });
  return diffDecisions(side(before.decision), side(after.decision));
}

/** The plan and its registry as they were at `rev`, copied into a temporary folder with the same layout. */
function fromRevision(rev: string, file: string, s: Strings): { path: string; dir: string } | number {
  // A revision is never an option of git's (R35: "--output=PATH" made git show write a file).
  if (rev.startsWith('-')) {
    io.err(s.notAtRevision(file, rev) + '\n');
    return EXIT.usage;
  }
  const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], dirname(resolve(file))).trim();
  } catch {
    io.err(s.notInGit(file) + '\n');
    return EXIT.usage;
  }
  const dir = mkdtempSync(join(tmpdir(), 'vanban-diff-'));
  const copy = (rel: string): boolean => {
    // Only a path inside the repository, copied inside the temporary folder.
    if (relative(dir, join(dir, rel)).startsWith('..') || isAbsolute(rel)) return false;
    try {
      const text = git(['show', '--end-of-options', `${rev}:${rel}`], top);
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
      return true;
    } catch {
      return false;
    }
  };
  const rel = relative(top, resolve(file)).split('\\').join('/');
  if (!copy(rel)) {
    rmSync(dir, { recursive: true, force: true });
    io.err(s.notAtRevision(rel, rev) + '\n');
    return EXIT.usage;
  }
  // The registry the old plan names, and a decision's attached plan with its registry, as they were then too.
  const named = (path: string): Record<string, unknown> => {
    try {
      const data = parseQuiet(git(['show', '--end-of-options', `${rev}:${path}`], top)) as unknown;
      return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    } catch {
      return {}; // Unparseable then: the check of the old side will say so.
    }
  };
  const beside = (from: string, name: unknown) => (typeof name === 'string' ? join(dirname(from), name).split('\\').join('/') : undefined);
  const first = named(rel);
  const registry = beside(rel, first.agencies);
  if (registry) copy(registry);
  const attached = beside(rel, first.attachment);
  if (attached && copy(attached)) {
    const its = beside(attached, named(attached).agencies);
    if (its) copy(its);
  }
  // The temporary folder is the old plan's project: its registry may be named, nothing outside it.
  writeFileSync(join(dir, '.git'), '');
  return { path: join(dir, rel), dir };
}

/** `vanban diff --textconv FILE`: the line view git shows; the file as it is when it is no plan. */
export function textconvCommand(files: readonly string[], settings: ProjectSettings = {}): number {
  const project = projectForGit(settings);
  for (const f of files) {
    try {
      io.out(textconvView(readFileSync(f, 'utf8'), project.resolve));
    } catch (err) {
      io.err(`${f}: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
  }
  return EXIT.ok;
}

/** `vanban diff --git-driver …`: git's external diff; always exit 0, as git requires. */
export function gitDriverCommand(args: readonly string[], settings: ProjectSettings = {}): number {
  io.out(gitDriverOutput(args, io.color, projectForGit(settings).resolve));
  return EXIT.ok;
}
