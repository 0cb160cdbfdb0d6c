import { isDeepStrictEqual } from 'node:util';
import type { CitedDocumentInput, TargetInput } from '../load/types.js';
import { sectionPath } from '../plan/subplan.js';
import type { PlanNode, ResolvedAgency, ResolvedPlan, ResolvedTask } from '../plan/types.js';
import { walk } from '../plan/walk.js';
import { lcs } from '../text/lcs.js';
import { fieldChanges, type FieldChange } from './field-diff.js';
import { wordDiff, type WordPart } from './word-diff.js';

/**
 * What changed between two versions of a plan, in the plan's own terms: nodes
 * matched by id (never by line), each named by its printed number and its id;
 * moves told apart from the renumbering they cause; wording compared word by
 * word; who leads and who supports, deadlines, targets, recipients, citations,
 * and agencies renamed in the registry with how many tasks that rewrites.
 */

export type NodeKind = 'section' | 'item' | 'task' | 'target' | 'step';


export type PlanChange =
  | { readonly kind: 'added' | 'removed'; readonly node: NodeKind; readonly id: string; readonly at: string; readonly text: string }
  | { readonly kind: 'moved'; readonly node: NodeKind; readonly id: string; readonly from: string; readonly to: string }
  /** One node's words now two nodes (Enter pressed inside a paragraph): `id` keeps the first part, `into` is new with the rest. */
  | { readonly kind: 'split'; readonly node: NodeKind; readonly id: string; readonly at: string; readonly first: string; readonly into: string; readonly intoAt: string; readonly second: string }
  /** Two nodes now one (the paragraph mark between them deleted): `from` is gone, its words at the end of `id`'s. */
  | { readonly kind: 'merged'; readonly node: NodeKind; readonly id: string; readonly at: string; readonly from: string; readonly text: string }
  | { readonly kind: 'renumbered'; readonly parent: string; readonly ids: readonly string[]; readonly from: readonly string[]; readonly to: readonly string[]; readonly because: readonly string[] }
  | { readonly kind: 'reworded'; readonly node: NodeKind; readonly id: string; readonly at: string; readonly words: readonly WordPart[]; readonly whole?: true }
  | { readonly kind: 'reassigned'; readonly id: string; readonly at: string; readonly agencies: ReadonlyArray<{ readonly agency: string; readonly from: Role; readonly to: Role }> }
  | { readonly kind: 'redated'; readonly id: string; readonly at: string; readonly from?: string; readonly to?: string }
  | { readonly kind: 'target-changed'; readonly id: string; readonly at: string; readonly from: string; readonly to: string }
  | { readonly kind: 'recipient-added' | 'recipient-removed'; readonly text: string }
  | { readonly kind: 'recipient-reworded'; readonly from: string; readonly to: string }
  | { readonly kind: 'citation-added' | 'citation-removed'; readonly text: string }
  /** A basis line retyped where it stands (its number, date, issuer or words): told word by word. */
  | { readonly kind: 'citation-reworded'; readonly words: readonly WordPart[] }
  | { readonly kind: 'agency-renamed'; readonly id: string; readonly from: string; readonly to: string; readonly reach: number }
  | FieldChange;

export type Role = 'chủ trì' | 'phối hợp' | 'thực hiện' | 'không';

interface Numbered {
  readonly node: PlanNode;
  readonly kind: NodeKind;
  readonly parent: string;
  /** "II.2 c)" — where a reader finds it on the page. */
  readonly at: string;
  /** "II.2": the section it stands in; and "c)" or "(thứ 3)", its own number there. */
  readonly within: string;
  readonly own: string;
  /** Its place among its parent's children of its kind. */
  readonly index: number;
  readonly text: string;
  /**
   * The words the author wrote here: an item's targets stand as their ids, so a
   * target reworded is the target's change and a target placed in the sentence
   * is part of adding it, not a rewording of the item.
   */
  readonly ownWords: string;
}

export function diffPlans(before: ResolvedPlan, after: ResolvedPlan): PlanChange[] {
  const a = numbered(before);
  const b = numbered(after);
  const out: PlanChange[] = [];

  // Order within each parent: what is common to both and kept its place (longest common
  // subsequence) did not move; the rest of the common ones did.
  const moved = new Set<string>();
  const byParent = (m: Map<string, Numbered>) => {
    const groups = new Map<string, string[]>();
    for (const [id, n] of m) groups.set(n.parent, [...(groups.get(n.parent) ?? []), id]);
    return groups;
  };
  const beforeGroups = byParent(a);
  for (const [parent, ids] of byParent(b)) {
    const common = ids.filter((id) => a.get(id)?.parent === parent);
    const old = (beforeGroups.get(parent) ?? []).filter((id) => b.get(id)?.parent === parent);
    const kept = new Set(lcs(old, common));
    for (const id of common) if (!kept.has(id)) moved.add(id);
  }
  for (const [id, n] of b) if (a.has(id) && a.get(id)!.parent !== n.parent) moved.add(id);

  for (const [id, n] of b) {
    const o = a.get(id);
    if (!o) {
      out.push({ kind: 'added', node: n.kind, id, at: n.at, text: n.text });
      continue;
    }
    if (moved.has(id)) out.push({ kind: 'moved', node: n.kind, id, from: o.at, to: n.at });
    // A target whose number alone changed is told once, as its new value.
    const numberOnly = n.kind === 'target' && o.node.kind === 'target' && n.node.kind === 'target' && targetValue(o.node.input) !== targetValue(n.node.input)
      && o.ownWords.replace(/\d+(?:[.,]\d+)*/g, '#') === n.ownWords.replace(/\d+(?:[.,]\d+)*/g, '#');
    if (o.ownWords !== n.ownWords && !numberOnly && !onlyTargetsPlaced(o.ownWords, n.ownWords)) {
      const w = wordDiff(o.text, n.text);
      out.push({ kind: 'reworded', node: n.kind, id, at: n.at, words: w.parts, ...(w.whole ? { whole: true as const } : {}) });
    }
    if (n.node.kind === 'task' && o.node.kind === 'task') out.push(...taskChanges(o.node, n.node, n.at));
    if (n.node.kind === 'target' && o.node.kind === 'target' && targetValue(o.node.input) !== targetValue(n.node.input)) {
      out.push({ kind: 'target-changed', id, at: n.at, from: targetValue(o.node.input), to: targetValue(n.node.input) });
    }
    const read = READ_BY_NODE[n.kind];
    out.push(...fieldChanges(inputAt(before.input, o.node.path), inputAt(after.input, n.node.path), (p) => p.length === 1 && read.has(String(p[0])), { id, at: n.at }));
  }
  for (const [id, o] of a) if (!b.has(id)) out.push({ kind: 'removed', node: o.kind, id, at: o.at, text: o.text });
  joinSplitsAndMerges(out, a, b);

  // What only changed its number, grouped by where it stands, with the cause.
  const renumbered = new Map<string, string[]>();
  for (const [id, n] of b) {
    const o = a.get(id);
    // Targets print inside their sentence, unnumbered: a new place among them changes nothing on the page.
    // Nor does a dash or bullet item, counted "(thứ 3)" here only to name it.
    if (o && !moved.has(id) && o.at !== n.at && n.kind !== 'target' && !/^\(thứ \d+\)$/.test(n.own)) renumbered.set(n.parent, [...(renumbered.get(n.parent) ?? []), id]);
  }
  for (const [parent, ids] of renumbered) {
    // The cause: what came in before the last renumbered node, or went out before it.
    const lastNew = Math.max(...ids.map((id) => b.get(id)!.index));
    const lastOld = Math.max(...ids.map((id) => a.get(id)!.index));
    const cameIn = [...b.values()].filter((n) => n.parent === parent && n.index < lastNew && (!a.has(n.node.id) || a.get(n.node.id)!.parent !== parent || moved.has(n.node.id)));
    const wentOut = [...a.values()].filter((n) => n.parent === parent && n.index < lastOld && (!b.has(n.node.id) || b.get(n.node.id)!.parent !== parent));
    const because = [...new Set([...cameIn, ...wentOut].map((n) => n.node.id))];
    const first = b.get(ids[0]!)!;
    // "c)" reads alone under "mục II.2"; ".2" does not: say "I.2".
    const shown = (n: Numbered) => (n.own.startsWith('.') ? n.at : n.own);
    out.push({ kind: 'renumbered', parent: first.within || first.at, ids, from: ids.map((id) => shown(a.get(id)!)), to: ids.map((id) => shown(b.get(id)!)), because });
  }

  out.push(...recipientChanges(before.recipients, after.recipients));
  const cites = (p: ResolvedPlan) => (p.input.basis?.documents ?? []).map(citation);
  out.push(...citationChanges(cites(before), cites(after)));

  // The registry's file name is no change of the plan when the registry says the same: the agencies are compared below.
  const sameRegistry = sameAgencies(before.agencies, after.agencies);
  out.push(...fieldChanges(before.input, after.input, (p) => p.length >= 1 && (DOCUMENT_READ.some((r) => r.every((k, i) => p[i] === k) && p.length === r.length) || (sameRegistry && p.length === 1 && p[0] === 'agencies'))));

  for (const [id, was] of before.agencies) {
    const now = after.agencies.get(id);
    if (!now || (now.name === was.name && now.short === was.short)) continue;
    const reach = [...walk(after)].filter((n) => n.kind === 'task' && [...n.assignment.lead, ...n.assignment.support, ...n.assignment.performers].some((x) => x.id === id)).length;
    out.push({ kind: 'agency-renamed', id, from: was.short ?? was.name, to: now.short ?? now.name, reach });
  }
  return out;
}

function sameAgencies(a: ResolvedPlan['agencies'], b: ResolvedPlan['agencies']): boolean {
  if (a.size !== b.size) return false;
  for (const [id, x] of a) if (!isDeepStrictEqual(x, b.get(id))) return false;
  return true;
}

/** What the node diff above reads of each kind of node (and its child lists, compared as nodes); the field diff reads the rest. */
const READ_BY_NODE: Record<NodeKind, ReadonlySet<string>> = {
  section: new Set(['id', 'title', 'sections', 'items', 'targets', 'tasks', 'by_agency']),
  item: new Set(['id', 'text', 'targets', 'steps']),
  task: new Set(['id', 'text', 'more', 'lead', 'support', 'performers', 'deadline', 'steps']),
  target: new Set(['id', 'text', 'value', 'comparator', 'unit']),
  step: new Set(['text']),
};

/** Document-level fields read above (the node tree, citations, recipients) or that print nothing (a sub-plan's fingerprints). */
const DOCUMENT_READ: ReadonlyArray<readonly string[]> = [['kind'], ['version'], ['sections'], ['basis', 'documents'], ['recipients'], ['parent', 'tasks']];

/** The input at a node's path; a step is a bare string there. */
function inputAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = input;
  for (const k of path) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string | number, unknown>)[k] : undefined;
  return typeof v === 'string' ? { text: v } : v;
}

/**
 * A Quyết định: every field of its own, compared leaf by leaf (Điều, khoản and điểm
 * named as a reader names them), then the plan it issues, node by node.
 */
export function diffDecisions(before: { readonly input: unknown; readonly plan?: ResolvedPlan }, after: { readonly input: unknown; readonly plan?: ResolvedPlan }): PlanChange[] {
  const own = fieldChanges(before.input, after.input, (p) => p.length === 1 && (p[0] === 'kind' || p[0] === 'version' || p[0] === 'recipients'));
  // A blob git hands over is not checked: any shape.
  const recipients = (d: { readonly input: unknown }) => {
    const list = (d.input as { recipients?: unknown } | null)?.recipients;
    return (Array.isArray(list) ? list : []).map((r) => (typeof r === 'string' ? r : JSON.stringify((r as { agency?: unknown } | null)?.agency ?? r)));
  };
  const [was, now] = [recipients(before), recipients(after)];
  return [
    ...own,
    ...recipientChanges(was, now),
    ...(before.plan && after.plan ? diffPlans(before.plan, after.plan) : []),
  ];
}

/** Lines of Nơi nhận added and removed; one out and one in at the same place is one line reworded. */
function recipientChanges(was: readonly string[], now: readonly string[]): PlanChange[] {
  const added = now.filter((r) => !was.includes(r));
  const removed = was.filter((r) => !now.includes(r));
  const out: PlanChange[] = [];
  for (const r of [...removed]) {
    const twin = added.find((a) => now.indexOf(a) === was.indexOf(r));
    if (twin === undefined) continue;
    out.push({ kind: 'recipient-reworded', from: r, to: twin });
    removed.splice(removed.indexOf(r), 1);
    added.splice(added.indexOf(twin), 1);
  }
  return [...out, ...added.map((text): PlanChange => ({ kind: 'recipient-added', text })), ...removed.map((text): PlanChange => ({ kind: 'recipient-removed', text }))];
}

/**
 * A node whose words lost their end, and a new node just after it holding that
 * end, is one change: the paragraph split in two. A node whose words gained the
 * words of the node after it, gone, is the two merged. Each is told once, in place
 * of the rewording and the addition (or removal) it is made of.
 */
function joinSplitsAndMerges(out: PlanChange[], a: Map<string, Numbered>, b: Map<string, Numbered>): void {
  const spaced = (x: string) => x.replace(/\s+/g, ' ').trim().replace(/[.;:,]$/u, '');
  const joined = (first: string, second: string, whole: string) => spaced(`${spaced(first)}${/[.;:,]$/u.test(first.trim()) ? '' : '.'} ${second}`) === spaced(whole)
    || spaced(`${spaced(first)} ${second}`) === spaced(whole) || spaced(`${first.trim()} ${second}`) === spaced(whole);
  const before = (m: Map<string, Numbered>, n: Numbered) => [...m.values()].find((x) => x.parent === n.parent && x.kind === n.kind && x.index === n.index - 1);
  const drop = (pred: (c: PlanChange) => boolean) => {
    const i = out.findIndex(pred);
    if (i >= 0) out.splice(i, 1);
  };
  for (const c of [...out]) {
    if (c.kind === 'added') {
      const n = b.get(c.id)!;
      const x = before(b, n);
      const was = x ? a.get(x.node.id) : undefined;
      if (!x || !was || was.text === x.text || !joined(x.text, n.text, was.text)) continue;
      drop((d) => d.kind === 'reworded' && d.id === x.node.id);
      const i = out.indexOf(c);
      out.splice(i, 1, { kind: 'split', node: x.kind, id: x.node.id, at: x.at, first: x.text, into: c.id, intoAt: n.at, second: n.text });
    } else if (c.kind === 'removed') {
      const o = a.get(c.id)!;
      const x = before(a, o);
      const now = x ? b.get(x.node.id) : undefined;
      if (!x || !now || now.text === x.text || !joined(x.text, o.text, now.text)) continue;
      drop((d) => d.kind === 'reworded' && d.id === x.node.id);
      const i = out.indexOf(c);
      out.splice(i, 1, { kind: 'merged', node: x.kind, id: x.node.id, at: now.at, from: c.id, text: now.text });
    }
  }
}

function numbered(plan: ResolvedPlan): Map<string, Numbered> {
  const out = new Map<string, Numbered>();
  const siblings = new Map<string, number>();
  for (const node of walk(plan)) {
    if (node.kind === 'agency-block') continue;
    const parent = node.parents.at(-1) ?? '';
    const k = (siblings.get(`${parent}|${node.kind}`) ?? 0) + 1;
    siblings.set(`${parent}|${node.kind}`, k);
    // A step or target stands under its item or task: "I.2 (thứ 1), chỉ tiêu thứ 3".
    const holder = out.get(parent);
    const inside = holder && (holder.kind === 'item' || holder.kind === 'task');
    const path = inside ? holder.at : sectionPath(plan, node as unknown as ResolvedTask);
    const own = node.kind === 'section' ? ''
      : inside ? `, ${NOUNS[node.kind]} thứ ${k}`
        : /^\d+\.$/.test(node.number) && path ? `.${node.number.slice(0, -1)}`
          : node.number && node.number !== '-' ? ` ${node.number}` : ` (thứ ${k})`;
    const at = node.kind === 'section' ? (node.number.replace(/\.$/, '') || node.title) : `${path}${own}`;
    const text = textOf(node);
    const ownWords = node.kind === 'item' ? node.text.map((p) => (p.kind === 'text' ? p.text : `${TARGET_MARK}${p.target.id}${TARGET_MARK}`)).join('') : text;
    out.set(node.id, { node, kind: node.kind, parent, at: at.trim(), within: path, own: own.replace(/^,\s*/, '').trim(), index: k, text, ownWords });
  }
  return out;
}

const TARGET_MARK = '\u2063';

/** The two wordings differ only by targets put in or taken out, with the punctuation that joins them. */
function onlyTargetsPlaced(from: string, to: string): boolean {
  const changed = wordDiff(from, to).parts.filter((w) => w.op !== '=');
  return changed.some((w) => w.text.includes(TARGET_MARK)) && changed.every((w) => w.text.replace(new RegExp(`${TARGET_MARK}[^${TARGET_MARK}]*${TARGET_MARK}`, 'g'), '').replace(/[\s,;.]/g, '') === '');
}

/** What each kind of node is called in a sentence. */
export const NOUNS: Record<NodeKind, string> = { section: 'mục', item: 'nội dung', task: 'nhiệm vụ', target: 'chỉ tiêu', step: 'bước' };

function textOf(node: PlanNode): string {
  switch (node.kind) {
    case 'section':
      return node.title;
    case 'item':
      return node.text.map((p) => (p.kind === 'text' ? p.text : p.target.text)).join('');
    case 'task':
      return [node.text, ...node.more].join(' ');
    case 'agency-block':
      return node.agency.printed;
    default:
      return node.text;
  }
}

function taskChanges(o: ResolvedTask, n: ResolvedTask, at: string): PlanChange[] {
  const out: PlanChange[] = [];
  const roles = (t: ResolvedTask) => {
    const m = new Map<string, { name: string; role: Role }>();
    const put = (l: readonly ResolvedAgency[], role: Role) => l.forEach((x) => m.has(x.id) || m.set(x.id, { name: x.printed, role }));
    put(t.assignment.lead, 'chủ trì');
    put(t.assignment.performers, 'thực hiện');
    put(t.assignment.support, 'phối hợp');
    return m;
  };
  const ro = roles(o);
  const rn = roles(n);
  const agencies = [...new Set([...ro.keys(), ...rn.keys()])]
    .filter((id) => ro.get(id)?.role !== rn.get(id)?.role)
    .map((id) => ({ agency: (rn.get(id) ?? ro.get(id))!.name, from: ro.get(id)?.role ?? 'không', to: rn.get(id)?.role ?? 'không' }));
  if (agencies.length > 0) out.push({ kind: 'reassigned', id: n.id, at, agencies });
  if (o.deadline?.written !== n.deadline?.written) {
    out.push({ kind: 'redated', id: n.id, at, ...(o.deadline ? { from: o.deadline.short } : {}), ...(n.deadline ? { to: n.deadline.short } : {}) });
  }
  return out;
}

function targetValue(t: TargetInput): string {
  const op = ({ '>=': '≥ ', '<=': '≤ ', '>': '> ', '<': '< ', '=': '' } as Record<string, string>)[t.comparator ?? '='] ?? '';
  return `${op}${t.value ?? ''}${t.unit ? (t.unit === '%' ? ' %' : ` ${t.unit}`) : ''}`.trim();
}

/** Citations gone and come: one gone and one come at the same place is the line retyped. */
function citationChanges(was: readonly string[], now: readonly string[]): PlanChange[] {
  const gone = was.map((c, i) => ({ c, i })).filter((x) => !now.includes(x.c));
  const come = now.map((c, i) => ({ c, i })).filter((x) => !was.includes(x.c));
  const out: PlanChange[] = [];
  for (const g of gone) {
    const twin = was.length === now.length ? come.find((x) => x.i === g.i) : undefined;
    if (twin) {
      come.splice(come.indexOf(twin), 1);
      out.push({ kind: 'citation-reworded', words: wordDiff(g.c, twin.c).parts });
    } else out.push({ kind: 'citation-removed', text: g.c });
  }
  return [...come.map((x): PlanChange => ({ kind: 'citation-added', text: x.c })), ...out];
}

function citation(d: CitedDocumentInput | { readonly text: string }): string {
  if (typeof d.text === 'string') return d.text;
  const c = d as CitedDocumentInput;
  return [c.title ?? c.type, c.number ? `số ${c.number}` : '', c.date ? `ngày ${c.date}` : '', c.issuer ?? '', c.about ?? ''].filter(Boolean).join(' ');
}
