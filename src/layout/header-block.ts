import { TYPE } from '../model/page-setup.js';
import type { DocumentHeader } from '../model/types.js';
import { stackColumn, text, type CellLine } from './cell.js';
import type { FixedBlock } from './flow.js';
import { CELL_PADDING, GEOMETRY, HEADER_RIGHT, mm, RULE_BLOCK } from './geometry.js';
import type { Measurer } from './measure.js';
import type { PageItem } from './types.js';

/**
 * The national header (NĐ 30 ô 1–4) as the DOCX lays it out: two borderless
 * columns; names and motto with their rules in the first row, "Số: …" and the
 * place-date line level in the second.
 */
export function headerBlock(h: DocumentHeader, m: Measurer): FixedBlock {
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  const rightWidth = h.rightMm === undefined ? HEADER_RIGHT : mm(h.rightMm);
  const leftX = GEOMETRY.left + CELL_PADDING;
  const leftW = GEOMETRY.textWidth - rightWidth - 2 * CELL_PADDING;
  const rightX = GEOMETRY.left + GEOMETRY.textWidth - rightWidth + CELL_PADDING;
  const rightW = rightWidth - 2 * CELL_PADDING;

  const left = stackColumn([
    ...h.parentBody.map((l): CellLine => ({ inlines: text(upper(l)), size: h.parentBodyPt })),
    ...h.issuer.map((l): CellLine => ({ inlines: text(upper(l)), size: h.issuerPt, bold: true })),
  ], leftX, leftW, m);
  const right = stackColumn([
    { inlines: text(h.motto.nation), size: TYPE.headerPt, bold: true },
    { inlines: text(h.motto.slogan), size: TYPE.mottoPt, bold: true },
  ], rightX, rightW, m);

  // The issuer's lines are those it prints on (model: header.issuer), so this is the printed width.
  const issuerWidth = Math.max(...h.issuer.map((l) => m.width(upper(l), 'bold', h.issuerPt)));
  const sloganWidth = m.width(h.motto.slogan, 'bold', TYPE.mottoPt);
  const ruleHeight = RULE_BLOCK.before + RULE_BLOCK.line + RULE_BLOCK.border;
  const rule = (centre: number, width: number, top: number): PageItem => {
    const y = top + RULE_BLOCK.before + RULE_BLOCK.line + RULE_BLOCK.border / 2;
    return { kind: 'rule', x1: centre - width / 2, y1: y, x2: centre + width / 2, y2: y, thickness: RULE_BLOCK.thickness };
  };
  const row1 = Math.max(left.height, right.height) + ruleHeight;
  const row2Top = row1 + 6;
  const numberLine = stackColumn([{ inlines: text(h.numberLine), size: TYPE.headerPt }], leftX, leftW, m);
  const dateLine = stackColumn([{ inlines: text(h.placeDate), size: TYPE.mottoPt, italic: true }], rightX, rightW, m);
  const down = (items: PageItem[], dy: number) => items.map((it) => (it.kind === 'text' ? { ...it, y: it.y + dy } : it));
  return {
    kind: 'fixed',
    spaceBefore: 0,
    height: row2Top + Math.max(numberLine.height, dateLine.height),
    items: [
      ...left.items,
      ...right.items,
      // 1/3–1/2 of the issuer's name (40 %), and exactly the motto's width.
      ...(h.issuer.length > 0 ? [rule(leftX + leftW / 2, issuerWidth * 0.4, left.height)] : []),
      rule(rightX + rightW / 2, sloganWidth, right.height),
      ...down(numberLine.items, row2Top),
      ...down(dateLine.items, row2Top),
    ],
  };
}
