import type { Document } from '../model/types.js';

/** Every output format: the document model in, bytes out. */
export interface Writer {
  readonly format: string;
  readonly extension: string;
  write(doc: Document): Promise<Uint8Array>;
  /** Whether existing bytes at the output path were written by this writer (and may be replaced). */
  wroteThis(existing: Uint8Array): boolean;
}
