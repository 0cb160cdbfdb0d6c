import { TYPE } from '../model/page-setup.js';
import type { TitleBlock } from '../model/types.js';
import { text } from './cell.js';
import type { FlowBlock } from './flow.js';
import { GEOMETRY, RULE_BLOCK, type Geometry } from './geometry.js';
import type { Measurer } from './measure.js';
import { layoutParagraph } from './paragraph.js';

/**
 * "KẾ HOẠCH", the subject, a short rule under it, and the gap before the body.
 * An appendix uses the same block with its heading, title and "(Kèm theo …)" line.
 */
export function titleBlock(t: TitleBlock, m: Measurer, reference?: string, g: Geometry = GEOMETRY): FlowBlock[] {
  const centred = (s: string, spaceBefore: number, italic = false): FlowBlock => ({
    kind: 'lines', spaceBefore, keepWithNext: true,
    lines: layoutParagraph({ inlines: text(s), size: TYPE.titlePt, bold: !italic, italic, align: 'center', x: g.left, width: g.textWidth }, m),
  });
  const subjectWidth = Math.min(Math.max(...t.subject.map((l) => m.width(l, 'bold', TYPE.titlePt))), g.textWidth);
  const ruleWidth = Math.max(subjectWidth * 0.33, 60);
  const y = RULE_BLOCK.before + RULE_BLOCK.line + RULE_BLOCK.border / 2;
  const centre = g.left + g.textWidth / 2;
  return [
    centred(t.typeName, 18),
    ...t.subject.map((s) => centred(s, 0)),
    ...(reference ? [centred(reference, 0, true)] : []),
    {
      kind: 'fixed', spaceBefore: 0, keepWithNext: true,
      height: RULE_BLOCK.before + RULE_BLOCK.line + RULE_BLOCK.border,
      items: [{ kind: 'rule', x1: centre - ruleWidth / 2, y1: y, x2: centre + ruleWidth / 2, y2: y, thickness: RULE_BLOCK.thickness }],
    },
    // The empty spacer paragraph after the rule (6 pt before a 2 pt line), as in the DOCX.
    { kind: 'fixed', spaceBefore: 0, keepWithNext: true, height: 6 + RULE_BLOCK.line, items: [] },
  ];
}
