import { loadDocument } from './load-document.js';
import { withoutConsequences } from '../diagnostics/recovered.js';
import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import type { World } from '../env/world.js';
import type { DecisionInput } from '../load/decision-types.js';
import { rangeAt, type JsonPath } from '../load/source-file.js';
import type { AgencyInput } from '../load/types.js';
import { isObj } from '../plan/tree.js';
import { checkNamedPlan, type CheckedPlan } from './check-plan.js';
import { collectStrings, type Located } from './plan-index.js';
import { loadRegistry } from './registry.js';
import { closest } from './rules/agencies.js';
import { checkBlank } from './rules/blank-text.js';
import { checkCitations } from './rules/citations.js';
import { checkDateValues } from './rules/dates.js';
import { error, type Finding } from './rules/finding.js';
import { checkSignature } from './rules/structure.js';
import { checkEncoding } from './rules/text-encoding.js';

/** A Quyết định that passed every check, with its registry and the plan it issues. */
export interface CheckedDecision {
  readonly path: string;
  readonly input: DecisionInput;
  readonly agencies: ReadonlyMap<string, AgencyInput>;
  readonly attachment?: CheckedPlan;
}

export interface DecisionCheckResult {
  readonly decision?: CheckedDecision;
  readonly diagnostics: Diagnostic[];
  readonly sources: Map<string, string>;
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** load → schema → rules for a decision; then the attached plan, checked as a plan. All problems at once. */
export async function checkDecision(path: string, world: World): Promise<DecisionCheckResult> {
  const loaded = await loadDocument(path, 'decision', world);
  if (!loaded.ok) return { diagnostics: loaded.diagnostics, sources: loaded.sources };
  const { source, data, diagnostics, sources } = loaded;
  const registry = typeof data?.agencies === 'string' ? await loadRegistry(source, data.agencies, world, diagnostics, sources) : undefined;

  const strings: Array<Located<string>> = [];
  collectStrings(data, [], strings);
  const doc = isObj(data.document) ? data.document : {};
  const dates: Array<Located<string>> = [];
  if (typeof doc.date === 'string') dates.push({ path: ['document', 'date'], value: doc.date });
  const basis = isObj(data.basis) ? data.basis : {};
  arr(basis.documents).forEach((d, i) => isObj(d) && typeof d.date === 'string' && dates.push({ path: ['basis', 'documents', i, 'date'], value: d.date }));
  const proposal = isObj(data.proposal) ? data.proposal : {};
  if (typeof proposal.date === 'string') dates.push({ path: ['proposal', 'date'], value: proposal.date });

  const agencyUses: Array<Located<string>> = [];
  arr(data.articles).forEach((a, i) => {
    if (!isObj(a)) return;
    for (const role of ['lead', 'support'] as const) {
      arr(a[role]).forEach((r, k) => {
        const p: JsonPath = ['articles', i, role, k];
        if (typeof r === 'string') agencyUses.push({ path: p, value: r });
        else if (isObj(r) && typeof r.id === 'string') agencyUses.push({ path: [...p, 'id'], value: r.id });
      });
    }
    arr(a.executors).forEach((e, j) => {
      if (!isObj(e)) return;
      arr(e.agencies).forEach((r, k) => {
        const p: JsonPath = ['articles', i, 'executors', j, 'agencies', k];
        if (typeof r === 'string') agencyUses.push({ path: p, value: r });
        else if (isObj(r) && typeof r.id === 'string') agencyUses.push({ path: [...p, 'id'], value: r.id });
      });
    });
  });
  arr(data.recipients).forEach((r, i) => {
    if (isObj(r) && typeof r.agency === 'string') agencyUses.push({ path: ['recipients', i, 'agency'], value: r.agency });
    else if (isObj(r) && isObj(r.agency) && typeof r.agency.id === 'string') agencyUses.push({ path: ['recipients', i, 'agency', 'id'], value: r.agency.id });
  });

  const findings: Finding[] = [
    ...checkEncoding(strings, 'plan'),
    ...checkBlank(strings, 'plan'),
    ...checkSignature(data?.signature, data?.document),
    ...checkCitations(data?.basis),
    ...checkDateValues({ dates, dayMonths: [], periods: [] }),
    ...arr(data.articles).flatMap((a, i): Finding[] =>
      (isObj(a) && a.text === undefined && a.clauses === undefined && a.executors === undefined ? [error('article-empty', ['articles', i], { n: i + 1 })] : [])),
  ];
  if (registry?.complete) {
    const known = [...registry.agencies.keys()];
    for (const use of agencyUses) {
      if (registry.agencies.has(use.value)) continue;
      const hint = closest(use.value, known);
      findings.push(error('unknown-agency', use.path, { id: use.value, ...(hint ? { hint } : {}) }));
    }
  }
  for (const f of findings) diagnostics.push({ code: f.code, severity: f.severity, file: path, ...rangeAt(source, f.path, f.at ?? 'value'), args: f.args });

  const attachment = typeof data.attachment === 'string'
    ? await checkNamedPlan(source, ['attachment'], data.attachment, world, diagnostics, sources)
    : undefined;
  // A file loaded from what the parser recovered: leave out what the syntax error made up.
  if (hasErrors(diagnostics) || !registry?.complete) return { diagnostics: withoutConsequences(diagnostics), sources };
  return {
    decision: { path, input: data as unknown as DecisionInput, agencies: registry.agencies, ...(attachment ? { attachment } : {}) },
    diagnostics, sources,
  };
}
