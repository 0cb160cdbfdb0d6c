import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import { shorten } from '../text/shorten.js';
import { loadYaml } from '../load/load-yaml.js';
import type { ReportInput } from '../load/report-types.js';
import { rangeAt, type JsonPath } from '../load/source-file.js';
import { mustAnswer, resolveOutline } from '../report/resolve-outline.js';
import { sectionId, sectionsAsOutline } from '../report/sections-outline.js';
import { breakdownConflicts } from '../report/statistics.js';
import { checkOutline, type CheckedOutline, type OutlineCheckResult } from './check-outline.js';
import type { Checking } from './checking.js';
import type { ResolvedPlan } from '../plan/types.js';
import { query } from '../plan/walk.js';
import { checkNamedPlan } from './check-plan.js';
import { collectStrings, type Located } from './plan-index.js';
import { referenceIn, relativeTo } from './registry.js';
import { closest } from './rules/agencies.js';
import { checkDateValues } from './rules/dates.js';
import { error, warning, type Finding } from './rules/finding.js';
import { checkBlank } from './rules/blank-text.js';
import { checkEncoding } from './rules/text-encoding.js';
import { validateSchema } from './schema.js';

import type { CheckedReport } from '../report/types.js';

export type { CheckedReport };

export interface ReportCheckResult {
  readonly report?: CheckedReport;
  readonly diagnostics: Diagnostic[];
  readonly sources: Map<string, string>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);


/**
 * load → schema → the outline and plan it names → rules: node, table, metric and
 * list ids exist; years fall in the period; rows have the outline's columns.
 * Empty nodes and gaps are warnings: an unfinished report still validates.
 */
export interface ReportCheckOptions {
  /** Also warn about table cells left empty (vanban lint). */
  readonly gaps?: boolean;
  /** Outlines already checked in this run, by absolute path: merging many reports checks their outline once. */
  readonly outlines?: Map<string, Promise<OutlineCheckResult>>;
}

export async function checkReport(path: string, checking: Checking, options: ReportCheckOptions = {}): Promise<ReportCheckResult> {
  const { world } = checking;
  const sources = new Map<string, string>();
  const loaded = await loadYaml(path, world);
  if (loaded.source) sources.set(path, loaded.source.text);
  if (!loaded.source || loaded.data === undefined) return { diagnostics: loaded.diagnostics, sources };
  const source = loaded.source;
  const data = loaded.data as Obj;
  const diagnostics: Diagnostic[] = [...validateSchema('report', source, data)];
  const findings: Finding[] = [];
  const strings: Array<Located<string>> = [];
  collectStrings(data, [], strings);
  findings.push(...checkEncoding(strings, 'plan'));
  // Answers may leave a cell or a line empty; what the document says of itself may not.
  findings.push(...checkBlank(strings.filter((s) => s.path[0] === 'document' || s.path[0] === 'signature'), 'plan'));
  const doc = isObj(data.document) ? data.document : {};
  if (typeof doc.date === 'string') findings.push(...checkDateValues({ dates: [{ path: ['document', 'date'], value: doc.date }], dayMonths: [], periods: [] }));

  let outline: CheckedOutline | undefined;
  const outlinePath = typeof data.outline === 'string' ? referenceIn(source, ['outline'], data.outline, world, diagnostics) : undefined;
  if (typeof data.outline === 'string' && outlinePath) {
    let pending = options.outlines?.get(outlinePath);
    if (!pending) {
      pending = checkOutline(outlinePath, world, relativeTo(path, outlinePath));
      options.outlines?.set(outlinePath, pending);
    }
    const r = await pending;
    for (const [k, v] of r.sources) sources.set(k, v);
    diagnostics.push(...r.diagnostics);
    outline = r.outline;
    if (!outline && r.diagnostics.length === 0) diagnostics.push({ code: 'file-unreadable', severity: 'error', file: path, ...rangeAt(source, ['outline']), args: { reason: data.outline } });
  }
  // A report that follows no outline is its own: its sections are the outline it answers.
  let own: ReturnType<typeof sectionsAsOutline> | undefined;
  // Its own sections, or (a short report) only its opening.
  if (Array.isArray(data.sections) || (data.outline === undefined && typeof data.opening === 'string')) {
    if (data.outline !== undefined) findings.push({ ...error('report-outline-and-sections', ['sections'], {}), at: 'key' });
    else if (!hasErrors(diagnostics)) {
      findings.push(...duplicateSectionIds(Array.isArray(data.sections) ? data.sections : [], (p) => rangeAt(source, p).start.line));
      own = sectionsAsOutline(data as unknown as ReportInput);
      outline = { path, resolved: resolveOutline(own.outline), agencies: new Map() };
    }
  } else if (data.outline === undefined) findings.push({ ...error('report-without-body', ['kind'], {}), at: 'key' });
  let plan: ResolvedPlan | undefined;
  const checkedPlan = typeof data.plan === 'string' ? await checkNamedPlan(source, ['plan'], data.plan, world, diagnostics, sources) : undefined;
  plan = checkedPlan ? checking.resolve(checkedPlan) : undefined;

  const index = outline?.resolved;
  if (outline && index && !own) {
    const years = index.input.years ?? [];
    const agencies = [...outline.agencies.keys()];
    const agencyIds = [data.agency, ...(Array.isArray(data.sources) ? data.sources : []), ...(Array.isArray(data.missing) ? data.missing : [])];
    agencyIds.forEach((id, i) => {
      if (typeof id !== 'string' || outline!.agencies.size === 0 || outline!.agencies.has(id)) return;
      const p: JsonPath = i === 0 ? ['agency'] : i <= (Array.isArray(data.sources) ? data.sources.length : 0) ? ['sources', i - 1] : ['missing', i - 1 - (Array.isArray(data.sources) ? data.sources.length : 0)];
      const hint = closest(id, agencies);
      findings.push(error('unknown-agency', p, { id, ...(hint ? { hint } : {}) }));
    });
    const answers = isObj(data.answers) ? data.answers : {};
    for (const [nodeId, answer] of Object.entries(answers)) {
      const at: JsonPath = ['answers', nodeId];
      const n = index.byId.get(nodeId);
      if (!n) {
        const hint = closest(nodeId, [...index.byId.keys()]);
        findings.push({ ...error('unknown-node', at, { id: nodeId, ...(hint ? { hint } : {}) }), at: 'key' });
        continue;
      }
      if (!isObj(answer)) continue;
      for (const [tableId, table] of Object.entries(isObj(answer.tables) ? answer.tables : {})) {
        const t = n.input.tables?.find((x) => x.id === tableId);
        if (!t) {
          findings.push({ ...error('unknown-table', [...at, 'tables', tableId], { id: tableId, node: nodeId }), at: 'key' });
          continue;
        }
        for (const [metricId, values] of Object.entries(isObj(table) ? table : {})) {
          if (!t.metrics.some((m) => m.id === metricId)) {
            findings.push({ ...error('unknown-metric', [...at, 'tables', tableId, metricId], { id: metricId, table: tableId, known: t.metrics.map((m) => m.id).join(', ') }), at: 'key' });
            continue;
          }
          for (const key of Object.keys(isObj(values) ? values : {})) {
            if (key !== 'previous' && /^\d{4}$/.test(key) && years.length > 0 && !years.includes(Number(key))) {
              findings.push({ ...error('year-outside-window', [...at, 'tables', tableId, metricId, key], { year: key, years: `${years[0]} – ${years[years.length - 1]}` }), at: 'key' });
            }
          }
        }
        for (const c of breakdownConflicts(t, table as never, years)) findings.push(warning('breakdown-mismatch', [...at, 'tables', tableId], { detail: c }));
      }
      for (const [listId, rows] of Object.entries(isObj(answer.lists) ? answer.lists : {})) {
        const l = n.input.lists?.find((x) => x.id === listId);
        if (!l) {
          findings.push({ ...error('unknown-list', [...at, 'lists', listId], { id: listId, node: nodeId }), at: 'key' });
          continue;
        }
        (Array.isArray(rows) ? rows : []).forEach((row, r) => {
          if (Array.isArray(row) && row.length !== l.columns.length) {
            findings.push(error('list-shape', [...at, 'lists', listId, r], { id: listId, got: row.length, want: l.columns.length, columns: l.columns.join(' | ') }));
          }
        });
      }
    }
    if (plan && isObj(data.targets)) {
      const known = new Set(query(plan, 'target').map((t) => t.id));
      for (const id of Object.keys(data.targets)) if (!known.has(id)) findings.push({ ...error('unknown-target', ['targets', id], { id }), at: 'key' });
    }
    // Unfinished work is a warning: the outline's (**) note lets agencies skip nodes.
    if (typeof data.agency === 'string' && !Array.isArray(data.sources)) {
      for (const n of index.order) {
        if (!mustAnswer(n, data.agency)) continue;
        const a = answers[n.id];
        const hasText = isObj(a) && (typeof a.text === 'string' && a.text.trim() !== '');
        const hasNumbers = isObj(a) && isObj(a.tables) && Object.values(a.tables).some((t) => isObj(t) && Object.values(t).some((v) => isObj(v) && Object.values(v).some((x) => typeof x === 'number')));
        if (!hasText && !hasNumbers) findings.push(warning('empty-node', ['answers', n.id], { number: n.number, title: shorten(n.input.title, 60) }));
      }
    }
    if (options.gaps) {
      for (const [nodeId, answer] of Object.entries(answers)) {
        const n = index.byId.get(nodeId);
        for (const [tableId, table] of Object.entries(isObj(answer) && isObj(answer.tables) ? answer.tables : {})) {
          const t = n?.input.tables?.find((x) => x.id === tableId);
          for (const m of t?.metrics ?? []) {
            const v = isObj(table) && isObj(table[m.id]) ? (table[m.id] as Obj) : {};
            const missing = [...years.map(String), 'previous'].filter((y) => typeof v[y] !== 'number');
            if (missing.length > 0) findings.push(warning('table-gap', ['answers', nodeId, 'tables', tableId], { table: tableId, metric: m.id, missing: missing.join(', ') }));
          }
        }
      }
    }
  }
  for (const f of findings) diagnostics.push({ code: f.code, severity: f.severity, file: path, ...rangeAt(source, f.path, f.at ?? 'value'), args: f.args });
  if (hasErrors(diagnostics) || !outline || !index) return { diagnostics, sources };
  const input = data as unknown as ReportInput;
  const answers = own?.answers ?? input.answers ?? {};
  return { report: { path, input, outline, answers, ...(own ? { ownSections: true as const } : {}), ...(plan ? { plan } : {}) }, diagnostics, sources };
}

/** Section ids, given or by place, each once: a diff and a link name a section by it. */
function duplicateSectionIds(sections: readonly unknown[], lineOf: (p: JsonPath) => number): Finding[] {
  const seen = new Map<string, JsonPath>();
  const out: Finding[] = [];
  const walk = (list: readonly unknown[], place: readonly number[], at: JsonPath) => list.forEach((s, i) => {
    if (!isObj(s)) return;
    const id = typeof s.id === 'string' ? s.id : sectionId([...place, i]);
    const here: JsonPath = [...at, i];
    const first = seen.get(id);
    if (first) out.push(error('duplicate-id', typeof s.id === 'string' ? [...here, 'id'] : here, { id, firstLine: lineOf(first) }));
    else seen.set(id, here);
    if (Array.isArray(s.sections)) walk(s.sections, [...place, i], [...here, 'sections']);
  });
  walk(sections, [], ['sections']);
  return out;
}
