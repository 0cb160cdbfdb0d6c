import type { DocxRead } from '../import/read-docx.js';
import { shorten } from '../text/shorten.js';
import { io } from './io.js';
import type { Strings } from './strings.js';

/** Tracked changes and Word comments: said, never dropped unseen. */
export function tellRevisions(file: string, read: Extract<DocxRead, { ok: true }>, tracked: 'accept' | 'reject', s: Strings): void {
  if (read.revisions > 0) io.err(s.importTracked(read.revisions, tracked) + '\n');
  for (const c of read.comments) io.err(`  ${file}${c.line ? `:${c.line}` : ''}: ${s.importComment(c.author, c.ids?.join(', ') ?? '', shorten(c.text, 100))}\n`);
}

