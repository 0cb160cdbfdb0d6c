import { TYPE } from '../model/page-setup.js';
import type { Closing } from '../model/types.js';
import { stackColumn, text } from './cell.js';
import type { FixedBlock } from './flow.js';
import { CELL_PADDING, CLOSING_LEFT_SHARE, GEOMETRY } from './geometry.js';
import type { Measurer } from './measure.js';

/** Nơi nhận at left, the signature at right, in one unbreakable block 12 pt below the body. */
export function closingBlock(c: Closing, m: Measurer): FixedBlock {
  const leftWidth = GEOMETRY.textWidth * CLOSING_LEFT_SHARE;
  const left = stackColumn([
    { inlines: text(c.heading ?? 'Nơi nhận:'), size: TYPE.recipientsHeadingPt, bold: true, italic: true, align: 'left' },
    ...c.recipients.map((r) => ({ inlines: text(r), size: TYPE.recipientsPt, align: 'left' as const })),
    ...(c.drafterCode ? [{ inlines: text(c.drafterCode), size: TYPE.recipientsPt, align: 'left' as const }] : []),
  ], GEOMETRY.left + CELL_PADDING, leftWidth - 2 * CELL_PADDING, m);
  const right = stackColumn([
    ...c.signature.lines.map((l) => ({ inlines: text(l), size: TYPE.bodyPt, bold: true })),
    ...(c.signature.note ? [{ inlines: text(c.signature.note), size: TYPE.bodyPt, italic: true }] : []),
    // Room for the signature and the seal over its left third.
    { inlines: text(c.signature.name), size: TYPE.bodyPt, bold: true, spaceBefore: 72 },
  ], GEOMETRY.left + leftWidth + CELL_PADDING, GEOMETRY.textWidth - leftWidth - 2 * CELL_PADDING, m);
  const top = 12;
  const row = top + Math.max(left.height, right.height);
  const after = stackColumn((c.after ?? []).map((l) => ({ inlines: text(l), size: TYPE.bodyPt, align: 'left' as const, spaceBefore: 12 })), GEOMETRY.left + CELL_PADDING, GEOMETRY.textWidth - 2 * CELL_PADDING, m);
  return {
    kind: 'fixed', spaceBefore: 0,
    height: row + after.height,
    items: [
      ...[...left.items, ...right.items].map((it) => (it.kind === 'text' ? { ...it, y: it.y + top } : it)),
      ...after.items.map((it) => (it.kind === 'text' ? { ...it, y: it.y + row } : it)),
    ],
  };
}
