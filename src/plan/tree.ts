import type { JsonPath } from '../load/source-file.js';

/**
 * The plan's body as a tree of nodes, read once from the YAML data: the only
 * code that walks plan input. Read defensively — before or after the schema
 * passed — so validation finds every problem at once and resolution
 * (resolve.ts) builds on the same nodes, in printed order.
 */

export type PlanNodeKind = 'section' | 'item' | 'target' | 'task' | 'step' | 'agency-block' | 'assignment' | 'reporting';

export type AgencyRole = 'lead' | 'support' | 'performers' | 'agency' | 'recipient' | 'reporting';

export interface Located<T> {
  readonly path: JsonPath;
  readonly value: T;
}

/** An agency named in the plan, where it is written. `as` is the wording the text uses instead of the registry's. */
export interface AgencyMention {
  readonly id: string;
  readonly role: AgencyRole;
  readonly as?: string;
}

export interface TreeNode {
  readonly kind: PlanNodeKind;
  /** Where the node is in the YAML. */
  readonly path: JsonPath;
  /** The id as written (steps and assignments have none of their own). */
  readonly id?: string;
  /** The node's own YAML mapping; a step's text is `{ text }`. */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly children: readonly TreeNode[];
  /** Agencies named on this node itself, in order. */
  readonly agencies: ReadonlyArray<Located<AgencyMention>>;
  /** For tasks in a per-agency block: the block's agency, the task's implied lead. */
  readonly impliedLead?: Located<AgencyMention>;
}

export interface PlanTree {
  readonly sections: readonly TreeNode[];
  /** Agencies named outside the body (Nơi nhận). */
  readonly recipients: ReadonlyArray<Located<AgencyMention>>;
}

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const idOf = (o: Obj): { id?: string } => (typeof o.id === 'string' ? { id: o.id } : {});

function mention(ref: unknown, path: JsonPath, role: AgencyRole): Located<AgencyMention> | undefined {
  if (typeof ref === 'string') return { path, value: { id: ref, role } };
  if (isObj(ref) && typeof ref.id === 'string') {
    return { path: [...path, 'id'], value: { id: ref.id, role, ...(typeof ref.as === 'string' ? { as: ref.as } : {}) } };
  }
  return undefined;
}

function mentions(list: unknown, path: JsonPath, role: AgencyRole): Array<Located<AgencyMention>> {
  return arr(list).flatMap((r, i) => mention(r, [...path, i], role) ?? []);
}

const assignmentMentions = (o: Obj, path: JsonPath) => [
  ...mentions(o.lead, [...path, 'lead'], 'lead'),
  ...mentions(o.support, [...path, 'support'], 'support'),
  ...mentions(o.performers, [...path, 'performers'], 'performers'),
];

const steps = (list: unknown, path: JsonPath): TreeNode[] =>
  arr(list).flatMap((text, i) => (typeof text === 'string'
    ? [{ kind: 'step' as const, path: [...path, i], raw: { text }, children: [], agencies: [] }]
    : []));

const targets = (list: unknown, path: JsonPath): TreeNode[] =>
  arr(list).flatMap((t, i) => (isObj(t) ? [{ kind: 'target' as const, path: [...path, i], ...idOf(t), raw: t, children: [], agencies: [] }] : []));

function task(t: unknown, path: JsonPath, impliedLead?: Located<AgencyMention>): TreeNode[] {
  if (!isObj(t)) return [];
  return [{
    kind: 'task', path, ...idOf(t), raw: t, agencies: assignmentMentions(t, path),
    children: steps(t.steps, [...path, 'steps']), ...(impliedLead ? { impliedLead } : {}),
  }];
}

function item(it: unknown, path: JsonPath): TreeNode[] {
  if (!isObj(it)) return [];
  const reporting = arr(it.reporting).flatMap((r, j): TreeNode[] => {
    const rp = [...path, 'reporting', j];
    if (!isObj(r)) return [];
    const named = [
      ...mentions(r.from, [...rp, 'from'], 'reporting'),
      ...[mention(r.to, [...rp, 'to'], 'reporting'), r.via !== undefined ? mention(r.via, [...rp, 'via'], 'reporting') : undefined]
        .flatMap((m) => m ?? []),
    ];
    return [{ kind: 'reporting', path: rp, raw: r, children: [], agencies: named }];
  });
  return [{
    kind: 'item', path, ...idOf(it), raw: it, agencies: [],
    children: [...targets(it.targets, [...path, 'targets']), ...reporting, ...steps(it.steps, [...path, 'steps'])],
  }];
}

function section(s: unknown, path: JsonPath): TreeNode[] {
  if (!isObj(s)) return [];
  const children: TreeNode[] = [
    ...arr(s.sections).flatMap((c, i) => section(c, [...path, 'sections', i])),
    ...arr(s.items).flatMap((it, i) => item(it, [...path, 'items', i])),
    ...targets(s.targets, [...path, 'targets']),
    ...arr(s.tasks).flatMap((t, i) => task(t, [...path, 'tasks', i])),
    ...arr(s.by_agency).flatMap((b, i): TreeNode[] => {
      const bp = [...path, 'by_agency', i];
      if (!isObj(b)) return [];
      const agency = mention(b.agency, [...bp, 'agency'], 'agency');
      return [{
        kind: 'agency-block', path: bp, raw: b, agencies: agency ? [agency] : [],
        children: arr(b.tasks).flatMap((t, j) => task(t, [...bp, 'tasks', j], agency ? { ...agency, value: { ...agency.value, role: 'lead' } } : undefined)),
      }];
    }),
    ...(isObj(s.assignment)
      ? [{ kind: 'assignment' as const, path: [...path, 'assignment'], raw: s.assignment, children: [], agencies: assignmentMentions(s.assignment, [...path, 'assignment']) }]
      : []),
  ];
  return [{ kind: 'section', path, ...idOf(s), raw: s, agencies: [], children }];
}

export function readPlanTree(data: unknown): PlanTree {
  if (!isObj(data)) return { sections: [], recipients: [] };
  return {
    sections: arr(data.sections).flatMap((s, i) => section(s, ['sections', i])),
    recipients: arr(data.recipients).flatMap((r, i) => (isObj(r) ? mention(r.agency, ['recipients', i, 'agency'], 'recipient') ?? [] : [])),
  };
}

/** Every node, depth first in printed order, with its ancestors (nearest last). */
export function* walkTree(nodes: readonly TreeNode[], ancestors: readonly TreeNode[] = []): Generator<[TreeNode, readonly TreeNode[]]> {
  for (const n of nodes) {
    yield [n, ancestors];
    yield* walkTree(n.children, [...ancestors, n]);
  }
}
