import type { Document } from '../model/types.js';

/** Settings a writer may use; each ignores what does not concern it. */
export interface WriteOptions {
  /** Folder with the fonts to embed (PDF), overriding the system search. */
  readonly fontDir?: string;
}

/** Every output format: the document model in, bytes out. */
export interface Writer {
  readonly format: string;
  readonly extension: string;
  write(doc: Document, options?: WriteOptions): Promise<Uint8Array>;
  /** Whether existing bytes at the output path were written by this writer (and may be replaced). */
  wroteThis(existing: Uint8Array): boolean;
}
