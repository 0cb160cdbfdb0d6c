import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { writePdf } from '../../src/writers/pdf/pdf-writer.js';
import { buildModel, buildOutlineModel, PLANS } from '../helpers/build.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { attr, documentParagraphs, docxParts, paragraphs } from '../helpers/docx.js';
import { matchedShare, words } from '../helpers/words.js';

const SEED = readFileSync(join(ROOT, 'tests', 'fixtures', 'seeds', '004-gia-lai-836-kh-ubnd-2025.txt'), 'utf8').replace(/\|/g, ' ');
const span = (from: string, to: string) => SEED.slice(SEED.indexOf(from), SEED.indexOf(to, SEED.indexOf(from)) + to.length);
const docxText = async (doc: Parameters<typeof writeDocx>[0]) => documentParagraphs(docxParts(await writeDocx(doc))).map((p) => p.text).join('\n');

describe('the đề cương of seed 004', () => {
  it('round-trips: every heading and guidance sentence, in order', async () => {
    const seed = words(span('ĐỀ CƯƠNG', 'theo đề cương báo cáo.').replace('(Kèm theo Kế hoạch số 836/KH-UBND ngày 05/4/2025 của UBND tỉnh Gia Lai)', ''));
    const ours = words(await docxText(await buildOutlineModel()));
    const { share, missing } = matchedShare(seed, ours);
    console.log(`đề cương: ${(share * 100).toFixed(2)} % of ${seed.length} seed words in order; missing: ${JSON.stringify(missing)}`);
    expect(seed.length).toBeGreaterThan(1500);
    expect(missing).toEqual([]);
  });

  it('numbers parts, sections and points as the seed does', async () => {
    const texts = (await docxText(await buildOutlineModel())).split('\n');
    for (const heading of ['PHẦN I.', 'PHẦN II.', 'PHẦN III.', 'I. TÌNH HÌNH, DIỄN BIẾN TỘI PHẠM MUA BÁN NGƯỜI', '1.1. Công tác truyền thông về phòng, chống mua bán người', '2.3. Công tác xét xử tội phạm mua bán người', 'X. NHẬN XÉT, ĐÁNH GIÁ']) {
      expect(texts).toContain(heading);
    }
    expect(texts.some((t) => t.startsWith('c) Cung cấp danh sách vụ án mua bán người'))).toBe(true);
    expect(texts[texts.length - 1]!.endsWith('theo đề cương báo cáo./.')).toBe(true);
  });

  it('builds alone from the CLI: a DOCX whose text opens with the outline\'s title and ends with its end mark', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vanban-outline-'));
    const r = await runCli(['build', 'outlines/tong-ket-pcmbn-2021-2025.yaml', '--out', out]);
    expect(r.code).toBe(0);
    const texts = documentParagraphs(docxParts(readFileSync(join(out, 'tong-ket-pcmbn-2021-2025.docx')))).map((p) => p.text);
    expect(texts).toContain('ĐỀ CƯƠNG');
    expect(texts[texts.length - 1]!.endsWith('theo đề cương báo cáo./.')).toBe(true);
  });
});

describe('the Gia Lai plan with its đề cương attached', () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    parts = docxParts(await writeDocx(await buildModel(PLANS.giaLai)));
  });

  it('holds the seed plan\'s text from the basis to the end mark, in order', () => {
    const seed = words(span('Căn cứ Kế hoạch số 172/KH-BCĐ', 'nguồn kinh phí hợp pháp khác./.').replace('(2)Đấu', '(2) Đấu'));
    const { share, missing } = matchedShare(seed, words(documentParagraphs(parts).map((p) => p.text).join('\n')));
    console.log(`Gia Lai plan: ${(share * 100).toFixed(2)} % of ${seed.length} seed words in order; missing: ${JSON.stringify(missing)}`);
    expect(missing).toEqual([]);
  });

  it.skipIf(spawnSync('qpdf', ['--version']).status !== 0)('nests its PDF bookmarks: appendix → part → section', async () => {
    type Item = { title: string; kids?: Item[] };
    const path = join(mkdtempSync(join(tmpdir(), 'vanban-bookmarks-')), 'gia-lai.pdf');
    writeFileSync(path, await writePdf(await buildModel(PLANS.giaLai)));
    const outlines = (JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' })) as { outlines: Item[] }).outlines;
    const appendix = outlines.find((o) => o.title.startsWith('ĐỀ CƯƠNG'))!;
    const part = appendix.kids!.find((k) => k.title.startsWith('PHẦN II. KẾT QUẢ CÔNG TÁC'))!;
    expect(part.kids!.map((k) => k.title.split(' ')[0])).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.', 'VII.', 'VIII.', 'IX.', 'X.']);
    expect(outlines[0]!.title).toBe('I. MỤC ĐÍCH, YÊU CẦU');
  });

  it('starts the appendix in a new section with its own page numbers and no number on its first page', async () => {
    const xml = parts['word/document.xml']!;
    const sects = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sects).toHaveLength(2);
    expect(attr(sects[1]!, 'w:pgNumType', 'w:start')).toBe('1');
    expect(sects[1]).toContain('<w:titlePg/>');
  });

  it('prints the heading, title and the italic "Kèm theo" line, and ends with "./."', async () => {
    const xml = parts['word/document.xml']!;
    const appendix = paragraphs(xml.slice(xml.indexOf('</w:sectPr>')));
    expect(appendix[0]).toMatchObject({ style: 'VBTitle', text: 'ĐỀ CƯƠNG' });
    const ref = appendix.find((p) => p.text.startsWith('(Kèm theo'))!;
    expect(ref.text).toBe('(Kèm theo Kế hoạch số 836/KH-UBND ngày 05/4/2025 của UBND tỉnh Gia Lai)');
    expect(ref.runs[0]).toMatchObject({ italic: true, bold: false });
    expect(appendix.filter((p) => p.style === 'VBBody').pop()!.text.endsWith('./.')).toBe(true);
  });
});
