import { createHash } from 'node:crypto';
import type { AgencyRefInput, CitedDocumentInput, PlanInput, SectionInput, TaskFingerprint, TaskInput } from '../load/types.js';
import { parseIsoDate, shortDate } from '../text/dates.js';
import { headTitleOf } from '../text/case.js';
import { citedKyHieu } from '../text/ky-hieu.js';
import { initialsOf } from '../text/slug.js';
import { LOCAL_COMMITTEE_CODE, localityOf } from '../text/local-government.js';
import { parentBodyOf } from './parent-body.js';
import type { ResolvedAgency, ResolvedPlan, ResolvedTask } from './types.js';
import { query } from './walk.js';

/**
 * An agency's own plan derived from the province plan ("các sở, ngành … căn cứ
 * nhiệm vụ được giao … xây dựng kế hoạch cụ thể"): the tasks it leads and the
 * tasks it supports, its own or given to a group it belongs to, each keeping the
 * parent task's id (derived_from) and citing where it comes from. The result is
 * plan input, to be written as YAML, edited by the agency and kept in git.
 */

export type Role = 'lead' | 'support';

/** The two parts of a sub-plan, by role: their section ids are how a written sub-plan says which role a task has. */
const PART_OF: Readonly<Record<Role, string>> = { lead: 'nhiem-vu-chu-tri', support: 'nhiem-vu-phoi-hop' };

export interface DerivedTask {
  readonly task: ResolvedTask;
  readonly role: Role;
  /** "mục II.2 Kế hoạch số 22/KH-BCĐ" */
  readonly source: string;
}

/** What --check compares: a hash of the words, a hash of who does what, the deadline. */
export function fingerprint(task: ResolvedTask): TaskFingerprint {
  const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);
  const ids = (l: readonly ResolvedAgency[]) => l.map((a) => a.id).join(',');
  return {
    text: hash(task.text.replace(/\s+/g, ' ').trim()),
    agencies: hash(`${ids(task.assignment.lead)}|${ids(task.assignment.support)}|${ids(task.assignment.performers)}`),
    ...(task.deadline ? { deadline: task.deadline.written } : {}),
  };
}

export interface Derivation {
  readonly plan: PlanInput;
  readonly tasks: readonly DerivedTask[];
}

/** Every (task, agency, role) the plan gives to an agency, directly or through a group it belongs to. */
export function assignmentsOf(plan: ResolvedPlan, agencyId: string): Array<{ task: ResolvedTask; role: Role }> {
  return assignmentIndex(plan).get(agencyId) ?? [];
}

/**
 * Who is given what, for every agency at once: a province asks for thousands of
 * agencies' tasks, and looking through every group's thousands of members for
 * each agency made a whole province's run quadratic. Built once per plan.
 */
const indexes = new WeakMap<ResolvedPlan, Map<string, Array<{ task: ResolvedTask; role: Role }>>>();
function assignmentIndex(plan: ResolvedPlan): Map<string, Array<{ task: ResolvedTask; role: Role }>> {
  const known = indexes.get(plan);
  if (known) return known;
  const index = new Map<string, Array<{ task: ResolvedTask; role: Role }>>();
  for (const task of query(plan, 'task')) {
    const a = task.assignment;
    // Whoever leads (or performs) leads, even if also named among the partners.
    const roles = new Map<string, Role>();
    const give = (list: readonly ResolvedAgency[], role: Role) => {
      for (const x of list) for (const id of [x.id, ...x.members.map((m) => m.id)]) if (!roles.has(id)) roles.set(id, role);
    };
    give([...a.lead, ...a.performers], 'lead');
    give(a.support, 'support');
    for (const [id, role] of roles) {
      const list = index.get(id) ?? [];
      list.push({ task, role });
      index.set(id, list);
    }
  }
  indexes.set(plan, index);
  return index;
}

/** "II.2" from the numbers of the sections around a node: roman, then the deepest arabic path. */
export function sectionPath(plan: ResolvedPlan, task: ResolvedTask): string {
  const parts: string[] = [];
  for (const id of task.parents) {
    const node = plan.byId.get(id);
    if (!node || (node.kind !== 'section' && node.kind !== 'agency-block') || node.number === '') continue;
    const n = node.number.replace(/\.$/, '').replace(/^PHẦN\s+/, '');
    if (parts.length > 0 && /^\d+(\.\d+)+$/.test(n)) parts.splice(1, parts.length - 1, n);
    else if (/^[\dIVXLC]+(\.\d+)*$/.test(n)) parts.push(n);
  }
  return parts.join('.');
}


export function deriveSubplan(parent: ResolvedPlan, agencyId: string, registryPath: string, parentPath: string): Derivation {
  const agency = parent.agencies.get(agencyId);
  if (!agency) throw new RangeError(`no agency ${agencyId}`);
  const doc = parent.input.document;
  const parentNumber = citedKyHieu({ ...(doc.number !== undefined ? { number: doc.number } : {}), typeCode: 'KH', issuerCode: doc.issuer_code });
  const parentIssuer = parent.issuer?.name ?? (typeof doc.issuer === 'string' ? doc.issuer : doc.issuer.join(' '));
  const tasks = assignmentsOf(parent, agencyId).map(({ task, role }) => ({
    task, role, source: `mục ${sectionPath(parent, task)} Kế hoạch số ${parentNumber}`,
  }));
  const taskInput = ({ task, role, source }: DerivedTask): TaskInput => {
    // The agency itself, and a group it is in, drop out: the sub-plan is its own.
    const others = (list: readonly ResolvedAgency[]): AgencyRefInput[] =>
      list.filter((a) => a.id !== agencyId && !a.members.some((m) => m.id === agencyId)).map((a) => a.id);
    const a = task.assignment;
    const lead = [agencyId];
    const partners = role === 'lead' ? [...others(a.lead), ...others(a.support), ...others(a.performers)] : others(a.lead);
    return {
      id: task.id,
      text: task.text,
      source,
      lead,
      ...(partners.length > 0 ? { support: partners } : {}),
      ...(role === 'support' ? { form: 'coordinate' as const } : {}),
      ...(task.deadline ? { deadline: task.deadline.written } : {}),
      ...(task.timeframe ? { timeframe: task.timeframe } : {}),
      ...(task.output ? { output: task.output } : {}),
      derived_from: task.id,
    };
  };
  const part = (id: string, title: string, role: Role): SectionInput[] => {
    const mine = tasks.filter((t) => t.role === role);
    return mine.length > 0 ? [{ id, title, tasks: mine.map(taskInput) }] : [];
  };
  const basis: CitedDocumentInput = {
    relation: 'implementing', type: 'KH', number: parentNumber,
    date: doc.date, issuer: parentIssuer, about: `về ${doc.subject.charAt(0).toLocaleLowerCase('vi')}${doc.subject.slice(1)}`,
  };
  const parentBody = parentBodyOf(parent.agencies.get(agencyId)!, parent.agencies, parent.input.document);
  const local = (agency.kind === 'district' || agency.kind === 'commune') && localityOf(agency.name) !== undefined;
  const plan: PlanInput = {
    kind: 'plan',
    agencies: registryPath,
    issuing_agency: agencyId,
    parent: { plan: parentPath, tasks: Object.fromEntries(tasks.map((t) => [t.task.id, fingerprint(t.task)])) },
    document: {
      type: 'KH',
      ...(parentBody !== undefined ? { parent_body: parentBody } : {}),
      issuer: agency.name.toLocaleUpperCase('vi'),
      // A UBND huyện/xã signs as "UBND" and dates from its own locality; others use their initials and the parent's place.
      issuer_code: local ? LOCAL_COMMITTEE_CODE : initialsOf(agency.short ?? agency.name),
      place: (local && localityOf(agency.name)) || doc.place,
      date: doc.date,
      subject: `Thực hiện Kế hoạch số ${parentNumber} ngày ${shortDate(parseIsoDate(doc.date)!)} của ${parentIssuer}`,
      ...(doc.period ? { period: doc.period } : {}),
    },
    basis: { layout: 'lines', documents: [basis], conclusion: `${agency.short ?? agency.name} xây dựng Kế hoạch thực hiện như sau:` },
    sections: [
      ...part(PART_OF.lead, 'NHIỆM VỤ CHỦ TRÌ THỰC HIỆN', 'lead'),
      ...part(PART_OF.support, 'NHIỆM VỤ PHỐI HỢP THỰC HIỆN', 'support'),
    ],
    recipients: [...(parent.issuer ? [{ agency: parent.issuer.id }] : [])],
    archive: ['VT'],
    signature: { title: headTitleOf(agency.name), name: '(Họ và tên người ký)' },
  };
  return { plan, tasks };
}

export type Change =
  | { readonly kind: 'added' | 'removed'; readonly id: string }
  | { readonly kind: 'reworded' | 'reassigned'; readonly id: string }
  | { readonly kind: 'redated'; readonly id: string; readonly from?: string; readonly to?: string };

/** What the parent changed, for this agency, since the sub-plan was derived: by id, in the parent's order. */
export function upstreamChanges(parent: ResolvedPlan, agencyId: string, snapshot: Readonly<Record<string, TaskFingerprint>>): Change[] {
  const now = new Map(assignmentsOf(parent, agencyId).map(({ task }) => [task.id, fingerprint(task)]));
  const out: Change[] = [];
  for (const [id, f] of now) {
    const was = snapshot[id];
    if (!was) out.push({ kind: 'added', id });
    else {
      if (was.text !== f.text) out.push({ kind: 'reworded', id });
      if (was.agencies !== f.agencies) out.push({ kind: 'reassigned', id });
      if (was.deadline !== f.deadline) out.push({ kind: 'redated', id, ...(was.deadline ? { from: was.deadline } : {}), ...(f.deadline ? { to: f.deadline } : {}) });
    }
  }
  for (const id of Object.keys(snapshot)) if (!now.has(id)) out.push({ kind: 'removed', id });
  return out;
}

/** One (task, agency, role) the parent gives: the unit that sub-plans must carry exactly once. */
export interface Pair {
  readonly task: string;
  readonly agency: string;
  readonly role: Role;
}

const pairKey = (p: Pair) => `${p.task}|${p.agency}|${p.role}`;

/**
 * Every pair the parent gives to an agency that can issue a sub-plan: groups stand
 * for their members; a group that names none reaches nobody and is listed apart.
 */
export function parentPairs(plan: ResolvedPlan): { pairs: Pair[]; memberless: Array<{ task: string; group: string }> } {
  const pairs = new Map<string, Pair>();
  const memberless: Array<{ task: string; group: string }> = [];
  for (const task of query(plan, 'task')) {
    const a = task.assignment;
    const give = (list: readonly ResolvedAgency[], role: Role) => {
      for (const x of list) {
        if (x.kind === 'group' && x.members.length === 0) memberless.push({ task: task.id, group: x.id });
        for (const agency of x.kind === 'group' ? x.members : [x]) {
          // One role a task: whoever leads (or performs) somewhere in it leads.
          const lead = pairs.get(`${task.id}|${agency.id}|lead`);
          if (role === 'support' && lead) continue;
          if (role === 'lead') pairs.delete(`${task.id}|${agency.id}|support`);
          pairs.set(`${task.id}|${agency.id}|${role}`, { task: task.id, agency: agency.id, role });
        }
      }
    };
    give([...a.lead, ...a.performers], 'lead');
    give(a.support, 'support');
  }
  return { pairs: [...pairs.values()], memberless };
}

/** What sub-plans carry against what the parent gives: pairs missing, pairs invented, pairs carried twice. */
export function verifyCoverage(plan: ResolvedPlan, derived: ReadonlyArray<{ agency: string; tasks: ReadonlyArray<{ readonly task: { readonly id: string }; readonly role: Role }> }>) {
  const expected = new Set(parentPairs(plan).pairs.map(pairKey));
  const seen = new Map<string, number>();
  for (const d of derived) for (const t of d.tasks) {
    const k = pairKey({ task: t.task.id, agency: d.agency, role: t.role });
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const parse = (k: string): Pair => {
    const [task, agency, role] = k.split('|') as [string, string, Role];
    return { task, agency, role };
  };
  return {
    missing: [...expected].filter((k) => !seen.has(k)).map(parse),
    invented: [...seen.keys()].filter((k) => !expected.has(k)).map(parse),
    twice: [...seen].filter(([, n]) => n > 1).map(([k]) => parse(k)),
  };
}

/** The agencies that may issue a sub-plan: everyone given a task, itself or through a group. */
export function subplanAgencies(plan: ResolvedPlan): string[] {
  const given = new Set(parentPairs(plan).pairs.map((p) => p.agency));
  return [...plan.agencies.values()].filter((a) => given.has(a.id)).map((a) => a.id);
}

/** The parent tasks a sub-plan carries, by its derived_from ids and the part each stands in. */
export function carried(sub: ResolvedPlan): DerivedTask[] {
  return query(sub, 'task').flatMap((t) => (t.derivedFrom
    ? [{ task: { ...t, id: t.derivedFrom }, role: t.parents.includes(PART_OF.support) ? 'support' as const : 'lead' as const, source: t.source ?? '' }]
    : []));
}

/**
 * Tasks and items whose words name the agency but whose data do not ("Giao Công an
 * tỉnh: …" with no lead): the sub-plan cannot see them, so the secretariat should
 * fix the province plan. Items carry no agencies at all ("Giao Công an tỉnh:" with
 * steps, seed 004); tasks may lack them.
 */
export function unassignedMentions(plan: ResolvedPlan, agencyId: string): Array<{ readonly id: string; readonly path: readonly (string | number)[] }> {
  const agency = plan.agencies.get(agencyId);
  if (!agency) return [];
  const words = [agency.name, agency.short].filter((w): w is string => !!w).map((w) => w.toLocaleLowerCase('vi'));
  const mentions = (text: string) => words.some((w) => text.toLocaleLowerCase('vi').includes(w));
  return [
    ...query(plan, 'task').filter((t) => t.assignment.lead.length + t.assignment.support.length + t.assignment.performers.length === 0)
      .filter((t) => mentions([t.text, ...t.steps.map((st) => st.text)].join(' '))),
    ...query(plan, 'item').filter((i) => mentions([i.text.map((p) => (p.kind === 'text' ? p.text : p.target.text)).join(''), ...i.steps.map((st) => st.text)].join(' '))),
  ].map((n) => ({ id: n.id, path: [...n.path, 'text'] }));
}
