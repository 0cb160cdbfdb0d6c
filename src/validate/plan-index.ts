import type { JsonPath } from '../load/source-file.js';
import { isObj, readPlanTree, walkTree, type AgencyRole, type Located, type TreeNode } from '../plan/tree.js';

/**
 * Flat lists of what the rules check, each with its JSON path, folded from the
 * plan tree (src/plan/tree.ts). The data may have failed the schema, and the
 * rules still run on what is there, so a user sees every problem at once.
 */
export type { Located };

export interface AgencyUse {
  readonly id: string;
  readonly role: AgencyRole;
}

export interface TaskUse {
  readonly lead: ReadonlyArray<Located<string>>;
  readonly support: ReadonlyArray<Located<string>>;
  readonly deadline?: Located<string>;
  readonly timeframe?: Located<unknown>;
}

export interface PlanIndex {
  readonly ids: Array<Located<string>>;
  readonly agencies: Array<Located<AgencyUse>>;
  readonly dates: Array<Located<string>>;
  readonly dayMonths: Array<Located<string>>;
  readonly periods: Array<Located<{ from: unknown; to: unknown }>>;
  readonly strings: Array<Located<string>>;
  readonly sections: Array<Located<Record<string, unknown>>>;
  readonly items: Array<Located<Record<string, unknown>>>;
  readonly tasks: Array<Located<TaskUse>>;
  /** Texts vanban prints after a number it computes: section titles, items, tasks, steps. */
  readonly numbered: Array<Located<string>>;
}

const ids = (n: TreeNode, role: AgencyRole) => n.agencies.filter((a) => a.value.role === role).map((a) => ({ path: a.path, value: a.value.id }));

export function indexPlan(data: unknown): PlanIndex {
  const index: PlanIndex = { ids: [], agencies: [], dates: [], dayMonths: [], periods: [], strings: [], sections: [], items: [], tasks: [], numbered: [] };
  collectStrings(data, [], index.strings);
  if (!isObj(data)) return index;

  const doc = isObj(data.document) ? data.document : {};
  if (typeof doc.date === 'string') index.dates.push({ path: ['document', 'date'], value: doc.date });
  addPeriod(doc.period, ['document', 'period'], index);
  const basis = isObj(data.basis) ? data.basis : {};
  (Array.isArray(basis.documents) ? basis.documents : []).forEach((d, i) => {
    if (isObj(d) && typeof d.date === 'string') index.dates.push({ path: ['basis', 'documents', i, 'date'], value: d.date });
  });

  const tree = readPlanTree(data);
  for (const [n] of walkTree(tree.sections)) {
    if (n.id !== undefined) index.ids.push({ path: [...n.path, 'id'], value: n.id });
    for (const a of n.agencies) index.agencies.push({ path: a.path, value: { id: a.value.id, role: a.value.role } });
    const raw = n.raw;
    const text = n.kind === 'section' ? raw.title : raw.text;
    if (typeof text === 'string' && ['section', 'item', 'task', 'step'].includes(n.kind)) {
      index.numbered.push({ path: n.kind === 'step' ? n.path : [...n.path, n.kind === 'section' ? 'title' : 'text'], value: text });
    }
    switch (n.kind) {
      case 'section':
        index.sections.push({ path: n.path, value: raw });
        break;
      case 'item':
        index.items.push({ path: n.path, value: raw });
        break;
      case 'reporting':
        (Array.isArray(raw.schedule) ? raw.schedule : []).forEach((sch, k) => {
          if (isObj(sch) && typeof sch.due === 'string') index.dayMonths.push({ path: [...n.path, 'schedule', k, 'due'], value: sch.due });
        });
        break;
      case 'task': {
        const deadline = typeof raw.deadline === 'string' ? { path: [...n.path, 'deadline'], value: raw.deadline } : undefined;
        // A day is checked as a date; "Quý II/2025", "thường xuyên" … by the deadline rule.
        if (deadline && /^\d{4}-/.test(deadline.value)) index.dates.push(deadline);
        addPeriod(raw.timeframe, [...n.path, 'timeframe'], index);
        const implied = n.impliedLead ? [{ path: n.impliedLead.path, value: n.impliedLead.value.id }] : [];
        index.tasks.push({
          path: n.path,
          value: {
            lead: [...implied, ...ids(n, 'lead')], support: ids(n, 'support'),
            ...(deadline ? { deadline } : {}),
            ...(raw.timeframe !== undefined ? { timeframe: { path: [...n.path, 'timeframe'], value: raw.timeframe } } : {}),
          },
        });
        break;
      }
      case 'assignment':
        index.tasks.push({ path: n.path, value: { lead: ids(n, 'lead'), support: ids(n, 'support') } });
        break;
      default:
        break;
    }
  }
  for (const r of tree.recipients) index.agencies.push({ path: r.path, value: { id: r.value.id, role: r.value.role } });
  return index;
}

function addPeriod(p: unknown, path: JsonPath, index: PlanIndex): void {
  if (!isObj(p)) return;
  if (typeof p.from === 'string') index.dates.push({ path: [...path, 'from'], value: p.from });
  if (typeof p.to === 'string') index.dates.push({ path: [...path, 'to'], value: p.to });
  index.periods.push({ path, value: { from: p.from, to: p.to } });
}

/** Every string of a YAML document, with its path: the encoding checks read them all. */
export function collectStrings(v: unknown, path: JsonPath, out: Array<Located<string>>): void {
  if (typeof v === 'string') out.push({ path, value: v });
  else if (Array.isArray(v)) v.forEach((x, i) => collectStrings(x, [...path, i], out));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) collectStrings(x, [...path, k], out);
}
