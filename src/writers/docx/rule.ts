import { BorderStyle, Paragraph } from 'docx';
import { STYLE } from './styles.js';

/**
 * A short horizontal rule: the bottom border of an empty 2 pt paragraph, narrowed
 * by equal indents. Crisp in Word and LibreOffice, unlike a run underline (which
 * crosses descenders and cannot be shorter than its text).
 */
export function ruleParagraph(ruleTwips: number, spaceTwips: number): Paragraph {
  const indent = Math.max(0, Math.round((spaceTwips - ruleTwips) / 2));
  return new Paragraph({
    style: STYLE.rule,
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}
