import { describe, expect, it } from 'vitest';
import { completeIssuer } from '../../src/import/frame.js';
import { paragraphsOf } from '../../src/import/paragraphs.js';
import { splitAuthority } from '../../src/import/read-decision.js';
import { isReport, readReport } from '../../src/import/read-report.js';
import { withDecisionTypeLine, withPlanTypeLine } from '../../src/import/type-line.js';

/** The import's readers on the shapes real copies take (tests/fixtures/import-corpus has the whole documents). */
const texts = (s: string) => paragraphsOf(s).map((p) => p.text);

describe('paragraphsOf: where a hard-wrapped copy\'s paragraphs begin', () => {
  it('carries a sentence on over a line that starts with a year, and over a heading cut after "của"', () => {
    expect(texts('Nghị quyết 30a ngày 27 tháng 12 năm\n2008 của Chính phủ.')).toEqual(['Nghị quyết 30a ngày 27 tháng 12 năm 2008 của Chính phủ.']);
    expect(texts('1.1. Công tác chỉ đạo, điều hành của\nThủ tướng Chính phủ:\n- Về việc bổ sung')).toEqual(['1.1. Công tác chỉ đạo, điều hành của Thủ tướng Chính phủ:', '- Về việc bổ sung']);
    // A short heading with its sentence under it stays apart.
    expect(texts('1. Mục tiêu\nNâng cao nhận thức.')).toEqual(['1. Mục tiêu', 'Nâng cao nhận thức.']);
  });

  it('keeps a signature\'s authority line, its "(ký, ghi rõ họ tên)", the motto with en dashes and a portal\'s date line apart', () => {
    expect(texts('PHẦN III. NHỮNG CAM KẾT\nTM. BAN CÔNG TÁC MẶT TRẬN\nKHỐI (HOẶC XÓM)\n(ký, ghi rõ họ tên)')).toEqual(['PHẦN III. NHỮNG CAM KẾT', 'TM. BAN CÔNG TÁC MẶT TRẬN KHỐI (HOẶC XÓM)', '(ký, ghi rõ họ tên)']);
    expect(texts('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nVinh, ngày tháng năm 200')).toEqual(['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc', 'Vinh, ngày tháng năm 200']);
    expect(texts('Báo cáo Tình hình kinh tế - xã hội 6 tháng đầu năm 2021\nNgày cập nhật 12/07/2021')).toEqual(['Báo cáo Tình hình kinh tế - xã hội 6 tháng đầu năm 2021', 'Ngày cập nhật 12/07/2021']);
  });
});

const REPORT = `SỞ TƯ PHÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/BC-STP
Gia Lai, ngày 20 tháng 6 năm 2026
BÁO CÁO
Kết quả công tác 6 tháng đầu năm 2026
Kính gửi: Ủy ban nhân dân tỉnh Gia Lai

Thực hiện Công văn số 123/UBND-NC, Sở Tư pháp báo cáo như sau:

I. KẾT QUẢ
1. Tuyên truyền
Tổ chức 12 hội nghị.
- Tại 5 xã biên giới;
2. Trợ giúp pháp lý
Trợ giúp 03 nạn nhân.
II. KIẾN NGHỊ
Đề nghị bố trí kinh phí.

Trên đây là báo cáo của Sở Tư pháp./.
Nơi nhận:
- Như trên;
- Lưu: VT, PBGDPL.
GIÁM ĐỐC
Nguyễn Văn Mẫu`;

describe('readReport: a Báo cáo as a report with its own sections', () => {
  it('reads the header, Kính gửi, the opening, nested sections with "-" items kept in their text, the ending and the signature', () => {
    const p = paragraphsOf(REPORT);
    expect(isReport(p)).toBe(true);
    const r = readReport(p)!.report;
    expect(r.kind).toBe('report');
    expect(r.document).toEqual({ issuer: 'SỞ TƯ PHÁP', issuer_code: 'STP', number: 45, place: 'Gia Lai', date: '2026-06-20', subject: 'Kết quả công tác 6 tháng đầu năm 2026', to: ['Ủy ban nhân dân tỉnh Gia Lai'] });
    expect(r.opening).toBe('Thực hiện Công văn số 123/UBND-NC, Sở Tư pháp báo cáo như sau:');
    expect(r.sections).toEqual([
      { id: 'ket-qua', title: 'KẾT QUẢ', sections: [
        { id: 'tuyen-truyen', title: 'Tuyên truyền', text: 'Tổ chức 12 hội nghị.\n\n- Tại 5 xã biên giới;' },
        { id: 'tro-giup-phap-ly', title: 'Trợ giúp pháp lý', text: 'Trợ giúp 03 nạn nhân.' },
      ] },
      { id: 'kien-nghi', title: 'KIẾN NGHỊ', text: 'Đề nghị bố trí kinh phí.' },
    ]);
    expect(r.numbering).toBeUndefined();
    expect(r.conclusion).toBe('Trên đây là báo cáo của Sở Tư pháp./.');
    expect(r.recipients).toEqual(['Như trên']);
    expect(r.signature).toEqual({ title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Mẫu' });
  });

  it('tells a report from a plan, a decision and a portal\'s "Báo cáo …" title', () => {
    expect(isReport(paragraphsOf('UBND TỈNH\nKẾ HOẠCH\nThực hiện …\nBÁO CÁO'))).toBe(false);
    expect(isReport(paragraphsOf('Số: 12/BC-UBND\nHà Nội, ngày 1 tháng 2 năm 2020'))).toBe(true);
    expect(isReport(paragraphsOf('Báo cáo công tác tháng 5/2017\n\nI. CÔNG TÁC CHỈ ĐẠO'))).toBe(true);
    expect(isReport(paragraphsOf('Kế hoạch công tác năm 2017'))).toBe(false);
  });

  it('reads a form to fill in (blank date and blanks, headings with nothing under them) as the outline it asks to answer, with its frame', () => {
    const form = readReport(paragraphsOf(`CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Vinh, ngày tháng năm 200
BÁO CÁO
Thành tích từ năm ……… đến năm………
Khối, (xóm)……………
PHẦN I. ĐẶC ĐIỂM CHUNG
PHẦN II. THÀNH TÍCH
1. Đánh giá chung.
TM. BAN CÔNG TÁC MẶT TRẬN
(ký, ghi rõ họ tên)
Xác nhận của UBND phường, xã……`))!;
    expect(form.report).toMatchObject({
      kind: 'outline', heading: 'BÁO CÁO', subject: 'Thành tích từ năm ……… đến năm………', numbering: { levels: ['part', 'arabic'] },
      form: { place: 'Vinh', lines: ['Khối, (xóm)……………'], signature: ['TM. BAN CÔNG TÁC MẶT TRẬN'], signature_note: '(ký, ghi rõ họ tên)', confirmation: 'Xác nhận của UBND phường, xã……' },
      nodes: [{ id: 'dac-diem-chung', title: 'ĐẶC ĐIỂM CHUNG' }, { id: 'thanh-tich', title: 'THÀNH TÍCH', children: [{ id: 'danh-gia-chung', title: 'Đánh giá chung.' }] }],
    });
    // Its blank issuer, date and signer are the form's, not gaps of the import: only the window is said.
    expect(form.unrecognised.map((u) => u.why)).toEqual([expect.stringContaining('window')]);
  });
});

describe('the frame of copies that lost part of it', () => {
  it('splitAuthority: cuts the authority line a web copy joined onto a decision\'s subject, not a body named inside it', () => {
    expect(splitAuthority('BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO TỈNH TIỀN GIANG ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG')).toEqual(['BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO TỈNH TIỀN GIANG', 'ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG']);
    expect(splitAuthority('VỀ CHỨC NĂNG CỦA ỦY BAN NHÂN DÂN CẤP XÃ')).toEqual(['VỀ CHỨC NĂNG CỦA ỦY BAN NHÂN DÂN CẤP XÃ', undefined]);
  });

  it('completeIssuer: a bare "ỦY BAN NHÂN DÂN" completed from the authority line, else from the place', () => {
    const named: Record<string, unknown> = { issuer: 'ỦY BAN NHÂN DÂN', place: 'Bắc Kạn' };
    completeIssuer(named, 'ỦY BAN NHÂN DÂN TỈNH BẮC KẠN');
    expect(named.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH BẮC KẠN']);
    const level: Record<string, unknown> = { issuer: 'ỦY BAN NHÂN DÂN', place: 'Kon Tum' };
    completeIssuer(level, 'ỦY BAN NHÂN DÂN TỈNH');
    expect(level.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH KON TUM']);
    const whole: Record<string, unknown> = { issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI'], place: 'Gia Lai' };
    completeIssuer(whole, 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI');
    expect(whole.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI']);
  });

  it('withTypeLine: puts back a dropped "KẾ HOẠCH" / "QUYẾT ĐỊNH" after the place and date, and only where the number shows the kind', () => {
    const plan = paragraphsOf('UBND TỈNH LÀO CAI\nSố: 130/KH-UBND\nLào Cai, ngày 10 tháng 5 năm 2021\nThực hiện chương trình');
    expect(withPlanTypeLine(plan).map((p) => p.text)).toEqual(['UBND TỈNH LÀO CAI', 'Số: 130/KH-UBND', 'Lào Cai, ngày 10 tháng 5 năm 2021', 'KẾ HOẠCH', 'Thực hiện chương trình']);
    const decision = paragraphsOf('Số: 06/2024/QĐ-UBND\nKon Tum, ngày\n13 tháng 3 năm 2024\nBAN HÀNH QUY ĐỊNH');
    expect(withDecisionTypeLine(decision).map((p) => p.text)[2]).toBe('QUYẾT ĐỊNH');
    const unknown = paragraphsOf('UBND TỈNH\nLào Cai, ngày 10 tháng 5 năm 2021\nThực hiện');
    expect(withPlanTypeLine(unknown)).toBe(unknown);
  });
});
