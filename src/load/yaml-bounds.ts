import { codePoint, FORBIDDEN_CHARACTER } from '../text/forbidden-characters.js';
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type CST, type Document, type Node } from 'yaml';
import { LIMITS } from '../env/limits.js';

/**
 * Checks that keep a hostile YAML file from taking the process down, each run
 * where it is cheap: nesting on the parser's token tree (the parser keeps an
 * explicit stack; the composer after it recurses once a level), aliases on the
 * composed document before anything expands them.
 */
export interface BoundProblem {
  readonly code: 'yaml-too-deep' | 'yaml-unknown-alias' | 'yaml-too-many-aliases' | 'yaml-alias-expansion' | 'text-control-char';
  readonly offset: number;
  readonly args: Readonly<Record<string, string | number>>;
}

/** The first collection nested deeper than LIMITS.depth, walked without recursion. */
export function depthProblem(tokens: readonly CST.Token[]): BoundProblem | undefined {
  const stack: Array<{ token: CST.Token; depth: number }> = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > LIMITS.depth) return { code: 'yaml-too-deep', offset: token.offset, args: { limit: LIMITS.depth } };
    for (const item of token.items as Array<{ key?: CST.Token | null; value?: CST.Token }>) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Aliases that name no earlier anchor, too many aliases, and aliases that would
 * expand the document past what it holds (a "billion laughs"). Sizes are nodes
 * plus characters, computed once per anchored node, so the check itself stays
 * linear in the file however much the aliases would expand.
 */
export function aliasProblems(doc: Document.Parsed): BoundProblem[] {
  const problems: BoundProblem[] = [];
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  let aliases = 0;
  let literal = 0;
  const sizeOf = (node: unknown, counting: boolean): number => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (counting) {
        aliases++;
        if (!target) problems.push({ code: 'yaml-unknown-alias', offset: node.range?.[0] ?? 0, args: { name: node.source } });
        else if (aliases === LIMITS.aliases + 1) problems.push({ code: 'yaml-too-many-aliases', offset: node.range?.[0] ?? 0, args: { limit: LIMITS.aliases } });
      }
      return target ? (sizes.get(target) ?? 1) : 1;
    }
    let size = 1;
    if (isScalar(node)) size += typeof node.value === 'string' ? node.value.length : 1;
    else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) size += sizeOf(item.key, counting) + sizeOf(item.value, counting);
        else size += sizeOf(item, counting);
      }
    }
    if (counting && node !== null && node !== undefined) literal += isCollection(node) ? 1 : size;
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor && (isScalar(node) || isCollection(node))) {
      anchors.set(anchor, node);
      sizes.set(node, size);
    }
    return size;
  };
  const expanded = sizeOf(doc.contents, true);
  const allowed = literal + Math.max(literal, LIMITS.aliasGrowthFloor);
  if (expanded > allowed) {
    const first = firstAlias(doc.contents);
    problems.push({ code: 'yaml-alias-expansion', offset: first?.range?.[0] ?? 0, args: { expanded, allowed } });
  }
  return problems;
}

function firstAlias(node: unknown): Node | undefined {
  if (isAlias(node)) return node;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      const found = isPair(item) ? (firstAlias(item.key) ?? firstAlias(item.value)) : firstAlias(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** Forbidden characters (text/forbidden-characters.ts), refused where they stand, in keys and values alike. */
export function controlCharacters(doc: Document.Parsed): BoundProblem[] {
  const problems: BoundProblem[] = [];
  const visit = (node: unknown): void => {
    if (isScalar(node)) {
      if (typeof node.value !== 'string') return;
      const m = FORBIDDEN_CHARACTER.exec(node.value);
      if (m) problems.push({ code: 'text-control-char', offset: node.range?.[0] ?? 0, args: { char: codePoint(m[0]) } });
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) { visit(item.key); visit(item.value); } else visit(item);
      }
    }
  };
  visit(doc.contents);
  return problems;
}

