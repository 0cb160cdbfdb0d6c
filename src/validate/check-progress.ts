import { loadDocument } from './load-document.js';
import { withoutConsequences } from '../diagnostics/recovered.js';
import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import type { ProgressInput } from '../load/progress-types.js';
import { rangeAt } from '../load/source-file.js';
import type { Checking } from './checking.js';
import { assignmentsOf } from '../plan/subplan.js';
import { isObj } from '../plan/tree.js';
import type { ResolvedPlan } from '../plan/types.js';
import { query } from '../plan/walk.js';
import { checkNamedPlan } from './check-plan.js';
import { collectStrings, type Located } from './plan-index.js';
import { checkBlank } from './rules/blank-text.js';
import { checkDateValues } from './rules/dates.js';
import { error, warning, type Finding } from './rules/finding.js';
import { checkEncoding } from './rules/text-encoding.js';

/** A progress report that passed every check, with the plan it reports on. */
export interface CheckedProgress {
  readonly path: string;
  readonly input: ProgressInput;
  readonly plan: ResolvedPlan;
}

/**
 * load → schema → the plan it names → rules: every task it reports is a task of
 * the plan given to the agency; a task left without a status is a warning (the
 * report is still being filled); dates are real.
 */
export async function checkProgress(path: string, checking: Checking): Promise<{ progress?: CheckedProgress; diagnostics: Diagnostic[]; sources: Map<string, string> }> {
  const { world } = checking;
  const loaded = await loadDocument(path, 'progress', world);
  if (!loaded.ok) return { diagnostics: loaded.diagnostics, sources: loaded.sources };
  const { source, data, diagnostics, sources } = loaded;
  const strings: Array<Located<string>> = [];
  collectStrings(data, [], strings);
  const dates: Array<Located<string>> = [];
  const doc = isObj(data.document) ? data.document : {};
  if (typeof doc.date === 'string') dates.push({ path: ['document', 'date'], value: doc.date });
  const tasks = isObj(data.tasks) ? data.tasks : {};
  for (const [id, t] of Object.entries(tasks)) if (isObj(t) && typeof t.done_on === 'string') dates.push({ path: ['tasks', id, 'done_on'], value: t.done_on });
  const findings: Finding[] = [
    ...checkEncoding(strings, 'plan'),
    ...checkBlank(strings.filter((s) => s.path[0] === 'document' || s.path[0] === 'signature'), 'plan'),
    ...checkDateValues({ dates, dayMonths: [], periods: [] }),
  ];

  const checked = typeof data.plan === 'string' ? await checkNamedPlan(source, ['plan'], data.plan, world, diagnostics, sources) : undefined;
  const plan: ResolvedPlan | undefined = checked ? checking.resolve(checked) : undefined;
  if (plan && typeof data.agency === 'string') {
    const agency = data.agency;
    if (!plan.agencies.has(agency)) findings.push(error('unknown-agency', ['agency'], { id: agency }));
    else {
      const all = new Set(query(plan, 'task').map((t) => t.id));
      const given = new Set(assignmentsOf(plan, agency).map((a) => a.task.id));
      for (const [id, t] of Object.entries(tasks)) {
        if (!all.has(id)) findings.push({ ...error('unknown-task', ['tasks', id], { id }), at: 'key' });
        else if (!given.has(id)) findings.push({ ...warning('task-not-given', ['tasks', id], { id, agency }), at: 'key' });
        else if (!isObj(t) || t.status === null || t.status === undefined) findings.push({ ...warning('progress-unfilled', ['tasks', id], { id }), at: 'key' });
      }
      // A merged report names tasks and agencies of the plan only.
      const merged = isObj(data.merged) && isObj(data.merged.reports) ? data.merged.reports : {};
      for (const [id, list] of Object.entries(merged)) {
        if (!all.has(id)) findings.push({ ...error('unknown-task', ['merged', 'reports', id], { id }), at: 'key' });
        if (Array.isArray(list)) list.forEach((r, i) => {
          if (isObj(r) && typeof r.agency === 'string' && !plan.agencies.has(r.agency)) findings.push(error('unknown-agency', ['merged', 'reports', id, i, 'agency'], { id: r.agency }));
        });
      }
    }
  }
  for (const f of findings) diagnostics.push({ code: f.code, severity: f.severity, file: path, ...rangeAt(source, f.path, f.at ?? 'value'), args: f.args });
  // A file loaded from what the parser recovered: leave out what the syntax error made up.
  if (hasErrors(diagnostics) || !plan) return { diagnostics: withoutConsequences(diagnostics), sources };
  return { progress: { path, input: data as unknown as ProgressInput, plan }, diagnostics, sources };
}
