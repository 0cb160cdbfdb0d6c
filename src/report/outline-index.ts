import type { ListInput, OutlineInput, OutlineNodeInput, TableInput } from '../load/outline-types.js';
import { Numberer, type NumberStyle } from '../text/numbering.js';

/** An outline flattened by id, with who must answer each node (its own agencies, else its nearest ancestor's). */
export interface IndexedNode {
  readonly node: OutlineNodeInput;
  readonly depth: number;
  readonly parents: readonly string[];
  /** undefined: every respondent answers it. */
  readonly agencies?: readonly string[];
  /** A node that asks for an answer: a leaf, or one with guidance, tables or lists. */
  readonly asks: boolean;
}

export interface OutlineIndex {
  readonly nodes: ReadonlyMap<string, IndexedNode>;
  readonly order: readonly string[];
  readonly tables: ReadonlyMap<string, { readonly table: TableInput; readonly node: string }>;
  readonly lists: ReadonlyMap<string, { readonly list: ListInput; readonly node: string }>;
}

export function indexOutline(outline: OutlineInput): OutlineIndex {
  const nodes = new Map<string, IndexedNode>();
  const tables = new Map<string, { table: TableInput; node: string }>();
  const lists = new Map<string, { list: ListInput; node: string }>();
  const order: string[] = [];
  const walk = (list: readonly OutlineNodeInput[], depth: number, parents: string[], inherited?: readonly string[]) => {
    for (const n of list) {
      const agencies = n.agencies ?? inherited;
      const asks = (n.children ?? []).length === 0 || (n.guidance ?? []).length > 0 || (n.tables ?? []).length > 0 || (n.lists ?? []).length > 0;
      nodes.set(n.id, { node: n, depth, parents, ...(agencies ? { agencies } : {}), asks });
      order.push(n.id);
      for (const t of n.tables ?? []) tables.set(t.id, { table: t, node: n.id });
      for (const l of n.lists ?? []) lists.set(l.id, { list: l, node: n.id });
      walk(n.children ?? [], depth + 1, [...parents, n.id], agencies);
    }
  };
  walk(outline.nodes, 0, []);
  return { nodes, order, tables, lists };
}

/** Whether `agency` must answer the node: named by it (or an ancestor), or nobody is named. */
export function mustAnswer(n: IndexedNode, agency: string): boolean {
  return n.asks && (n.agencies === undefined || n.agencies.includes(agency));
}

/** Seed 004's đề cương: PHẦN I. / I. / 1. / 1.1. / a) / -. */
export const DEFAULT_OUTLINE_LEVELS: readonly NumberStyle[] = ['part', 'roman', 'arabic', 'arabic-path', 'letter', 'dash'];

/** The printed number of every outline node ("PHẦN II.", "2.1.", "a)"), as the outline renders it. */
export function outlineNumbers(outline: OutlineInput): Map<string, string> {
  const numberer = new Numberer((outline.numbering?.levels as NumberStyle[] | undefined) ?? DEFAULT_OUTLINE_LEVELS);
  const out = new Map<string, string>();
  const walk = (nodes: readonly OutlineNodeInput[], depth: number) => {
    for (const n of nodes) {
      out.set(n.id, numberer.next(depth));
      walk(n.children ?? [], depth + 1);
    }
  };
  walk(outline.nodes, 0);
  return out;
}
