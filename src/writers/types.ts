import type { World } from '../env/world.js';
import type { Document } from '../model/types.js';

/** Settings a writer may use; each ignores what does not concern it. */
export interface WriteOptions {
  /** Folder with the fonts to embed (PDF), overriding the system search. */
  readonly fontDir?: string;
  /** Where font files are read (the machine's by default). */
  readonly world?: World;
  /** Told of what the output will show wrongly though it was written (the CLI words it). */
  readonly onNotice?: (notice: WriterNotice) => void;
}

/** Characters the embedded font has no glyph for: a PDF viewer shows an empty box for each. */
export interface MissingGlyphs {
  readonly code: 'font-missing-glyphs';
  readonly font: string;
  /** Each character once, in order of first use. */
  readonly characters: string;
}

export type WriterNotice = MissingGlyphs;

/** Every output format: the document model in, bytes out. */
export interface Writer {
  readonly format: string;
  readonly extension: string;
  write(doc: Document, options?: WriteOptions): Promise<Uint8Array>;
}
