import { NoBreakHyphen, TextRun, type IRunOptions } from 'docx';
import { bindTokens, NO_BREAK_HYPHEN } from '../../layout/no-break.js';

/**
 * A run of text where a line may not break as the layout decided (layout/no-break.ts):
 * no-break spaces as they are, a ký hiệu's hyphens as Word's own no-break hyphen,
 * which Word and LibreOffice draw as "-" in the run's font.
 */
export function textRun(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  const bound = bindTokens(text);
  if (!bound.includes(NO_BREAK_HYPHEN)) return new TextRun({ ...options, text: bound });
  const children = bound.split(NO_BREAK_HYPHEN).flatMap((s, i) => (i === 0 ? [s] : [new NoBreakHyphen(), s])).filter((c) => c !== '');
  return new TextRun({ ...options, children });
}
