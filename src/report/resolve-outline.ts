import type { ListInput, OutlineInput, OutlineNodeInput, TableInput } from '../load/outline-types.js';
import { Numberer, type NumberStyle } from '../text/numbering.js';

/**
 * An outline (đề cương) resolved once: every node with its printed number,
 * whether it is a part title, its heading level and who must answer it. The
 * outline's views, its checks and the report scaffolds all read this; none of
 * them walks the outline's YAML again.
 */
export interface OutlineNode {
  readonly id: string;
  readonly input: OutlineNodeInput;
  /** "PHẦN II.", "2.1.", "a)": as the outline prints it. */
  readonly number: string;
  /** Printed as a part title ("PHẦN I. …"), not a heading. */
  readonly part: boolean;
  /** The heading level the node prints at (1–4), parts not counted. */
  readonly headingLevel: number;
  /** A numbered sentence with nothing under it (not a heading). */
  readonly leaf: boolean;
  /** Asks for an answer: a node with no children, or one with guidance, tables or lists. */
  readonly asks: boolean;
  /** Who must answer (its own agencies, else its nearest ancestor's); undefined: every respondent. */
  readonly agencies?: readonly string[];
  readonly children: readonly OutlineNode[];
}

export interface ResolvedOutline {
  readonly input: OutlineInput;
  /** The top-level nodes, each with its children. */
  readonly nodes: readonly OutlineNode[];
  /** Every node in document order. */
  readonly order: readonly OutlineNode[];
  readonly byId: ReadonlyMap<string, OutlineNode>;
  readonly tables: ReadonlyMap<string, { readonly table: TableInput; readonly node: string }>;
  readonly lists: ReadonlyMap<string, { readonly list: ListInput; readonly node: string }>;
}

/** Seed 004's đề cương: PHẦN I. / I. / 1. / 1.1. / a) / -. */
const DEFAULT_OUTLINE_LEVELS: readonly NumberStyle[] = ['part', 'roman', 'arabic', 'arabic-path', 'letter', 'dash'];

export function resolveOutline(input: OutlineInput): ResolvedOutline {
  const levels = (input.numbering?.levels as NumberStyle[] | undefined) ?? DEFAULT_OUTLINE_LEVELS;
  const numberer = new Numberer(levels);
  const partOffset = levels[0] === 'part' ? 1 : 0;
  const order: OutlineNode[] = [];
  const byId = new Map<string, OutlineNode>();
  const tables = new Map<string, { table: TableInput; node: string }>();
  const lists = new Map<string, { list: ListInput; node: string }>();

  const node = (n: OutlineNodeInput, depth: number, inherited?: readonly string[]): OutlineNode => {
    const number = numberer.next(depth);
    const agencies = n.agencies ?? inherited;
    const hasChildren = (n.children ?? []).length > 0;
    const guided = (n.guidance ?? []).length > 0;
    const self: { -readonly [K in keyof OutlineNode]: OutlineNode[K] } = {
      id: n.id, input: n, number,
      part: levels[depth] === 'part',
      headingLevel: Math.min(4, Math.max(1, depth + 1 - partOffset)),
      leaf: !hasChildren && !guided && depth > 0,
      asks: !hasChildren || guided || (n.tables ?? []).length > 0 || (n.lists ?? []).length > 0,
      ...(agencies ? { agencies } : {}),
      children: [],
    };
    order.push(self);
    byId.set(n.id, self);
    for (const t of n.tables ?? []) tables.set(t.id, { table: t, node: n.id });
    for (const l of n.lists ?? []) lists.set(l.id, { list: l, node: n.id });
    self.children = (n.children ?? []).map((c) => node(c, depth + 1, agencies));
    return self;
  };
  const nodes = input.nodes.map((n) => node(n, 0));
  return { input, nodes, order, byId, tables, lists };
}

/** Whether `agency` must answer the node: named by it (or an ancestor), or nobody is named. */
export function mustAnswer(n: OutlineNode, agency: string): boolean {
  return n.asks && (n.agencies === undefined || n.agencies.includes(agency));
}
