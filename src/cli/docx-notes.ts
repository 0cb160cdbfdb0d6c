/** What reading a DOCX found that the user must hear: why it was refused, its tracked changes and comments. */
import { DOCX_LIMITS } from '../env/limits.js';
import type { IntoConflict } from '../import/merge-into.js';
import type { Paragraph } from '../import/paragraphs.js';
import type { PageOf } from './verify-carried.js';
import type { DocxRead } from '../import/read-docx.js';
import { shorten } from '../text/shorten.js';
import { io } from './io.js';
import type { Strings } from './strings.js';

/** Tracked changes and Word comments: said, never dropped unseen. */
export function tellRevisions(file: string, read: Extract<DocxRead, { ok: true }>, tracked: 'accept' | 'reject', s: Strings): void {
  if (read.revisions > 0) io.err(s.importTracked(read.revisions, tracked) + '\n');
  for (const c of read.comments) io.err(`  ${file}${c.line ? `:${c.line}` : ''}: ${s.importComment(c.author, c.ids?.join(', ') ?? '', shorten(c.text, 100))}\n`);
}

/** Why a DOCX was not read, in words: a limit it passed (with the limit), or what it is not. */
export function docxRefusal(file: string, read: Extract<DocxRead, { ok: false }>, s: Strings): string {
  return read.reason === 'limit' ? s.importDocxLimit(file, read.limit, read.value, DOCX_LIMITS[read.limit], read.part) : s.importDocxUnreadable(file, read.reason);
}

/** A conflict: the field, what the YAML says now, what Word says, and what both started from. */
export function conflictLine(c: IntoConflict, s: Strings): string {
  const show = (v: unknown) => (v === undefined ? '—' : shorten(typeof v === 'string' ? v : JSON.stringify(v), 90));
  return s.intoConflict(c.where, c.field, show(c.ours), show(c.theirs), show(c.base));
}

/**
 * Where a paragraph of an edited DOCX stands, for a message: "file:line (trang N)", the page
 * the node it belongs to prints on in the document its data builds (the node named, or the one
 * whose bookmark comes last before it; before any, the head on page 1).
 */
export function placeOf(file: string, paragraphs: readonly Paragraph[], pageOf: PageOf, line: number | undefined, id: string | undefined, s: Strings): string {
  const owner = id ?? (line === undefined ? undefined : [...paragraphs].reverse().find((p) => p.line <= line && p.ids?.length)?.ids?.[0]) ?? '#head';
  const page = pageOf(owner);
  return `${file}${line !== undefined ? `:${line}` : ''}${page !== undefined ? ` (${s.pageNumber(page)})` : ''}`;
}
