import { Paragraph } from 'docx';
import { textWidthPt } from '../../measure/text-width.js';
import { TYPE } from '../../model/page-setup.js';
import type { TitleBlock } from '../../model/types.js';
import { TEXT_WIDTH } from './layout.js';
import { ruleParagraph } from './rule.js';
import { STYLE } from './styles.js';
import { ptToTwip } from './units.js';
import { textRun } from './text-run.js';

/**
 * "KẾ HOẠCH", the subject in bold, and a short rule under it (NĐ 30 ô 5a). An
 * appendix uses the same block: heading, title, and the "(Kèm theo …)" line in italics.
 */
export function titleBlock(t: TitleBlock, reference?: string, textWidth = TEXT_WIDTH): Paragraph[] {
  const subjectWidth = Math.min(
    Math.max(...t.subject.map((l) => textWidthPt(l, TYPE.titlePt, 'bold'))),
    textWidth / 20,
  );
  return [
    new Paragraph({ style: STYLE.title, spacing: { before: ptToTwip(18) }, children: [textRun(t.typeName)] }),
    ...t.subject.map((l) => new Paragraph({ style: STYLE.title, children: [textRun(l)] })),
    ...(reference ? [new Paragraph({ style: STYLE.title, children: [textRun(reference, { bold: false, italics: true })] })] : []),
    // 1/3–1/2 of the subject's length; a long subject wraps, so at most a third of the line.
    ruleParagraph(ptToTwip(Math.max(subjectWidth * 0.33, 60)), textWidth),
    new Paragraph({ style: STYLE.rule, spacing: { before: ptToTwip(6) } }),
  ];
}
