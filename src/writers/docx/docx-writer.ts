import { Document as DocxDocument, Packer, PageOrientation, Paragraph, type ISectionOptions } from 'docx';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from './layout.js';
import { closingFit, type ClosingFit } from '../../layout/document-layout.js';
import { metricsMeasurer } from '../../layout/metrics-measurer.js';
import { PAGE } from '../../model/page-setup.js';
import type { Block, Document } from '../../model/types.js';
import type { Writer } from '../types.js';
import { bodyBlocks } from './body.js';
import { closingTable } from './closing-table.js';
import { madeWithStyles, partsCompiler } from './docx-compiler.js';
import { zipDeterministic } from './deterministic-zip.js';
import { strToU8 } from '../../text/utf8.js';
import { addSourcePart } from './source-part.js';
import { headerTable } from './header-table.js';
import { listMarks, listNumbering, type ListMark } from './list-numbering.js';
import { pageNumberHeaders } from './page-number.js';
import { documentStyles, STYLE } from './styles.js';
import { titleBlock } from './title-block.js';
import { mmToTwip } from './units.js';
import { textRun } from './text-run.js';

/** Who last saved a file; Word puts the user's name here when someone edits it. */
export const PRODUCER = 'vanban';

const page = {
  size: { width: mmToTwip(PAGE.widthMm), height: mmToTwip(PAGE.heightMm) },
  margin: {
    top: mmToTwip(PAGE.margins.topMm), bottom: mmToTwip(PAGE.margins.bottomMm),
    left: mmToTwip(PAGE.margins.leftMm), right: mmToTwip(PAGE.margins.rightMm),
    header: mmToTwip(PAGE.headerMm), footer: mmToTwip(PAGE.headerMm),
  },
};

const closingOptions = (fit: ClosingFit) => ({ keepLastWithNext: fit.lastKeepsWithClosing, lineSpacing: fit.lineSpacing });

/** The document, then each appendix in a section of its own: new page, own page numbers from 1. */
function sections(doc: Document, lists: ReadonlyMap<Block, ListMark>): ISectionOptions[] {
  const out: ISectionOptions[] = [];
  if (doc.header && doc.title && doc.closing) {
    out.push({
      properties: { page, titlePage: true },
      headers: pageNumberHeaders(),
      children: [
        headerTable(doc.header), ...titleBlock(doc.title),
        ...(doc.addressee ?? []).map((l) => new Paragraph({ style: STYLE.addressee, children: [textRun(l)] })),
        // The layout decides how the closing block finds room (tighter lines, or the last
        // paragraph kept with it); the PDF follows the same decision.
        ...bodyBlocks(doc.body, { ...closingOptions(closingFit(doc, metricsMeasurer)), lists }), closingTable(doc.closing),
      ],
    });
  }
  for (const a of doc.appendices) {
    const across = a.orientation === 'landscape';
    out.push({
      properties: {
        // docx turns the page: given portrait width and height with LANDSCAPE, it writes them swapped and w:orient.
        page: { ...page, ...(across ? { size: { ...page.size, orientation: PageOrientation.LANDSCAPE } } : {}), pageNumbers: { start: 1 } },
        titlePage: true,
      },
      headers: pageNumberHeaders(),
      children: [
        ...titleBlock({ typeName: a.heading, subject: a.title }, a.reference, across ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH),
        ...bodyBlocks(a.body, { lists }, across ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH),
      ],
    });
  }
  return out;
}

export async function writeDocx(doc: Document): Promise<Uint8Array> {
  const styles = documentStyles();
  const lists = listMarks([...(doc.header && doc.title && doc.closing ? [doc.body] : []), ...doc.appendices.map((a) => a.body)]);
  const docx = new DocxDocument({
    creator: doc.meta.author,
    lastModifiedBy: PRODUCER,
    title: doc.meta.title,
    subject: doc.meta.subject,
    // A keyword may hold a comma ("phòng, chống mua bán người"): keywords are parted by semicolons.
    keywords: doc.meta.keywords.join('; '),
    description: doc.meta.subject,
    styles,
    numbering: listNumbering(lists),
    sections: sections(doc, lists.marks),
  });
  madeWithStyles(docx, styles);
  let parts: Record<string, Uint8Array>;
  if (compiler) {
    parts = {};
    for (const [path, data] of compiler.compile(docx)) parts[path] = typeof data === 'string' ? strToU8(data) : new Uint8Array(data);
  } else {
    // Only when a docx release has no compiler.
    const { unzipSync } = await import('fflate/browser');
    parts = unzipSync(new Uint8Array(await Packer.toBuffer(docx)));
  }
  if (doc.meta.source) addSourcePart(parts, doc.meta.source());
  return zipDeterministic(parts, doc.meta.date);
}

/**
 * The parts straight from docx's compiler, zipped once by us: unzipping Packer's zip
 * to make it deterministic and zipping it again was a fifth of a province's sub-plan run.
 */
const compiler = partsCompiler();

export const docxWriter: Writer = {
  format: 'docx',
  extension: '.docx',
  write: writeDocx,
};
