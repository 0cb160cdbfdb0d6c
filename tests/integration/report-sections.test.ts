import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectTemp, ROOT, runCli } from '../helpers/cli.js';
import { convertToPdf, pdfText, sofficeAvailable } from '../helpers/soffice.js';

/**
 * A Báo cáo that follows no outline (issue 26): a periodic or supplementary report
 * to a superior body, with Kính gửi, an opening, sections of its own and an
 * ending — read back as printed by vanban's PDF and by LibreOffice from the DOCX.
 */
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'valid', 'report-sections.yaml');
const EXAMPLE = join(ROOT, 'plans', 'bao-cao-ldtbxh-59-2010.yaml');
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function printed(path: string): Promise<string[]> {
  const out = projectTemp('report-sections-');
  const r = await runCli(['build', path, '--out', out, '--format', 'docx,pdf']);
  expect(r.code, r.stderr).toBe(0);
  const name = path.split('/').pop()!.replace(/\.yaml$/, '');
  const texts = [flat(pdfText(join(out, `${name}.pdf`)))];
  if (sofficeAvailable()) texts.push(flat(pdfText(convertToPdf(join(out, `${name}.docx`)))));
  return texts;
}

describe('a report with its own sections', () => {
  let texts: string[];
  beforeAll(async () => {
    texts = await printed(FIXTURE);
  });

  it('prints Kính gửi, the opening paragraphs, then the sections numbered I. / 1., then the ending before Nơi nhận', () => {
    for (const t of texts) {
      expect(t).toMatch(/\(bổ sung\) Kính gửi: Ủy ban nhân dân tỉnh Gia Lai Thực hiện Công văn số 123\/UBND-NC ngày 10\/6\/2026 của Ủy ban nhân dân tỉnh về việc báo cáo bổ sung kết quả công tác phòng, chống mua bán người\. Sở Tư pháp báo cáo bổ sung như sau: I\. KẾT QUẢ ĐẠT ĐƯỢC 1\. Công tác tuyên truyền, phổ biến pháp luật Tổ chức 12 hội nghị/);
      // A section written with no words yet still prints: its author wrote it.
      expect(t).toMatch(/2\. Công tác trợ giúp pháp lý Trợ giúp pháp lý cho 03 nạn nhân bị mua bán trở về\. 3\. Công tác hòa giải ở cơ sở II\. KIẾN NGHỊ, ĐỀ XUẤT Đề nghị/);
      expect(t).toMatch(/song ngữ\. Trên đây là báo cáo bổ sung của Sở Tư pháp, kính báo cáo Ủy ban nhân dân tỉnh\.\/\. Nơi nhận:/);
      expect(t).not.toContain('PHẦN');
    }
  });

  it('builds the example in plans/: the ministry\'s heading levels I. / 1. / 1.1., its "-" item kept as written', async () => {
    for (const t of await printed(EXAMPLE)) {
      expect(t).toMatch(/như sau: I\. TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2010 1\. Công tác chỉ đạo, điều hành của Chính phủ và các Bộ, ngành Trung ương 1\.1\. Công tác chỉ đạo, điều hành của Thủ tướng Chính phủ: - Về việc bổ sung huyện nghèo/);
      expect(t).toContain('Số: 59/BC-LĐTBXH');
      expect(t).toContain('II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2010');
    }
  });
});

describe('checking a report with its own sections', () => {
  const write = (body: string) => {
    const path = join(projectTemp('report-sections-bad-'), 'bc.yaml');
    writeFileSync(path, body);
    return path;
  };
  const head = readFileSync(FIXTURE, 'utf8').split('\nopening:')[0]!;

  it('refuses a report with neither an outline nor sections, and one with both, saying what to write', async () => {
    const none = await runCli(['validate', write(head + '\n'), '--format', 'json']);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout).map((d: { code: string }) => d.code)).toEqual(['report-without-body']);
    const both = await runCli(['validate', write(`${head}\noutline: ../../outlines/tong-ket-pcmbn-2021-2025.yaml\nagency: so-tu-phap\nanswers: {}\nsections: [{title: A}]\n`)]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('[report-outline-and-sections]');
    expect(both.stderr).toContain('không dùng cả hai');
  });

  it('asks for the agency and the answers beside an outline, and finds a section id used twice (given or by place)', async () => {
    const alone = await runCli(['validate', write(`${head}\noutline: x.yaml\n`), '--format', 'json']);
    expect(JSON.parse(alone.stdout).filter((d: { code: string }) => d.code === 'schema-required').map((d: { args: { property: string } }) => d.args.property).sort()).toEqual(['agency', 'answers']);
    const twice = await runCli(['validate', write(`${head}\nsections:\n  - title: A\n  - {id: s1, title: B}\n`), '--format', 'json']);
    expect(twice.code).toBe(1);
    const d = JSON.parse(twice.stdout) as Array<{ code: string; start: { line: number } }>;
    expect(d.map((x) => x.code)).toEqual(['duplicate-id']);
  });

  it('is not merged with reports along an outline: report merge says why', async () => {
    const dir = projectTemp('report-sections-merge-');
    const r = await runCli(['report', 'merge', FIXTURE, '--as', join(ROOT, 'outlines', 'bao-cao-mau', 'gia-lai-tong-hop.meta.yaml'), '--out', join(dir, 'm.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[merge-own-sections]');
  });
});

describe('a report form (mẫu báo cáo): an outline with a form, built on its own', () => {
  it('prints as the blank report: motto, "Vinh, ngày … tháng … năm …", the lines to fill, the parts, the signature block and the confirmation under it, no Nơi nhận', async () => {
    const texts = await printed(join(ROOT, 'outlines', 'mau-bao-cao-khoi-xom-van-hoa.yaml'));
    for (const t of texts) {
      expect(t).toMatch(/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Vinh, ngày … tháng … năm … BÁO CÁO Thành tích xây dựng khối, xóm văn hoá từ năm ……… đến năm……… Khối,\( xóm\)……………phường,\( xã\)………………\. PHẦN I\. ĐẶC ĐIỂM, TÌNH TÌNH CHUNG CỦA KHỐI \(HOẶC XÓM\) PHẦN II\. NHỮNG THÀNH TÍCH CỤ THỂ: 1\. Đánh giá/);
      expect(t).toMatch(/PHẦN III\. NHỮNG CAM KẾT PHẤN ĐẤU TRONG THỜI GIAN TỚI TM\. BAN CÔNG TÁC MẶT TRẬN KHỐI \(HOẶC XÓM\) \(ký, ghi rõ họ tên\) Xác nhận của UBND phường, xã……………………\.\. ?$/);
      expect(t).not.toContain('Nơi nhận');
      expect(t).not.toContain('Số:');
    }
  });

  it('is still the outline agencies answer: attached to a plan it prints as an appendix, without the form\'s frame', async () => {
    const { checkOutline } = await import('../../src/validate/check-outline.js');
    const { buildOutlineAppendix } = await import('../../src/model/build-outline.js');
    const { loadTemplates } = await import('../../src/template/environment.js');
    const { nodeWorld } = await import('../../src/env/world.js');
    const checked = await checkOutline(join(ROOT, 'outlines', 'mau-bao-cao-khoi-xom-van-hoa.yaml'), nodeWorld);
    const appendix = buildOutlineAppendix(checked.outline!.resolved, loadTemplates('outline'), '(Kèm theo Kế hoạch số 1/KH-UBND)');
    expect(appendix.heading).toBe('BÁO CÁO');
    expect(appendix.reference).toBe('(Kèm theo Kế hoạch số 1/KH-UBND)');
    expect(JSON.stringify(appendix.body)).not.toContain('Xác nhận');
  });
});

describe('a progress report\'s parts after the tasks (outlines/bao-cao-mau/ket-qua-so-tu-phap-2024.yaml)', () => {
  it('prints "x/y nhiệm vụ" under I., then II. ĐÁNH GIÁ CHUNG with its three parts, III. PHƯƠNG HƯỚNG, IV. KIẾN NGHỊ, before Nơi nhận', async () => {
    for (const t of await printed(join(ROOT, 'outlines', 'bao-cao-mau', 'ket-qua-so-tu-phap-2024.yaml'))) {
      expect(t).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ Kế hoạch giao Sở Tư pháp 12 nhiệm vụ (7 chủ trì, 5 phối hợp): đã hoàn thành 3/12 nhiệm vụ; đang thực hiện 1; chưa báo cáo 8. 1. Nhiệm vụ chủ trì thực hiện');
      expect(t).toMatch(/II\. ĐÁNH GIÁ CHUNG 1\. Kết quả đạt được Sở Tư pháp đã chủ động .* 2\. Tồn tại, hạn chế Một số nhiệm vụ .* 3\. Nguyên nhân Kinh phí năm 2024 được giao muộn \(mẫu\)\. III\. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI Tập trung .* IV\. KIẾN NGHỊ, ĐỀ XUẤT Đề nghị Ban Chỉ đạo 138 tỉnh bố trí kinh phí cho hoạt động truyền thông \(mẫu\)\.\/\. Nơi nhận:/);
    }
  });
});
