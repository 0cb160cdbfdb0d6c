import { isCollection, isMap, isPair, isScalar, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Puts comments back where the author wrote them, where the yaml library's
 * own layout would move them:
 * - `key: # note` above a list or mapping is read as a comment before the
 *   value and would drop to the next line: it is made the key's comment again;
 * - a comment after the last item of a nested list, written at a shallower
 *   indentation ("# end of section" at column 0), is read as the innermost
 *   collection's and would be indented under it: it goes to the collection
 *   at whose indentation it stands;
 * - the file's last comment, written right after the last line, would get a
 *   blank line before it: it stays on the next line.
 */
export function keepCommentsInPlace(doc: Document, text: string): void {
  const starts = lineStarts(text);
  const claimed = new Set<number>();
  const pending = new Map<Collection, CommentLine[]>();
  if (doc.contents && isCollection(doc.contents)) {
    visitCollections(doc.contents, [], (node, ancestors) => hoistTrailing(node, ancestors, text, starts, claimed, pending));
    if (doc.comment && !blankLineBefore(text, doc.comment)) {
      const top = doc.contents as Collection;
      top.comment = top.comment ? `${top.comment}\n${doc.comment}` : doc.comment;
      doc.comment = null;
    }
  }
  keyLineComments(doc, text);
}

type Collection = YAMLMap | YAMLSeq;
interface CommentLine {
  readonly text: string;
  readonly column: number;
}

function visitCollections(node: Collection, ancestors: Collection[], fn: (n: Collection, a: Collection[]) => void): void {
  const inner = [...ancestors, node];
  for (const item of node.items) {
    const value = isPair(item) ? item.value : item;
    if (isCollection(value)) visitCollections(value as Collection, inner, fn);
  }
  fn(node, ancestors);
}

function hoistTrailing(node: Collection, ancestors: Collection[], text: string, starts: number[], claimed: Set<number>, pending: Map<Collection, CommentLine[]>): void {
  const own = node.comment ? locate(node, text, starts, claimed) : [];
  if (own === undefined) return;
  const lines = [...(pending.get(node) ?? []), ...own];
  if (lines.length === 0) return;
  const chain = [...ancestors, node];
  const columnOf = (c: Collection) => firstItemColumn(c, text, starts);
  let depth = chain.length - 1;
  const kept: CommentLine[] = [];
  for (const line of lines) {
    // The innermost collection the line's indentation reaches; never deeper than the line before (order is kept).
    while (depth > 0 && line.column < (columnOf(chain[depth]!) ?? 0)) depth--;
    if (depth === chain.length - 1) kept.push(line);
    else {
      const target = chain[depth]!;
      pending.set(target, [...(pending.get(target) ?? []), line]);
    }
  }
  node.comment = kept.length > 0 ? kept.map((l) => l.text).join('\n') : null;
}

/** The source lines of a collection's trailing comment, with their columns; undefined when they cannot be matched. */
function locate(node: Collection, text: string, starts: number[], claimed: Set<number>): CommentLine[] | undefined {
  const wanted = (node.comment ?? '').split('\n');
  const from = lastLeafEnd(node);
  if (from === undefined) return undefined;
  const out: CommentLine[] = [];
  let line = lineOf(starts, from) + 1;
  for (const w of wanted) {
    if (w === '') {
      out.push({ text: '', column: Number.MAX_SAFE_INTEGER });
      continue;
    }
    for (; line < starts.length; line++) {
      const s = text.slice(starts[line], (starts[line + 1] ?? text.length + 1) - 1);
      const col = s.length - s.trimStart().length;
      if (s.trimStart().startsWith('#') && !claimed.has(starts[line]! + col)) break;
    }
    if (line >= starts.length) return undefined;
    const s = text.slice(starts[line], (starts[line + 1] ?? text.length + 1) - 1);
    const col = s.length - s.trimStart().length;
    if (s.trim().slice(1) !== w.trimEnd() && s.trim().slice(1).trimEnd() !== w.trimEnd()) return undefined;
    claimed.add(starts[line]! + col);
    out.push({ text: w, column: col });
    line++;
  }
  // A blank line inside stays with the line after it.
  for (let i = out.length - 1; i >= 0; i--) if (out[i]!.column === Number.MAX_SAFE_INTEGER) out[i] = { text: '', column: out[i + 1]?.column ?? 0 };
  return out;
}

function lastLeafEnd(node: Node): number | undefined {
  if (isCollection(node)) {
    const last = node.items[node.items.length - 1];
    if (last === undefined) return node.range?.[0];
    const value = isPair(last) ? (last.value ?? last.key) : last;
    return value && typeof value === 'object' && 'range' in value ? lastLeafEnd(value as Node) : undefined;
  }
  return node.range?.[1];
}

function firstItemColumn(node: Collection, text: string, starts: number[]): number | undefined {
  const first = node.items[0];
  if (first === undefined) return undefined;
  const at = isMap(node) ? ((isPair(first) && (first.key as Node | null)?.range?.[0]) || undefined) : isSeq(node) ? dashBefore(first as Node, text) : undefined;
  if (at === undefined) return undefined;
  return at - starts[lineOf(starts, at)]!;
}

/** Where the "- " of a block sequence item stands. */
function dashBefore(item: Node, text: string): number | undefined {
  const at = item.range?.[0];
  if (at === undefined) return undefined;
  const dash = text.lastIndexOf('-', at);
  return dash >= 0 && /^-[ \n]/.test(text.slice(dash, dash + 2)) ? dash : undefined;
}

function keyLineComments(doc: Document, text: string): void {
  const walk = (node: unknown): void => {
    if (!isCollection(node)) return;
    for (const item of node.items) {
      if (isPair(item)) {
        const value = item.value as Node | null;
        if (isCollection(value) && value.commentBefore && isScalar(item.key) && item.key.range && !item.key.comment) {
          const keyEnd = item.key.range[1];
          const hash = text.indexOf('#', keyEnd);
          const firstLine = value.commentBefore.split('\n')[0]!;
          if (hash >= 0 && !text.slice(keyEnd, hash).includes('\n') && text.slice(hash + 1).startsWith(firstLine)) {
            const [onKeyLine, ...rest] = value.commentBefore.split('\n');
            item.key.comment = onKeyLine!;
            value.commentBefore = rest.length > 0 ? rest.join('\n') : null;
          }
        }
        walk(value);
      } else walk(item);
    }
  };
  walk(doc.contents);
}

/** Whether the file's closing comment block stands after a blank line. */
function blankLineBefore(text: string, comment: string): boolean {
  const lines = text.trimEnd().split('\n');
  const first = lines.length - comment.split('\n').length;
  return first > 0 && lines[first - 1]!.trim() === '';
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  if (out[out.length - 1] === text.length) out.pop();
  return out;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
