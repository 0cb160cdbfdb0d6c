import { HEADING_RUNS, TYPE } from '../model/page-setup.js';
import type { Appendix, Block, Document, Heading, Inline, Paragraph } from '../model/types.js';
import { closingBlock } from './closing-block.js';
import { flow, type FixedBlock, type FlowBlock, type FlowPage } from './flow.js';
import { leadsIntoNext } from './lead-in.js';
import { GEOMETRY, LANDSCAPE, type Geometry } from './geometry.js';
import { headerBlock } from './header-block.js';
import type { Measurer } from './measure.js';
import { layoutParagraph } from './paragraph.js';
import { tableBlocks } from './table.js';
import { titleBlock } from './title-block.js';
import type { LayoutResult, Page, PageItem } from './types.js';

/** The whole document: first page header and title, body, closing block, then each appendix on its own pages. */
export function layoutDocument(doc: Document, m: Measurer): LayoutResult {
  const frame = { top: GEOMETRY.top, bottom: GEOMETRY.bottom };
  const pages: Page[] = [];
  const { fit, first } = fitFirstSection(doc, m);
  if (first) {
    const { blocks, closing } = first;
    if (fit.lastKeepsWithClosing) {
      // The closing block never stands alone on a page: the last paragraph comes with it,
      // whole, as LibreOffice moves a paragraph kept with the next (and the DOCX asks for that).
      const lastIndex = blocks.length - 1;
      const last = blocks[lastIndex]!;
      if (last.kind === 'lines') blocks[lastIndex] = { ...last, keepWithNext: true, keepTogether: true };
    }
    pages.push(...numbered(flow([...blocks, closing], frame), m));
  }
  // An appendix is a later section of the DOCX, where LibreOffice weighs keep-with-next differently (see flow).
  const later = pages.length > 0 ? 'ignored' : 'counted';
  doc.appendices.forEach((appendix, i) => {
    const g = appendix.orientation === 'landscape' ? LANDSCAPE : GEOMETRY;
    const own = numbered(flow(appendixBlocks(appendix, m, g), { top: g.top, bottom: g.bottom }, i === 0 ? later : 'ignored'), m, g);
    // A landscape page says its own size; the others take the document's.
    pages.push(...(g === GEOMETRY ? own : own.map((p) => ({ ...p, width: g.width, height: g.height }))));
  });
  return { width: GEOMETRY.width, height: GEOMETRY.height, pages };
}

/** Whether the closing block came out alone at the top of the last page. */
const standsAlone = (pages: readonly FlowPage[], closing: FixedBlock) =>
  pages.length > 1 && pages[pages.length - 1]!.items.length === closing.items.length;

/** How the document's own pages make room for the closing block; both writers follow it. */
export interface ClosingFit {
  /** The body's line spacing in the document's own pages (the appendices keep TYPE.lineSpacing). */
  readonly lineSpacing: number;
  /** Whether the last paragraph moves, whole, with the closing block. */
  readonly lastKeepsWithClosing: boolean;
}

/** Line spacings a clerk tries, loosest first, down to single, NĐ 30's least. */
const TIGHTER = [1.1, 1.05, 1];

/**
 * Where the closing block would stand alone at the top of a page, a clerk does not
 * push the last article over whole and leave a third of the page empty: the body's
 * line spacing tightens, within NĐ 30's range (single to 1.5), until the signature
 * comes back under the text. Only when even single spacing cannot do it does the last
 * paragraph move with the closing block (LibreOffice cannot split a paragraph kept
 * with the next, so the DOCX could not say "its last two lines" anyway).
 */
export function closingFit(doc: Document, m: Measurer): ClosingFit {
  return fitFirstSection(doc, m).fit;
}

type FirstSection = { blocks: FlowBlock[]; closing: FixedBlock };

/** The fit, and the document's own pages as blocks at its spacing (laid out once, not again for the PDF). */
function fitFirstSection(doc: Document, m: Measurer): { fit: ClosingFit; first?: FirstSection } {
  const frame = { top: GEOMETRY.top, bottom: GEOMETRY.bottom };
  let loosest: FirstSection | undefined;
  for (const lineSpacing of [TYPE.lineSpacing, ...TIGHTER]) {
    const first = firstSection(doc, m, lineSpacing);
    if (!first) return { fit: { lineSpacing: TYPE.lineSpacing, lastKeepsWithClosing: false } };
    loosest ??= first;
    if (!standsAlone(flow([...first.blocks, first.closing], frame), first.closing)) return { fit: { lineSpacing, lastKeepsWithClosing: false }, first };
  }
  return { fit: { lineSpacing: TYPE.lineSpacing, lastKeepsWithClosing: true }, first: loosest! };
}

/** The document's own pages as blocks: header, title, Kính gửi, body; and its closing block. */
function firstSection(doc: Document, m: Measurer, lineSpacing: number): FirstSection | undefined {
  if (!doc.header || !doc.title || !doc.closing) return undefined;
  const addressee = (doc.addressee ?? []).map((l): FlowBlock => ({
    kind: 'lines', spaceBefore: 0, keepWithNext: true,
    lines: layoutParagraph({ inlines: [{ kind: 'text', text: l }], size: TYPE.bodyPt, align: 'center', x: GEOMETRY.left, width: GEOMETRY.textWidth }, m),
  }));
  // The DOCX gives each "Kính gửi" line 6 pt after it; LibreOffice takes the larger of that and the
  // next paragraph's 6 pt before (not their sum), so the body's own space before is all that is needed.
  const blocks: FlowBlock[] = [headerBlock(doc.header, m), ...titleBlock(doc.title, m), ...addressee, ...bodyBlocks(doc.body, m, 0, GEOMETRY, lineSpacing)];
  return { blocks, closing: closingBlock(doc.closing, m) };
}

/** Each run of pages (the document, each appendix) numbers itself from 1, with no number on its first page. */
function numbered(pages: readonly FlowPage[], m: Measurer, g: Geometry = GEOMETRY): Page[] {
  return pages.map((p, i) => {
    if (i === 0) return { items: p.items, bookmarks: p.bookmarks, anchors: p.anchors };
    const label = String(i + 1);
    const size = TYPE.pageNumberPt;
    const w = m.width(label, 'regular', size);
    const item: PageItem = {
      kind: 'text', x: g.left + (g.textWidth - w) / 2, y: g.headerTop + m.ascent * size,
      style: 'regular', size, text: label, spaceExtra: 0,
    };
    return { items: [item, ...p.items], bookmarks: p.bookmarks, anchors: p.anchors, label };
  });
}



const withNumber = (number: string | undefined, inlines: readonly Inline[]): Inline[] =>
  number ? [{ kind: 'text', text: `${number} ` }, ...inlines] : [...inlines];

/**
 * Body blocks in flow order. Bookmarks nest under `baseLevel` (an appendix sits
 * under its own title); a centred part number ("PHẦN I.") joins the title after
 * it in one bookmark, and the sections of a part nest under it.
 */
export function bodyBlocks(body: readonly Block[], m: Measurer, baseLevel = 0, g: Geometry = GEOMETRY, lineSpacing: number = TYPE.lineSpacing): FlowBlock[] {
  const out: FlowBlock[] = [];
  let partLabel: string | undefined;
  let inPart = false;
  for (const [i, b] of body.entries()) {
    if (b.kind === 'table') {
      out.push(...tableBlocks(b, m, g));
      continue;
    }
    const style = b.kind === 'heading' ? HEADING_RUNS[b.level] : { bold: false, italic: false };
    const centred = b.align === 'center';
    const lines = layoutParagraph({
      inlines: withNumber(b.number, b.inlines), size: TYPE.bodyPt, ...style, align: centred ? 'center' : 'justify',
      x: g.left, width: g.textWidth, firstIndent: centred ? 0 : g.firstIndent, lineSpacing,
    }, m);
    let bookmark: { title: string; level: number } | undefined;
    if (b.kind === 'heading') {
      const title = withNumber(b.number, b.inlines).map((r) => r.text).join('');
      if (centred && b.id === undefined) partLabel = title;
      else if (centred) {
        bookmark = { title: partLabel ? `${partLabel} ${title}` : title, level: baseLevel + b.level };
        partLabel = undefined;
        inPart = true;
      } else bookmark = { title, level: baseLevel + b.level + (inPart ? 1 : 0) };
    }
    out.push({
      kind: 'lines', lines, spaceBefore: TYPE.spaceBetweenParagraphsPt,
      // A table's caption stays with its table.
      ...(b.kind === 'paragraph' && b.style === 'note' ? { keepWithNext: true, keepTogether: true } : {}),
      ...(b.kind === 'heading' ? { keepWithNext: true, keepTogether: true } : {}),
      ...(leadsIntoNext(b, body[i + 1]) ? { keepWithNext: true } : {}),
      ...(bookmark ? { bookmark } : {}),
      ...(anchorsOf(b).length > 0 ? { anchors: anchorsOf(b) } : {}),
    });
  }
  return out;
}

const anchorsOf = (b: Heading | Paragraph): string[] =>
  [b.id, ...(b.kind === 'paragraph' ? b.anchors ?? [] : [])].filter((id): id is string => id !== undefined);

/** An appendix: its own title block (heading, title, "Kèm theo …" line, rule), then its body. */
function appendixBlocks(a: Appendix, m: Measurer, g: Geometry): FlowBlock[] {
  const head = titleBlock({ typeName: a.heading, subject: a.title }, m, a.reference, g);
  const first = head[0]!;
  if (first.kind === 'lines') head[0] = { ...first, bookmark: { title: [a.heading, ...a.title].join(' '), level: 1 } };
  return [...head, ...bodyBlocks(a.body, m, 1, g)];
}
