import type { Block } from '../model/types.js';

/**
 * A paragraph that leads into what follows it ("… gồm các nội dung sau:") is never
 * left at the foot of a page with what it announces on the next: it keeps with the
 * block after it. One rule for both writers: the PDF's flow and the DOCX's keepNext.
 */
export function leadsIntoNext(b: Block, next: Block | undefined): boolean {
  if (b.kind !== 'paragraph' || next === undefined || b.align === 'center') return false;
  const last = b.inlines.at(-1)?.text.trimEnd() ?? '';
  return last.endsWith(':');
}
