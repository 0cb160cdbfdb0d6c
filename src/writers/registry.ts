import type { Writer } from './types.js';

/**
 * Writers by format name. Each is loaded only when asked for: a DOCX build
 * never pays for the PDF stack's start-up, and the reverse.
 */
const LOADERS: Record<string, () => Promise<Writer>> = {
  docx: async () => (await import('./docx/docx-writer.js')).docxWriter,
  pdf: async () => (await import('./pdf/pdf-writer.js')).pdfWriter,
};

export function knownFormats(): string[] {
  return Object.keys(LOADERS);
}

export async function writerFor(format: string): Promise<Writer | undefined> {
  const load = LOADERS[format];
  return load ? load() : undefined;
}
