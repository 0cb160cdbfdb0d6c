import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, PLANS } from '../helpers/build.js';
import { ROOT } from '../helpers/cli.js';
import { convertToPdf, pdfPages, pdfText, sofficeAvailable } from '../helpers/soffice.js';
import { matchedShare, words } from '../helpers/words.js';

/**
 * LibreOffice opens every generated DOCX and prints it to PDF; pdftotext reads
 * it back, and the words are compared with the seed documents.
 */
const SEEDS = join(ROOT, 'tests', 'fixtures', 'seeds');
const available = sofficeAvailable();

/** The typo fixes each plan lists in its header comment, applied to the seed text before comparing. */
const FIXES: Record<string, Array<[string, string]>> = {
  ninhBinh: [
    ['Phân đấu kiềm chế', 'Phấn đấu kiềm chế'],
    ['phần đầu không để xảy ra', 'phấn đấu không để xảy ra'],
    ['(*Các sở, ngành,', '(*các sở, ngành,'],
    ['phối hợp thực hiện thực hiện theo', 'phối hợp thực hiện theo'],
    ['phòng tỉnh phối hợp các sở', 'phòng tỉnh phối hợp với các sở'],
    ['theo quy định. /', 'theo quy định./.'],
  ],
  dongNai: [
    ['cán cử nội dung', 'căn cứ nội dung'],
    ['(sửa đổi )', '(sửa đổi)'],
    ['lên danh số', 'lên danh sách'],
    ['cùng vơi nạn', 'cùng với nạn'],
    ['nạn nhan là', 'nạn nhân là'],
    ['tiếp nhân nạn nhân', 'tiếp nhận nạn nhân'],
    ['kết nối vơi các', 'kết nối với các'],
    ['thực hiên', 'thực hiện'],
  ],
};

function seedSpan(file: string, from: string, to: string, fixes: Array<[string, string]>): string {
  let text = readFileSync(join(SEEDS, file), 'utf8').replace(/\|/g, ' ').replace(/\s+/g, ' ');
  for (const [a, b] of fixes) {
    if (!text.includes(a)) throw new Error(`fix "${a}" not found in ${file}`);
    text = text.replace(a, b);
  }
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  return text.slice(start, end);
}

describe.skipIf(!available)('LibreOffice reads the DOCX', () => {
  const pdfs: Record<string, string> = {};
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-lo-docx-'));
    for (const [key, plan] of Object.entries(PLANS)) {
      const path = join(dir, `${key}.docx`);
      writeFileSync(path, await buildDocx(plan));
      pdfs[key] = convertToPdf(path);
    }
  });

  it('converts every plan to PDF with page numbers from page 2, restarting in the appendix', () => {
    const firstLine = (pages: string[], i: number) => pages[i]!.trim().split('\n')[0]!.trim();
    for (const [key, pdf] of Object.entries(pdfs)) {
      const pages = pdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(4);
      const text = pdfText(pdf, ['-layout']).split('\f');
      expect(text[0]!.trimStart().startsWith('UBND') || text[0]!.trimStart().startsWith('ỦY BAN')).toBe(true);
      expect(firstLine(text, 1)).toBe('2');
      const appendix = text.findIndex((t) => t.trimStart().startsWith('ĐỀ CƯƠNG'));
      if (key === 'giaLai') {
        expect(appendix).toBeGreaterThan(1);
        expect(firstLine(text, appendix + 1)).toBe('2');
        expect(firstLine(text, pages - 1)).toBe(String(pages - appendix));
      } else {
        expect(appendix).toBe(-1);
        expect(firstLine(text, pages - 1)).toBe(String(pages));
      }
    }
  });

  it.each([
    { key: 'ninhBinh', name: 'Ninh Bình', seed: '001-ninh-binh-22-kh-bcd-2024.txt', from: 'Thực hiện Kế hoạch số 19/KH-BCĐ138/CP', to: 'Tổng Quang Thìn', least: 2000 },
    { key: 'dongNai', name: 'Đồng Nai', seed: '002-dong-nai-12089-kh-ubnd-2016.txt', from: 'Căn cứ Quyết định số 2546/QĐ-TTg', to: 'Nguyễn Hòa Hiệp', least: 3000 },
  ])('the $name plan contains the seed\'s text, from the basis to the signer, word by word', ({ key, name, seed: file, from, to, least }) => {
    const seed = words(seedSpan(file, from, to, FIXES[key]!));
    // -raw reads LibreOffice's own drawing order: the default reading, on tight lines (a closing
    // fit's 1.1), took a paragraph's one-word last line up into the block above it.
    const { share, missing } = matchedShare(seed, words(pdfText(pdfs[key]!, ['-raw'])));
    console.log(`${name}: ${(share * 100).toFixed(2)} % of ${seed.length} seed words matched in order; missing: ${JSON.stringify(missing)}`);
    expect(seed.length).toBeGreaterThan(least);
    expect(missing).toEqual([]);
  });
});
