import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/types.js';
import { textWidthPt } from '../../src/measure/text-width.js';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { buildModel } from '../helpers/build.js';
import { docxParts, paragraphs } from '../helpers/docx.js';
import { closingFit, layoutDocument } from '../../src/layout/document-layout.js';
import { metricsMeasurer } from '../../src/layout/metrics-measurer.js';
import { projectTemp, ROOT, runCli } from '../helpers/cli.js';
import { convertToPdf, sofficeAvailable } from '../helpers/soffice.js';

const VALID = join(ROOT, 'tests', 'fixtures', 'valid');

/** Body paragraphs and headings as printed: number, a space, the text. */
const lines = (doc: Document) =>
  doc.body.flatMap((b) => (b.kind === 'table' ? [] : [[b.number, b.inlines.map((i) => i.text).join('')].filter(Boolean).join(' ')]));

describe('a task that leads into its steps', () => {
  it('prints its agencies and deadline where its sentence ends, after the last step; steps end with ";" and the last with "."', async () => {
    const printed = lines(await buildModel(join(VALID, 'steps-and-targets.yaml')));
    const at = printed.indexOf('1. Tổ chức truyền thông phòng, chống mua bán người, gồm các nội dung sau:');
    expect(at).toBeGreaterThan(0);
    expect(printed.slice(at + 1, at + 3)).toEqual([
      'a) Biên soạn tài liệu tuyên truyền;',
      'b) Tập huấn cho báo cáo viên cấp xã (Công an tỉnh chủ trì, phối hợp với Sở Tư pháp thực hiện; hoàn thành trước ngày 30/6/2026).',
    ]);
  });
});

describe('a target placed in a step', () => {
  it('prints the target\'s words in the step, and validate sees it placed', async () => {
    const printed = lines(await buildModel(join(VALID, 'steps-and-targets.yaml')));
    expect(printed).toContain('a) giải quyết trên 90% tin báo về tội phạm mua bán người;');
    expect(printed.join('\n')).not.toContain('{target:');
    const r = await runCli(['validate', join(VALID, 'steps-and-targets.yaml'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('a long issuer name', () => {
  it('prints on even lines in the header, with the rule under it 1/3–1/2 of the widest printed line', async () => {
    const model = await buildModel(join(VALID, 'long-issuer.yaml'));
    const { issuer, issuerPt } = model.header!;
    expect(issuer.join(' ')).toBe('BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI VÀ XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC TỈNH');
    const widest = Math.max(...issuer.map((l) => textWidthPt(l, issuerPt, 'bold')));
    const columnPt = (165 - 102 - 2) * (72 / 25.4);
    expect(widest).toBeLessThanOrEqual(columnPt);
    // DOCX: the rule is the first cell's bordered paragraph, narrowed by equal indents.
    const xml = docxParts(await writeDocx(model))['word/document.xml']!;
    const cell = /<w:tc>([\s\S]*?)<\/w:tc>/.exec(xml)![1]!;
    const ind = /<w:pBdr>[\s\S]*?<\/w:pBdr>|<w:ind w:left="(\d+)" w:right="(\d+)"\/>/g;
    const indents = [...cell.matchAll(ind)].filter((m) => m[1]).map((m) => Number(m[1]));
    expect(indents).toHaveLength(1);
    const ruleDocxPt = (columnPt * 20 - 2 * indents[0]!) / 20;
    expect(ruleDocxPt / widest).toBeGreaterThanOrEqual(1 / 3 - 0.01);
    expect(ruleDocxPt / widest).toBeLessThanOrEqual(1 / 2 + 0.01);
  });

  it('written on two lines, prints on two: the left column widens as far as the motto and the date allow (issue 26)', async () => {
    const model = await buildModel(join(VALID, 'two-line-issuer.yaml'));
    const h = model.header!;
    expect(h.issuer).toEqual(['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI']);
    expect(h.issuerPt).toBe(12);
    // At 102 mm for the right column, "SỞ LAO ĐỘNG - THƯƠNG BINH" (64.2 mm at 12 pt) wrapped onto a third line.
    expect(h.rightMm).toBeLessThan(102);
    expect(textWidthPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, 'bold') * 25.4 / 72 + 2).toBeLessThanOrEqual(h.rightMm!);
    const xml = docxParts(await writeDocx(model))['word/document.xml']!;
    const grid = [.../<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml)![1]!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid[1]).toBe(Math.round(h.rightMm! * 1440 / 25.4));
    if (!sofficeAvailable()) return;
    const dir = projectTemp('vanban-two-line-issuer-');
    const docx = join(dir, 'kh.docx');
    writeFileSync(docx, await writeDocx(model));
    const text = execFileSync('pdftotext', ['-layout', convertToPdf(docx), '-'], { encoding: 'utf8' });
    const header = text.split('\n').slice(0, 5).join('\n');
    expect(header).toMatch(/SỞ LAO ĐỘNG - THƯƠNG BINH\s*\n\s*VÀ XÃ HỘI/);
  });

  it('keeps the lines the author wrote, in a list or as a YAML block', async () => {
    const model = await buildModel(join(VALID, 'long-issuer.yaml'));
    expect(model.header!.parentBody).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH MẪU']);
    const listed = await buildModel(join(VALID, 'minimal.yaml'));
    // Written on one line and too wide for the column: broken before the place, as a typist would.
    expect(listed.header!.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH MẪU']);
  });
});

describe('the last paragraph and the closing block', () => {
  const pageTexts = (layout: ReturnType<typeof layoutDocument>) =>
    layout.pages.map((p) => p.items.flatMap((it) => (it.kind === 'text' ? [it.text] : [])).join(' '));

  it('a long last paragraph under the last heading breaks at the page foot; only its last lines go with the signature', async () => {
    const model = await buildModel(join(VALID, 'long-last-paragraph.yaml'));
    const pages = pageTexts(layoutDocument(model, metricsMeasurer));
    expect(pages).toHaveLength(2);
    // Page 1 holds the last heading and the paragraph's first lines, not a third of a page of nothing.
    expect(pages[0]).toContain('II. NHIỆM VỤ');
    expect(pages[0]).toContain('Tổ chức tuyên truyền, phổ biến pháp luật');
    expect(pages[1]).toContain('Nơi nhận:');
    // The DOCX leaves that paragraph free to break (no keep-with-next), so Word and LibreOffice do the same.
    expect(closingFit(model, metricsMeasurer).lastKeepsWithClosing).toBe(false);
    const xml = docxParts(await writeDocx(model))['word/document.xml']!;
    const last = paragraphs(xml).filter((p) => p.text.includes('Tổ chức tuyên truyền')).at(-1)!;
    expect(last.xml).not.toContain('<w:keepNext/>');
  });

  it('never leaves the closing block alone on a page: the lines tighten, within NĐ 30\'s range, to bring it back', () => {
    // 30 to 59 paragraphs of the same length: at 1.15 lines some end so that the closing block would open the last page alone.
    const p = (text: string) => ({ kind: 'paragraph' as const, inlines: [{ kind: 'text' as const, text }] });
    let tightened = 0;
    for (let n = 30; n < 60; n++) {
      const doc = {
        version: 1, meta: { title: 'T', author: 'A', subject: 'S', keywords: [], language: 'vi-VN', date: '2024-02-05' },
        header: { parentBody: [], parentBodyPt: 13, issuer: ['BAN CHỈ ĐẠO'], issuerPt: 13, numberLine: 'Số: 01/KH-BCĐ', placeDate: 'X, ngày 05 tháng 02 năm 2024', motto: { nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', slogan: 'Độc lập - Tự do - Hạnh phúc' } },
        title: { typeName: 'KẾ HOẠCH', subject: ['Thử'] },
        body: Array.from({ length: n }, (_, i) => p(`Đoạn ${i} ${'chữ '.repeat(40)}`)),
        closing: { recipients: ['- Như trên;', '- Lưu: VT.'], signature: { lines: ['CHỦ TỊCH'], name: 'Nguyễn Văn A' } },
        appendices: [],
      };
      const pages = pageTexts(layoutDocument(doc, metricsMeasurer));
      // Whatever the length, the last page holds body text before the signature.
      expect(pages.at(-1), `${n} paragraphs`).toMatch(/Đoạn \d+/);
      const fit = closingFit(doc, metricsMeasurer);
      expect(fit.lineSpacing).toBeGreaterThanOrEqual(1);
      // Tighter lines always found room here: no paragraph had to move whole.
      expect(fit.lastKeepsWithClosing, `${n} paragraphs`).toBe(false);
      if (fit.lineSpacing < 1.15) tightened++;
    }
    // Some of those lengths needed tighter lines; most did not.
    expect(tightened).toBeGreaterThan(0);
    expect(tightened).toBeLessThan(15);
  });
});

describe('a number typed at the start of a text', () => {
  it('is reported where it stands, with the fix (delete it), since vanban numbers the node itself', async () => {
    const r = await runCli(['validate', join(VALID, 'typed-numbers.yaml'), '--format', 'json']);
    expect(r.code).toBe(0);
    const found = (JSON.parse(r.stdout) as Array<{ code: string; start: { line: number }; args: { typed: string }; message: string }>)
      .map((d) => `${d.code}@${d.start.line}:${d.args.typed}`);
    expect(found).toEqual(['typed-number@16:I.', 'typed-number@19:-', 'typed-number@24:2.1.', 'typed-number@26:(1)', 'typed-number@27:b)']);
    const human = await runCli(['validate', join(VALID, 'typed-numbers.yaml')]);
    expect(human.stderr).toContain('hãy xóa "2.1." ở đầu');
  });
});

describe('numbering style per list', () => {
  it('lets each section number its own children: (1) here, 1) there, a) in one section and "-" in another', async () => {
    const printed = lines(await buildModel(join(VALID, 'list-styles.yaml')));
    expect(printed).toEqual(expect.arrayContaining([
      '(1) Nâng cao nhận thức của người dân.', '(2) Giảm số vụ mua bán người.',
      '1) 100% xã được tuyên truyền.', '2) 90% vụ án được khám phá.',
      'III. NHIỆM VỤ', '1. Tuyên truyền',
      'a) Biên soạn tài liệu (Công an tỉnh chủ trì thực hiện).', 'b) Tập huấn báo cáo viên (Sở Tư pháp chủ trì thực hiện).',
      '2. Đấu tranh',
      '- Mở đợt cao điểm (Công an tỉnh chủ trì thực hiện).', '- Điều tra, xử lý các vụ án (Công an tỉnh chủ trì thực hiện)./.',
    ]));
  });
});

describe('the basis (căn cứ)', () => {
  it('writes dates long or short per plan or per citation, cites a law by its name without a number, and prints written paragraphs as they stand', async () => {
    const printed = lines(await buildModel(join(VALID, 'basis-forms.yaml')));
    expect(printed.slice(0, 5)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Luật Phòng, chống mua bán người số 53/2024/QH15 ngày 28 tháng 6 năm 2024;',
      'Thực hiện Kế hoạch số 19/KH-BCĐ138/CP ngày 14/3/2022 của Ban Chỉ đạo 138/CP về phòng, chống mua bán người;',
      'Xét tình hình thực tế của địa phương trong năm 2025.',
      'Ủy ban nhân dân tỉnh Mẫu ban hành Kế hoạch thực hiện năm 2026 như sau:',
    ]);
  });
});

describe('assignment phrases as data', () => {
  it('writes "Giao A chủ trì, phối hợp với B …" before the task, the standing role, and a section-wide assignment as a sentence', async () => {
    const printed = lines(await buildModel(join(VALID, 'phrase-forms.yaml')));
    expect(printed).toContain('1. Giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tổ chức triển khai các hoạt động trợ giúp pháp lý cho nạn nhân.');
    expect(printed).toContain('2. Theo dõi, đôn đốc việc thực hiện Kế hoạch (Công an tỉnh là Cơ quan thường trực Ban Chỉ đạo 138 tỉnh, chủ trì thực hiện).');
    expect(printed.at(-1)).toBe('UBND các huyện, thành phố thực hiện theo chức năng, nhiệm vụ./.');
  });

  it('takes a province\'s own wording from phrases.yaml in its templates folder, without code', async () => {
    const dir = projectTemp('phrases-');
    writeFileSync(join(dir, 'phrases.yaml'), 'lead-with-support: "{lead} chủ trì, phối hợp chặt chẽ với {others} {act}"\n');
    const model = await buildModel(join(VALID, 'minimal.yaml'), dir);
    expect(lines(model)).toContain('Nhiệm vụ thứ nhất (Công an tỉnh chủ trì, phối hợp chặt chẽ với Sở Tư pháp thực hiện; hoàn thành trước ngày 30/6/2026)./.');
  });

  it('reports a phrase the table does not know, with its file and line, as the province\'s mistake (exit 2)', async () => {
    const dir = projectTemp('phrases-bad-');
    writeFileSync(join(dir, 'phrases.yaml'), '# tỉnh Mẫu\nlead-with-support: "{lead} chủ trì {act}"\nchu-tri: "{lead}"\n');
    const r = await runCli(['build', join(VALID, 'minimal.yaml'), '--templates', dir, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'phrases.yaml')}:3:1`);
    expect(r.stderr).toContain('unknown phrase "chu-tri"');
  });
});

describe('the assignment appendix', () => {
  it('lists every task on a page of its own: STT, task, lead, support, when, product; header row repeated; "(Kèm theo Kế hoạch số …)"', async () => {
    const model = await buildModel(join(VALID, 'assignment-table.yaml'));
    const appendix = model.appendices.at(-1)!;
    expect([appendix.heading, ...appendix.title]).toEqual(['Phụ lục', 'PHÂN CÔNG NHIỆM VỤ']);
    expect(appendix.reference).toBe('(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của UBND tỉnh)');
    const table = appendix.body.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows[0]!.header).toBe(true);
    const cells = table.kind === 'table' ? table.rows.map((r) => r.cells.map((c) => c.blocks.map((p) => p.inlines.map((i) => i.text).join('')).join(''))) : [];
    expect(cells).toEqual([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
      ['1', 'Nhiệm vụ thứ nhất', 'Công an tỉnh', 'Sở Tư pháp', '30/6/2026', 'Báo cáo kết quả'],
      ['2', 'Mở đợt cao điểm tấn công, trấn áp tội phạm mua bán người', 'Công an tỉnh', '', '01/7/2026 - 30/9/2026', ''],
      ['3', 'Tuyên truyền tại cơ sở', 'UBND các huyện, thành phố', '', '', ''],
    ]);
    // The DOCX repeats the header row on every page and starts the appendix in a section of its own.
    const xml = docxParts(await writeDocx(model))['word/document.xml']!;
    expect(xml).toContain('<w:tblHeader/>');
    expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(2);
  });

  it('turns the table across the page when a portrait row would be tall and narrow, in the DOCX, in the PDF, and as LibreOffice prints it', async () => {
    const dir = projectTemp('landscape-');
    const plan = join(dir, 'plan.yaml');
    const many = 'so-tu-phap, ubnd-cac-huyen-thanh-pho, { id: ubnd-tinh, as: "các sở, ban, ngành, đoàn thể, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh" }';
    writeFileSync(plan, readFileSync(join(VALID, 'assignment-table.yaml'), 'utf8')
      .replace('agencies: ../agencies.yaml', `agencies: ${join(VALID, '..', 'agencies.yaml')}`)
      .replace('support: [so-tu-phap]', `support: [${many}]`));
    const model = await buildModel(plan);
    expect(model.appendices.at(-1)!.orientation).toBe('landscape');
    // A plan that says portrait keeps it.
    writeFileSync(join(dir, 'portrait.yaml'), readFileSync(plan, 'utf8').replace('assignment_table: true', 'assignment_table: { orientation: portrait }'));
    expect((await buildModel(join(dir, 'portrait.yaml'))).appendices.at(-1)!.orientation).toBeUndefined();

    const r = await runCli(['build', plan, '--out', dir, '--format', 'docx,pdf']);
    expect(r.code, r.stderr).toBe(0);
    const xml = docxParts(readFileSync(join(dir, 'plan.docx')))['word/document.xml']!;
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).not.toContain('landscape');
    expect(sizes[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    // The table takes the landscape text width: 297 − 30 − 15 = 252 mm.
    const tableWidths = [...xml.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(Math.abs(tableWidths.at(-1)! - (252 / 25.4) * 1440)).toBeLessThan(1);
    const { PDFDocument } = await import('pdf-lib');
    const pdf = await PDFDocument.load(readFileSync(join(dir, 'plan.pdf')));
    const pages = pdf.getPages().map((p) => p.getSize()).map(({ width, height }) => `${Math.round(width)}x${Math.round(height)}`);
    expect(pages[0]).toBe('595x842');
    expect(pages.at(-1)).toBe('842x595');
    if (sofficeAvailable()) {
      const lo = convertToPdf(join(dir, 'plan.docx'));
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', lo], { encoding: 'utf8' });
      const sizesLo = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
      expect(sizesLo[0]).toBe('595x842');
      expect(sizesLo.at(-1)).toBe('842x595');
      expect(sizesLo).toHaveLength(pages.length);
    } else if (process.env.CI === 'true') throw new Error('CI=true but soffice is missing');
  });

  it('gives, for any plan, the by-agency view of seed 002 section V: per agency as the plan names it, the tasks it leads, then those it supports', async () => {
    const dir = projectTemp('by-agency-');
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, readFileSync(join(VALID, 'assignment-table.yaml'), 'utf8')
      .replace('agencies: ../agencies.yaml', `agencies: ${join(VALID, '..', 'agencies.yaml')}`)
      .replace('assignment_table: true', 'assignment_table: { view: both }'));
    const model = await buildModel(plan);
    expect(model.appendices.map((a) => a.title.join(' '))).toEqual(['PHÂN CÔNG NHIỆM VỤ', 'PHÂN CÔNG NHIỆM VỤ THEO CƠ QUAN']);
    const lines = model.appendices[1]!.body.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? [`${b.number ?? ''} ${b.inlines.map((i) => i.text).join('')}`.trim()] : []));
    expect(lines).toEqual([
      '1. Công an tỉnh',
      'Chủ trì thực hiện:',
      '- Nhiệm vụ thứ nhất (mục II; 30/6/2026).',
      '- Mở đợt cao điểm tấn công, trấn áp tội phạm mua bán người (mục II; 01/7/2026 - 30/9/2026).',
      '2. Sở Tư pháp',
      'Phối hợp thực hiện:',
      '- Nhiệm vụ thứ nhất (phối hợp với Công an tỉnh; mục II; 30/6/2026).',
      '3. UBND các huyện, thành phố',
      'Chủ trì thực hiện:',
      // The appendix ends as the plan does, with the end mark.
      '- Tuyên truyền tại cơ sở (mục II)./.',
    ]);
  });
});
