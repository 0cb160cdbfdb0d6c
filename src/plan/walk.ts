import type { PlanNode, ResolvedPlan } from './types.js';

/**
 * The one traversal of a resolved plan (as pandoc's Walk is of its AST): every
 * node, depth first in printed order — a section, then what it holds; a task,
 * then its steps; an item, then its placed targets and steps.
 */
export function* walk(plan: Pick<ResolvedPlan, 'sections'>): Generator<PlanNode> {
  const visit = function* (node: PlanNode): Generator<PlanNode> {
    yield node;
    switch (node.kind) {
      case 'section':
      case 'agency-block':
        for (const c of node.children) yield* visit(c);
        break;
      case 'item':
        for (const t of node.targets) yield* visit(t);
        for (const s of node.steps) yield* visit(s);
        break;
      case 'task':
        for (const s of node.steps) yield* visit(s);
        break;
      default:
        break;
    }
  };
  for (const s of plan.sections) yield* visit(s);
}

/** The nodes of one kind, in printed order. */
export function query<K extends PlanNode['kind']>(plan: Pick<ResolvedPlan, 'sections'>, kind: K): Array<Extract<PlanNode, { kind: K }>> {
  return [...walk(plan)].filter((n): n is Extract<PlanNode, { kind: K }> => n.kind === kind);
}
