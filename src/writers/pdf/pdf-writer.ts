import { PDFDocument } from 'pdf-lib';
import { lap } from '../../env/timings.js';
import { nodeWorld, type World } from '../../env/world.js';
import { layoutDocument } from '../../layout/document-layout.js';
import type { FontStyle } from '../../layout/types.js';
import type { Document } from '../../model/types.js';
import type { WriteOptions, Writer } from '../types.js';
import { drawPages } from './draw.js';
import { FontEmbedder } from './font-embedder.js';
import { loadFonts, type LoadedFonts } from './font-measurer.js';
import { resolveFonts } from './fonts.js';
import { addDestinations } from './destinations.js';
import { addOutline } from './outline.js';

export const PRODUCER = 'vanban';
const STYLES: FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];
/** Subset tags must be six capitals; fixed ones keep the output byte-identical. */
const TAGS: Record<FontStyle, string> = { regular: 'VBNREG', bold: 'VBNBLD', italic: 'VBNITA', boldItalic: 'VBNBIT' };

/**
 * Keyed by how the world reads bytes, not by the world itself: a project's root
 * (--root) makes a world of its own but reads the same files, so `build --watch
 * --root` does not parse the fonts again on every rebuild.
 */
const loaded = new WeakMap<World['readBytes'], Map<string, LoadedFonts>>();

/** Fonts are read and parsed once a process (a way of reading files), whatever the number of documents. */
function fonts(dir: string | undefined, world: World): LoadedFonts {
  let byDir = loaded.get(world.readBytes);
  if (!byDir) loaded.set(world.readBytes, byDir = new Map());
  let f = byDir.get(dir ?? '');
  if (!f) {
    f = loadFonts(resolveFonts(dir, world), world);
    byDir.set(dir ?? '', f);
  }
  return f;
}

export async function writePdf(doc: Document, options: WriteOptions = {}): Promise<Uint8Array> {
  const f = fonts(options.fontDir, options.world ?? nodeWorld);
  lap('pdf: fonts');
  return writePdfWith(doc, f, options.onNotice);
}

export async function writePdfWith(doc: Document, f: LoadedFonts, onNotice?: WriteOptions['onNotice']): Promise<Uint8Array> {
  const layout = layoutDocument(doc, f.measurer);
  lap('pdf: layout');
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const family = f.choice.family.replace(/\s+/g, '');
  const names = Object.fromEntries(STYLES.map((s) => [s, f.choice.subset ? `${TAGS[s]}+${family}-${s}` : `${family}-${s}`])) as Record<FontStyle, string>;
  const fonts = new FontEmbedder(pdf.context, f.files, names, f.choice.subset);
  drawPages(pdf, layout, fonts);
  lap('pdf: draw');
  fonts.finish();
  lap('pdf: subset + embed');
  for (const m of fonts.missingGlyphs()) onNotice?.({ code: 'font-missing-glyphs', font: `${f.choice.family} ${m.style}`, characters: m.characters });
  addOutline(pdf, layout.pages, layout.height);
  addDestinations(pdf, layout.pages, layout.height);

  const [y, m, d] = doc.meta.date.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  pdf.setTitle(doc.meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(doc.meta.author);
  pdf.setSubject(doc.meta.subject);
  // pdf-lib joins keywords with spaces; one may hold a comma ("phòng, chống mua bán người"): semicolons part them.
  if (doc.meta.keywords.length > 0) pdf.setKeywords([doc.meta.keywords.join('; ')]);
  pdf.setLanguage(doc.meta.language);
  pdf.setCreator(PRODUCER);
  pdf.setProducer(PRODUCER);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  // No object streams: the Info dictionary stays readable, which is how we recognise our own files.
  return pdf.save({ useObjectStreams: false });
}

export const pdfWriter: Writer = {
  format: 'pdf',
  extension: '.pdf',
  write: writePdf,
};
