import type { OutlineNode, ResolvedOutline } from '../report/resolve-outline.js';

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

export function buildOutlineView(outline: ResolvedOutline, reference?: string): OutlineView {
  const node = (n: OutlineNode): OutlineNodeView => ({
    id: n.id, number: n.number, title: n.input.title, guidance: n.input.guidance ?? [],
    part: n.part, leaf: n.leaf, headingLevel: n.headingLevel,
    children: n.children.map(node),
  });
  const input = outline.input;
  return {
    heading: input.heading,
    subject: input.subject,
    ...(reference ? { reference } : {}),
    nodes: outline.nodes.map(node),
    notes: input.notes ?? [],
  };
}
