import { isId } from '../text/id.js';
import { slugify } from '../text/slug.js';
import { markOf, type MarkStyle } from './markers.js';
import type { Paragraph } from './paragraphs.js';

/**
 * Paragraphs nested by their numbering marks, as a reader nests them: the first
 * style met opens the outermost level, a new style opens a level under the one
 * open, a style met before goes back to its level. Unnumbered paragraphs are
 * children (style "plain") of the heading above them. "PHẦN I." with its title
 * on the next line takes that line as its text.
 */
export interface Nested {
  readonly line: number;
  readonly ids?: readonly string[];
  readonly style: MarkStyle | 'plain';
  readonly text: string;
  readonly children: Nested[];
}

export function nest(paragraphs: readonly Paragraph[]): { roots: Nested[]; levels: MarkStyle[] } {
  const root: Nested = { line: 0, style: 'plain', text: '', children: [] };
  const levels: MarkStyle[] = [];
  const stack: Nested[] = [root];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const m = markOf(p.text);
    if (!m) {
      stack.at(-1)!.children.push({ line: p.line, style: 'plain', text: p.text, children: [], ...(p.ids ? { ids: p.ids } : {}) });
      continue;
    }
    let depth = levels.indexOf(m.style);
    // A style met before at a deeper level than is open now (a "-" list under a new heading) opens under it.
    if (depth > stack.length - 1) depth = -1;
    if (depth < 0) {
      depth = Math.min(levels.length, stack.length - 1);
      levels.splice(depth, levels.length - depth, m.style);
    }
    stack.length = depth + 1;
    const text = m.text === '' && i + 1 < paragraphs.length && !markOf(paragraphs[i + 1]!.text) ? paragraphs[++i]!.text : m.text || p.text;
    const node: Nested = { line: p.line, style: m.style, text, children: [], ...(p.ids ? { ids: p.ids } : {}) };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  }
  return { roots: root.children, levels };
}

/**
 * Ids from the first words of a text, made unique within one document
 * ("cong-tac-truyen-thong-2"); an id the source carries (`carried`) is kept
 * when it is still free.
 */
export function idMaker(): (text: string, carried?: readonly string[]) => string {
  const ids = new Set<string>();
  return (text, carried) => {
    // A step's id ("task/1") names a part of a task, not a node a draft can hold.
    const own = carried?.find((c) => !ids.has(c) && isId(c));
    if (own) {
      ids.add(own);
      return own;
    }
    const base = slugify(text.split(/\s+/).slice(0, 6).join(' ')).slice(0, 48).replace(/-+$/, '') || 'muc';
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
}
