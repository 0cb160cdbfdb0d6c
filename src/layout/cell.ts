import type { Inline } from '../model/types.js';
import type { Measurer } from './measure.js';
import { layoutParagraph } from './paragraph.js';
import type { PageItem } from './types.js';

/** Stacks single-spaced paragraphs in a column; returns items (y from the column's top) and the height used. */
export interface CellLine {
  readonly inlines: readonly Inline[];
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: 'center' | 'left' | 'justify';
  readonly spaceBefore?: number;
}

export function stackColumn(lines: readonly CellLine[], x: number, width: number, m: Measurer): { items: PageItem[]; height: number } {
  const items: PageItem[] = [];
  let y = 0;
  for (const l of lines) {
    y += l.spaceBefore ?? 0;
    for (const box of layoutParagraph({ inlines: l.inlines, size: l.size, bold: l.bold ?? false, italic: l.italic ?? false, align: l.align ?? 'center', x, width }, m)) {
      for (const it of box.items) items.push({ ...it, y: it.y + y });
      y += box.height;
    }
  }
  return { items, height: y };
}

export const text = (t: string): Inline[] => [{ kind: 'text', text: t }];
