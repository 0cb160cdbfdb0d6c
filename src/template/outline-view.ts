import type { OutlineInput, OutlineNodeInput } from '../load/outline-types.js';
import { DEFAULT_OUTLINE_LEVELS } from '../report/outline-index.js';
import { Numberer, type NumberStyle } from '../text/numbering.js';

/**
 * What the outline templates see: every node with its computed number
 * ("PHẦN I.", "I.", "1.", "1.1.", "a)") and how it prints — a part title, a
 * heading, or a numbered sentence when it is a leaf with nothing under it.
 */
export interface OutlineNodeView {
  readonly id: string;
  readonly number: string;
  readonly part: boolean;
  readonly leaf: boolean;
  readonly headingLevel: number;
  readonly title: string;
  readonly guidance: readonly string[];
  readonly children: readonly OutlineNodeView[];
}

export interface OutlineView {
  readonly heading: string;
  readonly subject: string;
  readonly reference?: string;
  readonly nodes: readonly OutlineNodeView[];
  readonly notes: ReadonlyArray<{ readonly mark: string; readonly text: string }>;
}


export function buildOutlineView(input: OutlineInput, reference?: string): OutlineView {
  const levels = (input.numbering?.levels as NumberStyle[] | undefined) ?? DEFAULT_OUTLINE_LEVELS;
  const numberer = new Numberer(levels);
  const partOffset = levels[0] === 'part' ? 1 : 0;
  const node = (n: OutlineNodeInput, depth: number): OutlineNodeView => {
    const number = numberer.next(depth);
    const children = (n.children ?? []).map((c) => node(c, depth + 1));
    const guidance = n.guidance ?? [];
    return {
      id: n.id, number, title: n.title, guidance, children,
      part: levels[depth] === 'part',
      leaf: children.length === 0 && guidance.length === 0 && depth > 0,
      headingLevel: Math.min(4, Math.max(1, depth + 1 - partOffset)),
    };
  };
  return {
    heading: input.heading,
    subject: input.subject,
    ...(reference ? { reference } : {}),
    nodes: input.nodes.map((n) => node(n, 0)),
    notes: input.notes ?? [],
  };
}
