import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeWorld } from '../../src/env/world.js';
import type { Document, Paragraph } from '../../src/model/types.js';
import { resolvePlan } from '../../src/plan/resolve.js';
import { query } from '../../src/plan/walk.js';
import { checkPlan } from '../../src/validate/check-plan.js';
import { bookmarkName } from '../../src/writers/docx/bookmark-name.js';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { writePdf } from '../../src/writers/pdf/pdf-writer.js';
import { buildDecisionModel, DECISION, PLANS } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';
import { docxParts, paragraphs } from '../helpers/docx.js';
import { pdfLines, sameLineEnds } from '../helpers/pdf-lines.js';
import { convertToPdf, pdfPages, pdfText, sofficeAvailable } from '../helpers/soffice.js';

const lo = sofficeAvailable();
const text = (p: Paragraph) => [p.number, p.inlines.map((i) => i.text).join('')].filter(Boolean).join(' ');

describe('a Quyết định ban hành Kế hoạch (ND30 Mẫu 1.3)', () => {
  let model: Document;
  let docx: Uint8Array;
  let xml: string;
  beforeAll(async () => {
    model = await buildDecisionModel();
    docx = await writeDocx(model);
    xml = docxParts(docx)['word/document.xml']!;
  });

  it('validates and builds from the CLI, and its attached plan still builds on its own', async () => {
    expect((await runCli(['validate', DECISION])).code).toBe(0);
    expect((await runCli(['validate', PLANS.dongNai])).code).toBe(0);
  });

  it('prints the decision in order: QUYẾT ĐỊNH and its subject, the authority, the căn cứ in italics, "QUYẾT ĐỊNH:", the articles, ./.', () => {
    expect(model.header!.numberLine).toBe('Số: 3521/QĐ-UBND');
    expect(model.title).toEqual({ typeName: 'QUYẾT ĐỊNH', subject: [expect.stringMatching(/^Ban hành Kế hoạch thực hiện Đề án/)] });
    const body = model.body.filter((b): b is Paragraph => b.kind === 'paragraph');
    expect(text(body[0]!)).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI');
    expect(body[0]!.align).toBe('center');
    expect(body[0]!.inlines.every((i) => i.bold)).toBe(true);
    const basis = body.slice(1, 5);
    expect(basis.map(text)[0]).toBe('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
    expect(basis.map(text)[3]).toBe('Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 2867/TTr-SLĐTBXH ngày 28/11/2016.');
    for (const p of basis) expect(p.inlines.every((i) => i.italic)).toBe(true);
    expect(text(body[5]!)).toBe('QUYẾT ĐỊNH:');
    expect(body[5]!.align).toBe('center');
    const articles = body.slice(6);
    expect(articles.map((p) => p.inlines[0]!.text)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    for (const p of articles) expect(p.inlines[0]!.bold).toBe(true);
    expect(text(articles[2]!)).toBe(
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Lao động - Thương binh và Xã hội, Thông tin và Truyền thông; '
      + 'Chủ tịch UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.');
    expect(model.closing!.recipients[0]).toBe('- Như Điều 3;');
  });

  it('attaches the plan on a new page: KẾ HOẠCH, its subject, "(Kèm theo Quyết định số …)" in italics, its body without header, number, căn cứ or signature', async () => {
    expect(model.appendices).toHaveLength(1);
    const plan = model.appendices[0]!;
    expect(plan.heading).toBe('KẾ HOẠCH');
    expect(plan.reference).toBe('(Kèm theo Quyết định số 3521/QĐ-UBND ngày 12/12/2016 của Ủy ban nhân dân tỉnh Đồng Nai)');
    const first = plan.body[0]!;
    expect(first.kind === 'heading' && first.inlines[0]!.text).toBe('MỤC ĐÍCH, YÊU CẦU');
    const all = plan.body.flatMap((b) => (b.kind === 'table' ? [] : [text(b)])).join('\n');
    expect(all).not.toMatch(/Căn cứ Quyết định số 2546/);
    expect(all).not.toContain('Số: 12089');
    // The DOCX: the plan is a section of its own (new page, page numbers from 1), its reference line italic.
    expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(2);
    const ref = paragraphs(xml).find((p) => p.text.startsWith('(Kèm theo Quyết định số 3521'))!;
    expect(ref.runs.every((r) => r.italic)).toBe(true);
    // Every task of the attached plan keeps its identity on the page.
    const checked = await checkPlan(PLANS.dongNai, nodeWorld);
    const tasks = query(resolvePlan(checked.plan!), 'task');
    const names = [...xml.matchAll(/w:bookmarkStart\b[^>]*w:name="([^"]+)"/g)].map((m) => m[1]);
    for (const t of tasks) expect(names.filter((n) => n === bookmarkName(t.id)), t.id).toHaveLength(1);
  });

  it('is byte-identical when built twice, DOCX and PDF', async () => {
    const again = await buildDecisionModel();
    expect(Buffer.compare(Buffer.from(await writeDocx(again)), Buffer.from(docx))).toBe(0);
    expect(Buffer.compare(Buffer.from(await writePdf(again)), Buffer.from(await writePdf(model)))).toBe(0);
  });

  it.skipIf(!lo)('opens in LibreOffice: same pages as our PDF, ≥ 99 % of lines end on the same word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-decision-'));
    const docxPath = join(dir, 'qd.docx');
    const ours = join(dir, 'qd.pdf');
    writeFileSync(docxPath, docx);
    writeFileSync(ours, await writePdf(model));
    const theirs = convertToPdf(docxPath);
    expect(pdfText(theirs)).toContain('QUYẾT ĐỊNH:');
    expect(pdfPages(ours)).toBe(pdfPages(theirs));
    const { share, differing } = sameLineEnds(pdfLines(ours), pdfLines(theirs));
    console.log(`decision: ${pdfPages(ours)} pages; ${(share * 100).toFixed(1)} % of LibreOffice's lines end on the same word in ours; differing: ${JSON.stringify(differing)}`);
    expect(share).toBeGreaterThanOrEqual(0.99);
  });
});
