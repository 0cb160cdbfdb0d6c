import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/types.js';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { writePdf } from '../../src/writers/pdf/pdf-writer.js';
import { buildDecisionModel, buildModel } from '../helpers/build.js';
import { ROOT } from '../helpers/cli.js';
import { convertToPdf, pdfText, sofficeAvailable } from '../helpers/soffice.js';

/**
 * Forms real offices write that the format could not say (issue 26), each in a
 * fixture (made-up sample data) and read back as printed: vanban's PDF, and
 * LibreOffice's PDF of the DOCX.
 */
const VALID = join(ROOT, 'tests', 'fixtures', 'valid');
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function printed(model: Document): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-forms-'));
  writeFileSync(join(dir, 'a.pdf'), await writePdf(model));
  writeFileSync(join(dir, 'a.docx'), await writeDocx(model));
  const texts = [flat(pdfText(join(dir, 'a.pdf')))];
  if (sofficeAvailable()) texts.push(flat(pdfText(convertToPdf(join(dir, 'a.docx')))));
  return texts;
}

describe('a decision: "Xét đề nghị …, về việc …", a paragraph after the last Điều, "(Kèm theo …)" in the long form', () => {
  let texts: string[];
  beforeAll(async () => {
    texts = await printed(await buildDecisionModel(join(VALID, 'decision-forms.yaml')));
  });

  it('prints two laws in one "Căn cứ" paragraph, and a law cited by its year', () => {
    for (const t of texts) {
      expect(t).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Căn cứ Luật Phòng, chống mua bán người năm 2024;');
    }
  });

  it('prints an article that assigns the work: "Giao … chủ trì, phối hợp với …" before its words', () => {
    for (const t of texts) {
      expect(t).toContain('Điều 2. Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức triển khai thực hiện Kế hoạch; Quyết định này có hiệu lực kể từ ngày ký.');
    }
  });

  it('prints the proposal as "Xét đề nghị của … về việc …," right before "QUYẾT ĐỊNH:"', () => {
    for (const t of texts) {
      expect(t).toContain('Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 2867/TTr-SLĐTBXH ngày 28/11/2016 về việc ban hành Kế hoạch thực hiện Đề án giai đoạn 2016 - 2020, QUYẾT ĐỊNH:');
      expect(t).not.toContain('Theo đề nghị');
    }
  });

  it('prints the unnumbered paragraph after Điều 3, apart from it, with the end mark', () => {
    for (const t of texts) {
      expect(t).toContain('chịu trách nhiệm thi hành Quyết định này. ');
      expect(t).toMatch(/thi hành Quyết định này\. (\d+ )?Sở Lao động - Thương binh và Xã hội theo dõi, đôn đốc và báo cáo kết quả thực hiện Quyết định này\.\/\./);
    }
  });

  it('gives the attached plan its "(Kèm theo …)" line with the date written out, and the plan its own opening paragraph', () => {
    for (const t of texts) {
      expect(t).toContain('(Kèm theo Quyết định số 3521/QĐ-UBND ngày 12 tháng 12 năm 2016 của Ủy ban nhân dân tỉnh Đồng Nai)');
      expect(t).toMatch(/tỉnh Đồng Nai\) Nhằm tiếp tục đẩy mạnh công tác phòng, chống mua bán người trong tình hình mới, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau: I\. MỤC TIÊU/);
    }
  });
});

describe('a plan whose preamble cites no document', () => {
  it('prints its one sentence as the opening paragraph, with no "Căn cứ" and no stray join', async () => {
    for (const t of await printed(await buildModel(join(VALID, 'preamble-forms.yaml')))) {
      expect(t).toMatch(/Kế hoạch mẫu để kiểm thử Nhằm tiếp tục đẩy mạnh công tác phòng, chống mua bán người trong tình hình mới, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau: I\. MỤC TIÊU/);
      expect(t).not.toContain('Căn cứ');
    }
  });
});

describe('tasks: one a body outside the issuer\'s authority leads, one with a timeframe its words do not give', () => {
  it('asks the outside body ("Đề nghị …"), prints the timeframe in the phrase, and not twice where the words give it', async () => {
    for (const t of await printed(await buildModel(join(VALID, 'task-forms.yaml')))) {
      expect(t).toContain('1. Đẩy nhanh tiến độ truy tố các vụ án mua bán người (Đề nghị Viện kiểm sát nhân dân tỉnh chủ trì, phối hợp với Công an tỉnh thực hiện).');
      expect(t).toContain('2. Mở đợt cao điểm tấn công, trấn áp tội phạm mua bán người (Công an tỉnh chủ trì thực hiện; từ ngày 01/7 đến ngày 30/9/2026).');
      expect(t).toContain('thời gian từ ngày 01/10/2026 đến hết ngày 30/11/2026 (Công an tỉnh chủ trì thực hiện)./.');
    }
  });
});

describe('a legal decision (quy phạm pháp luật)', () => {
  it('carries its year in the ký hiệu, on its header and on the attached plan\'s "(Kèm theo …)" line', async () => {
    const { readFileSync } = await import('node:fs');
    // Beside the fixture, so that the files it names are where it says.
    const path = join(VALID, `.legal-${process.pid}.yaml`);
    try {
      writeFileSync(path, readFileSync(join(VALID, 'decision-forms.yaml'), 'utf8').replace(/^  number: 3521$/m, '  number: 3521\n  legal: true'));
      for (const t of await printed(await buildDecisionModel(path))) {
        expect(t).toContain('Số: 3521/2016/QĐ-UBND');
        expect(t).toContain('(Kèm theo Quyết định số 3521/2016/QĐ-UBND ngày 12 tháng 12 năm 2016');
      }
    } finally {
      (await import('node:fs')).rmSync(path, { force: true });
    }
  });
});
