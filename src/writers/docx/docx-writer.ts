import { Document as DocxDocument, Packer } from 'docx';
import { PAGE } from '../../model/page-setup.js';
import type { Document } from '../../model/types.js';
import type { Writer } from '../types.js';
import { bodyBlocks } from './body.js';
import { closingTable } from './closing-table.js';
import { makeDeterministic, readPart } from './deterministic-zip.js';
import { headerTable } from './header-table.js';
import { pageNumberHeaders } from './page-number.js';
import { documentStyles } from './styles.js';
import { titleBlock } from './title-block.js';
import { mmToTwip } from './units.js';

/** Who last saved a file; Word puts the user's name here when someone edits it. */
export const PRODUCER = 'vanban';

export async function writeDocx(doc: Document): Promise<Uint8Array> {
  const docx = new DocxDocument({
    creator: doc.meta.author,
    lastModifiedBy: PRODUCER,
    title: doc.meta.title,
    subject: doc.meta.subject,
    keywords: doc.meta.keywords.join(', '),
    description: doc.meta.subject,
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(PAGE.widthMm), height: mmToTwip(PAGE.heightMm) },
            margin: {
              top: mmToTwip(PAGE.margins.topMm), bottom: mmToTwip(PAGE.margins.bottomMm),
              left: mmToTwip(PAGE.margins.leftMm), right: mmToTwip(PAGE.margins.rightMm),
              header: mmToTwip(PAGE.headerMm), footer: mmToTwip(PAGE.headerMm),
            },
          },
          titlePage: true,
        },
        headers: pageNumberHeaders(),
        children: [headerTable(doc.header), ...titleBlock(doc.title), ...bodyBlocks(doc.body), closingTable(doc.closing)],
      },
    ],
  });
  const raw = await Packer.toBuffer(docx);
  return makeDeterministic(new Uint8Array(raw), doc.meta.date);
}

export const docxWriter: Writer = {
  format: 'docx',
  extension: '.docx',
  write: writeDocx,
  // Word rewrites lastModifiedBy on save: a file someone edited is theirs, not ours to replace.
  wroteThis: (existing) => (readPart(existing, 'docProps/core.xml') ?? '').includes(`<cp:lastModifiedBy>${PRODUCER}</cp:lastModifiedBy>`),
};
