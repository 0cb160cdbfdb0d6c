import type { JsonPath } from '../load/source-file.js';

/**
 * Flat lists of what the rules check, each with its JSON path. Built defensively:
 * the data may have failed the schema, and the rules still run on what is there,
 * so a user sees every problem at once.
 */
export interface Located<T> {
  readonly path: JsonPath;
  readonly value: T;
}

export interface AgencyUse {
  readonly id: string;
  readonly role: 'lead' | 'support' | 'performers' | 'agency' | 'recipient' | 'reporting';
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
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function refId(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isObj(v) && typeof v.id === 'string') return v.id;
  return undefined;
}

export function indexPlan(data: unknown): PlanIndex {
  const index: PlanIndex = { ids: [], agencies: [], dates: [], dayMonths: [], periods: [], strings: [], sections: [], items: [], tasks: [] };
  collectStrings(data, [], index.strings);
  if (!isObj(data)) return index;

  const doc = isObj(data.document) ? data.document : {};
  if (typeof doc.date === 'string') index.dates.push({ path: ['document', 'date'], value: doc.date });
  addPeriod(doc.period, ['document', 'period'], index);

  const basis = isObj(data.basis) ? data.basis : {};
  arr(basis.documents).forEach((d, i) => {
    if (isObj(d) && typeof d.date === 'string') index.dates.push({ path: ['basis', 'documents', i, 'date'], value: d.date });
  });

  const agencyRefs = (list: unknown, path: JsonPath, role: AgencyUse['role']): Array<Located<string>> => {
    const out: Array<Located<string>> = [];
    arr(list).forEach((r, i) => {
      const id = refId(r);
      if (id === undefined) return;
      const p = typeof r === 'string' ? [...path, i] : [...path, i, 'id'];
      index.agencies.push({ path: p, value: { id, role } });
      out.push({ path: p, value: id });
    });
    return out;
  };
  const oneRef = (r: unknown, path: JsonPath, role: AgencyUse['role']) => {
    const id = refId(r);
    if (id !== undefined) index.agencies.push({ path: typeof r === 'string' ? path : [...path, 'id'], value: { id, role } });
  };

  const visitTask = (t: unknown, path: JsonPath, impliedLead?: Located<string>) => {
    if (!isObj(t)) return;
    if (typeof t.id === 'string') index.ids.push({ path: [...path, 'id'], value: t.id });
    const lead = agencyRefs(t.lead, [...path, 'lead'], 'lead');
    const support = agencyRefs(t.support, [...path, 'support'], 'support');
    agencyRefs(t.performers, [...path, 'performers'], 'performers');
    const deadline = typeof t.deadline === 'string' ? { path: [...path, 'deadline'], value: t.deadline } : undefined;
    if (deadline) index.dates.push(deadline);
    addPeriod(t.timeframe, [...path, 'timeframe'], index);
    index.tasks.push({
      path,
      value: {
        lead: impliedLead ? [impliedLead, ...lead] : lead,
        support,
        ...(deadline ? { deadline } : {}),
        ...(t.timeframe !== undefined ? { timeframe: { path: [...path, 'timeframe'], value: t.timeframe } } : {}),
      },
    });
  };

  const visitTargets = (list: unknown, path: JsonPath) =>
    arr(list).forEach((t, i) => {
      if (isObj(t) && typeof t.id === 'string') index.ids.push({ path: [...path, i, 'id'], value: t.id });
    });

  const visitSection = (s: unknown, path: JsonPath) => {
    if (!isObj(s)) return;
    index.sections.push({ path, value: s });
    if (typeof s.id === 'string') index.ids.push({ path: [...path, 'id'], value: s.id });
    arr(s.items).forEach((it, i) => {
      const ip = [...path, 'items', i];
      if (!isObj(it)) return;
      index.items.push({ path: ip, value: it });
      if (typeof it.id === 'string') index.ids.push({ path: [...ip, 'id'], value: it.id });
      visitTargets(it.targets, [...ip, 'targets']);
      arr(it.reporting).forEach((r, j) => {
        const rp = [...ip, 'reporting', j];
        if (!isObj(r)) return;
        agencyRefs(r.from, [...rp, 'from'], 'reporting');
        oneRef(r.to, [...rp, 'to'], 'reporting');
        if (r.via !== undefined) oneRef(r.via, [...rp, 'via'], 'reporting');
        arr(r.schedule).forEach((sch, k) => {
          if (isObj(sch) && typeof sch.due === 'string') index.dayMonths.push({ path: [...rp, 'schedule', k, 'due'], value: sch.due });
        });
      });
    });
    visitTargets(s.targets, [...path, 'targets']);
    arr(s.tasks).forEach((t, i) => visitTask(t, [...path, 'tasks', i]));
    arr(s.by_agency).forEach((b, i) => {
      if (!isObj(b)) return;
      const bp = [...path, 'by_agency', i];
      const id = refId(b.agency);
      const agencyPath = typeof b.agency === 'string' ? [...bp, 'agency'] : [...bp, 'agency', 'id'];
      if (id !== undefined) index.agencies.push({ path: agencyPath, value: { id, role: 'agency' } });
      const implied = id !== undefined ? { path: agencyPath, value: id } : undefined;
      arr(b.tasks).forEach((t, j) => visitTask(t, [...bp, 'tasks', j], implied));
    });
    if (isObj(s.assignment)) {
      const ap = [...path, 'assignment'];
      const lead = agencyRefs(s.assignment.lead, [...ap, 'lead'], 'lead');
      const support = agencyRefs(s.assignment.support, [...ap, 'support'], 'support');
      agencyRefs(s.assignment.performers, [...ap, 'performers'], 'performers');
      index.tasks.push({ path: ap, value: { lead, support } });
    }
    arr(s.sections).forEach((c, i) => visitSection(c, [...path, 'sections', i]));
  };
  arr(data.sections).forEach((s, i) => visitSection(s, ['sections', i]));

  arr(data.recipients).forEach((r, i) => {
    if (isObj(r)) oneRef(r.agency, ['recipients', i, 'agency'], 'recipient');
  });
  return index;
}

function addPeriod(p: unknown, path: JsonPath, index: PlanIndex): void {
  if (!isObj(p)) return;
  if (typeof p.from === 'string') index.dates.push({ path: [...path, 'from'], value: p.from });
  if (typeof p.to === 'string') index.dates.push({ path: [...path, 'to'], value: p.to });
  index.periods.push({ path, value: { from: p.from, to: p.to } });
}

function collectStrings(v: unknown, path: JsonPath, out: Array<Located<string>>): void {
  if (typeof v === 'string') out.push({ path, value: v });
  else if (Array.isArray(v)) v.forEach((x, i) => collectStrings(x, [...path, i], out));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) collectStrings(x, [...path, k], out);
}

export { collectStrings };
