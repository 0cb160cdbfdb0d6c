import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { writePdf } from '../../src/writers/pdf/pdf-writer.js';
import { buildDecisionModel } from '../helpers/build.js';
import { documentParagraphs, docxParts } from '../helpers/docx.js';
import { convertToPdf, pdfText, sofficeAvailable } from '../helpers/soffice.js';

/**
 * Layout rules decided once, in the layout, for both writers (issue 26), each
 * checked where it bites in an example: vanban's PDF, LibreOffice's PDF of the DOCX.
 */
const lo = sofficeAvailable();
const pageOf = (pdf: string, words: string) => pdfText(pdf).split('\f').findIndex((p) => p.replace(/\s+/g, ' ').includes(words)) + 1;

describe('a paragraph that leads into what follows ("… bao gồm:") is never left at the foot of a page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-layout-rules-'));
  const pdf = join(dir, 'qd.pdf');
  const docx = join(dir, 'qd.docx');
  beforeAll(async () => {
    // In the decision issuing the Đồng Nai plan, the lead-in of "Mục tiêu" falls at the foot of page 2.
    const model = await buildDecisionModel();
    writeFileSync(pdf, await writePdf(model));
    writeFileSync(docx, await writeDocx(model));
  });

  it('vanban\'s PDF puts it on the page of its first item, with the headings before it', () => {
    const leadIn = pageOf(pdf, 'thành lập cơ sở hỗ trợ nạn nhân, bao gồm:');
    expect(leadIn).toBeGreaterThan(1);
    expect(pageOf(pdf, 'a) Mục tiêu 1: Tăng cường công tác tuyên truyền')).toBe(leadIn);
    expect(pageOf(pdf, 'II. MỤC TIÊU')).toBe(leadIn);
  });

  it('the DOCX asks the same of Word and LibreOffice (keepNext), and LibreOffice does it', () => {
    const para = documentParagraphs(docxParts(readFileSync(docx))).find((p) => p.text.endsWith('thành lập cơ sở hỗ trợ nạn nhân, bao gồm:'))!;
    expect(para.xml).toContain('<w:keepNext/>');
    if (!lo) return;
    const theirs = convertToPdf(docx);
    expect(pageOf(theirs, 'a) Mục tiêu 1: Tăng cường công tác tuyên truyền')).toBe(pageOf(theirs, 'thành lập cơ sở hỗ trợ nạn nhân, bao gồm:'));
    expect(pageOf(theirs, 'bao gồm:')).toBe(pageOf(pdf, 'bao gồm:'));
  });
});
