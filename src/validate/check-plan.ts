import { loadDocument } from './load-document.js';
import { withoutConsequences } from '../diagnostics/recovered.js';
import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import type { World } from '../env/world.js';
import { rangeAt, type JsonPath, type SourceFile } from '../load/source-file.js';
import type { Position } from '../diagnostics/types.js';
import type { AgencyInput, PlanInput } from '../load/types.js';
import { checkOutline, type CheckedOutline } from './check-outline.js';
import { indexPlan } from './plan-index.js';
import { loadRegistry, referenceIn, relativeTo } from './registry.js';
import { checkAgencies } from './rules/agencies.js';
import { checkDates, checkDeadlineForms } from './rules/dates.js';
import type { Finding } from './rules/finding.js';
import { checkDuplicateIds } from './rules/ids.js';
import { checkSignature, checkStructure } from './rules/structure.js';
import { checkBlank } from './rules/blank-text.js';
import { checkCitations } from './rules/citations.js';
import { checkTypedNumbers } from './rules/typed-numbers.js';
import { checkEncoding } from './rules/text-encoding.js';

/** A plan that passed every check, with its registry resolved. */
export interface CheckedPlan {
  readonly path: string;
  readonly input: PlanInput;
  readonly agencies: ReadonlyMap<string, AgencyInput>;
  /** Outlines attached as appendices, checked. */
  readonly appendices: readonly CheckedOutline[];
}

export interface CheckResult {
  readonly plan?: CheckedPlan;
  readonly diagnostics: Diagnostic[];
  /** Source texts by file name, for code frames. */
  readonly sources: Map<string, string>;
  /** Where a node of the plan file stands (for findings made after the check). */
  readonly locate?: (path: JsonPath) => { start: Position; end?: Position };
}

/** load → schema → cross-reference rules, for a plan and its agency registry; all problems at once. */
export async function checkPlan(path: string, world: World): Promise<CheckResult> {
  const loaded = await loadDocument(path, 'plan', world);
  if (!loaded.ok) return { diagnostics: loaded.diagnostics, sources: loaded.sources };
  const { source: planSource, data, diagnostics, sources } = loaded;

  const registry = typeof data?.agencies === 'string'
    ? await loadRegistry(planSource, data.agencies, world, diagnostics, sources)
    : undefined;
  const index = indexPlan(data);
  const lineIn = (src: SourceFile) => (l: { path: ReadonlyArray<string | number> }) => rangeAt(src, l.path).start.line;

  const findings: Finding[] = [
    ...checkEncoding(index.strings, 'plan'),
    ...checkBlank(index.strings, 'plan'),
    ...checkTypedNumbers(index.numbered),
    ...checkDuplicateIds(index.ids, lineIn(planSource), 'plan'),
    ...checkStructure(index),
    ...checkSignature(data?.signature, data?.document),
    ...checkCitations(data?.basis),
    ...checkDeadlineForms(index),
    ...checkDates(index, (data?.document as { period?: { from?: unknown; to?: unknown } } | undefined)?.period),
  ];
  if (registry?.complete) findings.push(...checkAgencies(index, registry.agencies));
  for (const f of findings) diagnostics.push({ code: f.code, severity: f.severity, file: path, ...rangeAt(planSource, f.path, f.at ?? 'value'), args: f.args });

  const appendices: CheckedOutline[] = [];
  for (const [i, a] of (Array.isArray(data?.appendices) ? data.appendices : []).entries()) {
    if (typeof a?.outline !== 'string') continue;
    const outlinePath = referenceIn(planSource, ['appendices', i, 'outline'], a.outline, world, diagnostics);
    if (!outlinePath) continue;
    const outline = await checkOutline(outlinePath, world, relativeTo(path, outlinePath));
    for (const [k, v] of outline.sources) sources.set(k, v);
    diagnostics.push(...outline.diagnostics);
    if (outline.outline) appendices.push(outline.outline);
    else if (outline.diagnostics.length === 0) diagnostics.push({ code: 'file-unreadable', severity: 'error', file: path, ...rangeAt(planSource, ['appendices', i, 'outline']), args: { reason: a.outline } });
  }
  // A file loaded from what the parser recovered: leave out what the syntax error made up.
  if (hasErrors(diagnostics) || !registry?.complete) return { diagnostics: withoutConsequences(diagnostics), sources };
  return { plan: { path, input: data as unknown as PlanInput, agencies: registry.agencies, appendices }, diagnostics, sources, locate: (p) => rangeAt(planSource, p) };
}


/**
 * The plan another file names at `key` (a report's `plan:`, a decision's
 * `attachment:`), checked as a plan: its diagnostics and source join the owner's,
 * shown by the path the owner wrote. Undefined when it is outside the project or not valid.
 */
export async function checkNamedPlan(
  owner: SourceFile, key: JsonPath, named: string, world: World, diagnostics: Diagnostic[], sources: Map<string, string>,
): Promise<CheckedPlan | undefined> {
  const planPath = referenceIn(owner, key, named, world, diagnostics);
  if (!planPath) return undefined;
  const shown = relativeTo(owner.path, planPath);
  const r = await checkPlan(planPath, world);
  for (const [k, v] of r.sources) sources.set(k === planPath ? shown : k, v);
  diagnostics.push(...r.diagnostics.map((d) => (d.file === planPath ? { ...d, file: shown } : d)));
  if (!r.plan && r.diagnostics.length === 0) diagnostics.push({ code: 'file-unreadable', severity: 'error', file: owner.path, ...rangeAt(owner, key), args: { reason: named } });
  return r.plan;
}
