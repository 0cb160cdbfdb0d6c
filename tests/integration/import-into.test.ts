import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { projectTemp, ROOT, runCli, STACK_LINE } from '../helpers/cli.js';
import { sofficeAvailable } from '../helpers/soffice.js';
import { changedLines, EDIT, keySpan, PYTHON, pythonDocx, spanOf } from '../helpers/word-edits.js';

/**
 * Issue 25's corpus: Word edits scripted on the built DOCX of the Ninh Bình plan
 * (python-docx saves as any editor does; the edits are made up, for the test), each
 * brought back with `import --into` and checked as exactly the intended change: the
 * semantic diff printed is the one expected line, and every line of PLAN.yaml the
 * change does not reach is byte-identical, comments included.
 */
const PLAN = 'ninh-binh-2024.yaml';

/** A project with the example plan, its DOCX built, and the DOCX edited by `ops`. */
async function edited(ops: unknown[], prefix: string, prepare?: (plan: string) => string): Promise<{ dir: string; docx: string; before: string }> {
  const dir = projectTemp(prefix);
  writeFileSync(join(dir, '.git'), '');
  for (const f of [PLAN, 'ninh-binh-2024.agencies.yaml']) copyFileSync(join(ROOT, 'plans', f), join(dir, f));
  if (prepare) writeFileSync(join(dir, PLAN), prepare(readFileSync(join(dir, PLAN), 'utf8')));
  expect((await runCli(['build', PLAN, '--out', 'out', '--format', 'docx'], { cwd: dir })).code).toBe(0);
  const docx = join(dir, 'out', 'ninh-binh-2024.docx');
  execFileSync(PYTHON, [EDIT, docx, JSON.stringify(ops)]);
  return { dir, docx, before: readFileSync(join(dir, PLAN), 'utf8') };
}

interface Case {
  readonly name: string;
  readonly ops: unknown[];
  /** The one line `vanban diff` words the change in. */
  readonly change: string;
  /** Where the changed lines of PLAN.yaml must all be: a node's span, or a top-level key's lines. */
  readonly within: { id: string } | { key: string } | ReadonlyArray<{ id: string } | { key: string }>;
  readonly args?: string[];
  /** The lines `vanban diff` adds after the change (a renumbering it causes). */
  readonly notes?: string[];
  /** The plan as built, when the example lacks what the edit needs (made up, for the test). */
  readonly prepare?: (plan: string) => string;
}

const CASES: Case[] = [
  { name: 'a reworded task', ops: [{ op: 'replace', find: 'Tổ chức các hoạt động truyền thông', with: 'Tổ chức nhiều hoạt động truyền thông' }],
    change: '~ Sửa lời nhiệm vụ II.2.1 (thứ 2) [truyen-thong-ngay-30-7]: Tổ chức [-các-]{+nhiều+} hoạt động truyền thông …', within: { id: 'truyen-thong-ngay-30-7' } },
  { name: 'a reworded objective', ops: [{ op: 'replace', find: 'Tiếp tục phát huy sức mạnh tổng hợp', with: 'Tiếp tục phát huy mạnh mẽ sức mạnh tổng hợp' }],
    change: '~ Sửa lời nội dung I.1 [phat-huy-suc-manh-tong-hop]: Tiếp tục phát huy {+mạnh mẽ +}sức mạnh tổng hợp …', within: { id: 'phat-huy-suc-manh-tong-hop' } },
  { name: 'a section title', ops: [{ op: 'replace', find: 'Công tác truyền thông, phòng ngừa tội phạm mua bán người', with: 'Công tác tuyên truyền, phòng ngừa tội phạm mua bán người' }],
    change: '~ Sửa lời mục 2 [truyen-thong-phong-ngua]: Công tác [-truyền thông-]{+tuyên truyền+}, phòng ngừa tội phạm mua bán người', within: { id: 'truyen-thong-phong-ngua' } },
  { name: 'a target number', ops: [{ op: 'replace', find: 'đạt trên 90%', with: 'đạt trên 95%' }],
    change: '~ Đổi chỉ tiêu I.2, chỉ tiêu thứ 2 [giai-quyet-to-giac]: > 90 % → > 95 %', within: { id: 'giai-quyet-to-giac' } },
  { name: 'a changed lead', ops: [{ op: 'replace', find: '(Công an tỉnh chủ trì thực hiện)', with: '(Sở Tư pháp chủ trì thực hiện)' }],
    change: '~ Đổi phân công nhiệm vụ II.1 (thứ 2) [luat-phong-chong-mua-ban-nguoi-sua-doi]: Công an tỉnh: thôi chủ trì; Sở Tư pháp: thêm vào, chủ trì', within: { id: 'luat-phong-chong-mua-ban-nguoi-sua-doi' } },
  { name: 'a changed list of performers', ops: [{ op: 'replace', find: 'các sở, ngành, UBND các huyện, thành phố thực hiện', with: 'Sở Tư pháp, Công an tỉnh thực hiện' }],
    change: '~ Đổi phân công nhiệm vụ II.1 (thứ 4) [tap-huan-boi-duong]: các sở, ngành: thôi thực hiện; UBND các huyện, thành phố: thôi thực hiện; Sở Tư pháp: thêm vào, thực hiện; Công an tỉnh: thêm vào, thực hiện', within: { id: 'tap-huan-boi-duong' } },
  { name: 'a changed support list', ops: [{ op: 'replace', find: 'tổng kết (Công an tỉnh chủ trì, phối hợp với các sở, ngành thành viên, UBND các huyện, thành phố thực hiện)', with: 'tổng kết (Công an tỉnh chủ trì, phối hợp với các sở, ngành thành viên, Sở Tư pháp thực hiện)' }],
    change: '~ Đổi phân công nhiệm vụ II.1 (thứ 3) [ngay-toan-dan-va-che-do-bao-cao]: UBND các huyện, thành phố: thôi phối hợp; Sở Tư pháp: thêm vào, phối hợp', within: { id: 'ngay-toan-dan-va-che-do-bao-cao' } },
  { name: 'a changed deadline', ops: [{ op: 'replace', find: 'hoàn thành trong Quý II/2024', with: 'hoàn thành trong Quý III/2024' }],
    prepare: (plan) => plan.replace('                support: [cac-so-nganh, ubnd-cac-huyen-thanh-pho]\n', '                support: [cac-so-nganh, ubnd-cac-huyen-thanh-pho]\n                deadline: Quý II/2024\n'),
    change: '~ Đổi thời hạn nhiệm vụ II.2.1 (thứ 2) [truyen-thong-ngay-30-7]: Quý II/2024 → Quý III/2024', within: { id: 'truyen-thong-ngay-30-7' } },
  { name: 'an inserted task (Enter in a dash item: Word numbers the new one)', ops: [{ op: 'insert_after', find: 'Xây dựng sản phẩm truyền thông', text: 'Tổ chức cuộc thi tìm hiểu pháp luật về phòng, chống mua bán người (Sở Tư pháp chủ trì thực hiện).' }],
    change: '+ Thêm nhiệm vụ II.2.1 (thứ 4) [to-chuc-cuoc-thi-tim-hieu]: “Tổ chức cuộc thi tìm hiểu pháp luật về phòng, chống mua bán người.”', within: { id: 'truyen-thong' } },
  { name: 'an inserted task, off the list, its dash typed', ops: [{ op: 'insert_after', plain: true, find: 'Xây dựng sản phẩm truyền thông', text: '- Tổ chức cuộc thi tìm hiểu pháp luật về phòng, chống mua bán người (Sở Tư pháp chủ trì thực hiện).' }],
    change: '+ Thêm nhiệm vụ II.2.1 (thứ 4) [to-chuc-cuoc-thi-tim-hieu]: “Tổ chức cuộc thi tìm hiểu pháp luật về phòng, chống mua bán người.”', within: { id: 'truyen-thong' } },
  { name: 'an inserted objective (Enter in a decimal item: Word renumbers the items after it)', ops: [{ op: 'insert_after', find: 'Phấn đấu kiềm chế', text: 'Nâng cao năng lực phát hiện, xử lý tội phạm mua bán người trên không gian mạng.' }],
    change: '+ Thêm nội dung I.3 [nang-cao-nang-luc-phat-hien]: “Nâng cao năng lực phát hiện, xử lý tội phạm mua bán người trên không gian mạng.”',
    notes: ['# Đổi số ở mục I: I.3 thành I.4, do [nang-cao-nang-luc-phat-hien] chèn, bỏ hoặc chuyển chỗ'], within: { id: 'muc-tieu-yeu-cau' } },
  { name: 'a deleted task', ops: [{ op: 'delete', find: 'Xây dựng sản phẩm truyền thông' }],
    change: '- Bỏ nhiệm vụ II.2.1 (thứ 3) [san-pham-truyen-thong]: “Xây dựng sản phẩm truyền thông trên các phương tiện thông tin đại chúng, kênh truyền thông của các tổ chức chính trị…”', within: { id: 'san-pham-truyen-thong' } },
  { name: 'a moved task (cut and pasted, its bookmark with it)', ops: [{ op: 'move', find: 'Tổ chức các hoạt động truyền thông phòng, chống mua bán người trong', after: 'Tập trung xác định rõ đối tượng' }],
    change: '↷ Chuyển nhiệm vụ [truyen-thong-co-so-giao-duc] từ II.2.1 (thứ 8) sang II.2.1 (thứ 2)', within: { id: 'truyen-thong' } },
  { name: 'a paragraph split in two (Enter inside an objective: Word numbers the second part)', ops: [{ op: 'split', find: 'Tiếp tục phát huy sức mạnh tổng hợp', at: 'Kết hợp chặt chẽ giữa phòng ngừa' }],
    change: '✂ Tách nội dung I.1 [phat-huy-suc-manh-tong-hop] làm hai: “Tiếp tục phát huy sức mạnh tổng hợp của cả hệ thống chính trị và toàn dân tham gia phòng, chống mua bán người; xác định…” và I.2 [ket-hop-chat-che-giua-phong]: “Kết hợp chặt chẽ giữa phòng ngừa xã hội với phòng ngừa nghiệp vụ, tổ chức thực hiện hiệu quả các giải pháp phòng ngừa…”',
    notes: ['# Đổi số ở mục I: I.2, I.3 thành I.3, I.4, do [ket-hop-chat-che-giua-phong] chèn, bỏ hoặc chuyển chỗ'], within: { id: 'muc-tieu-yeu-cau' } },
  { name: 'two paragraphs merged (the paragraph mark between them deleted, both bookmarks kept)', ops: [{ op: 'merge', find: 'Các sở, ngành thành viên và UBND các huyện, thành phố căn cứ' }],
    change: '⊕ Gộp nội dung [co-quan-thuong-truc] vào III (thứ 1) [ke-hoach-cu-the-va-bao-cao]: “Các sở, ngành thành viên và UBND các huyện, thành phố căn cứ nhiệm vụ công tác trọng tâm trên và chức năng của đơn vị…”',
    within: { id: 'to-chuc-thuc-hien' } },
  { name: 'a basis line (what the cited plan is about)', ops: [{ op: 'replace', find: 'về thực hiện công tác phòng, chống mua bán người năm 2024', with: 'về công tác phòng, chống mua bán người năm 2024' }],
    change: '~ Sửa căn cứ: … của Chính phủ về [-thực hiện -]công tác phòng, chống …', within: { key: 'basis' } },
  { name: 'a basis line\'s date', ops: [{ op: 'replace', find: 'ngày 15/01/2024 của Ban Chỉ đạo', with: 'ngày 16/01/2024 của Ban Chỉ đạo' }],
    change: '~ Sửa căn cứ: KH số 19/KH-BCĐ138/CP ngày 2024-01-[-15-]{+16+} Ban Chỉ đạo phòng, …', within: { key: 'basis' } },
  { name: 'the preamble\'s conclusion', ops: [{ op: 'replace', find: 'xây dựng kế hoạch thực hiện như sau:', with: 'ban hành kế hoạch thực hiện như sau:' }],
    change: '~ Sửa câu dẫn sau căn cứ: … Chỉ đạo 138 tỉnh) [-xây dựng-]{+ban hành+} kế hoạch thực hiện như sau:', within: { key: 'basis' } },
  { name: 'the trích yếu', ops: [{ op: 'replace', find: 'Thực hiện công tác phòng, chống mua bán người năm 2024', with: 'Thực hiện công tác phòng, chống mua bán người và bảo vệ nạn nhân năm 2024' }],
    change: '~ Sửa trích yếu: … chống mua bán người {+và bảo vệ nạn nhân +}năm 2024', within: { key: 'document' } },
  { name: 'the document\'s number, and a basis line\'s date, in one file', ops: [{ op: 'replace', find: 'Số: 22/KH-BCĐ', with: 'Số: 23/KH-BCĐ' }, { op: 'replace', find: 'ngày 15/01/2024 của Ban Chỉ đạo', with: 'ngày 16/01/2024 của Ban Chỉ đạo' }],
    change: '~ Sửa căn cứ: KH số 19/KH-BCĐ138/CP ngày 2024-01-[-15-]{+16+} Ban Chỉ đạo phòng, …', notes: ['~ Đổi số văn bản: “22” → “23”'], within: [{ key: 'document' }, { key: 'basis' }] },
  { name: 'a Nơi nhận line', ops: [{ op: 'replace', find: '- Lãnh đạo UBND tỉnh;', with: '- Lãnh đạo UBND tỉnh, Thường trực Tỉnh ủy;' }],
    change: '~ Sửa nơi nhận: Lãnh đạo UBND tỉnh → Lãnh đạo UBND tỉnh, Thường trực Tỉnh ủy', within: { key: 'recipients' } },
  { name: 'the signer', ops: [{ op: 'replace', find: 'Tổng Quang Thìn', with: 'Nguyễn Văn Mẫu' }],
    change: '~ Đổi họ tên người ký: “Tổng Quang Thìn” → “Nguyễn Văn Mẫu”', within: { key: 'signature' } },
  { name: 'a tracked deletion and insertion', ops: [{ op: 'track', find: 'Tổ chức các hoạt động truyền thông', delete: 'các', insert: 'nhiều' }],
    change: '~ Sửa lời nhiệm vụ II.2.1 (thứ 2) [truyen-thong-ngay-30-7]: Tổ chức [-các-]{+nhiều+} hoạt động truyền thông …', within: { id: 'truyen-thong-ngay-30-7' } },
];

describe.skipIf(!pythonDocx)('import --into: a Word edit is the same small change in the YAML (issue 25)', () => {
  it.each(CASES)('$name', async ({ ops, change, notes, within, args, prepare }) => {
    const { dir, docx, before } = await edited(ops, 'into-', prepare);
    const r = await runCli(['import', docx, '--into', PLAN, ...(args ?? [])], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([change, ...(notes ?? [])]);
    const after = readFileSync(join(dir, PLAN), 'utf8');
    const spans = (Array.isArray(within) ? within : [within]).map((w) => ('id' in w ? spanOf(before, w.id) : keySpan(before, w.key)));
    const lines = changedLines(before, after);
    expect(after, 'something changed').not.toBe(before);
    for (const l of lines) expect(spans.some(([from, to]) => l >= from && l <= to), `line ${l} changed, outside ${JSON.stringify(within)} (${JSON.stringify(spans)})`).toBe(true);
    // The result is in fmt's layout, and importing the same edit again changes nothing.
    expect((await runCli(['fmt', '--check', PLAN], { cwd: dir })).code).toBe(0);
    const again = await runCli(['import', docx, '--into', PLAN], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(after);
  });

  it('--dry-run prints the change and writes nothing; --tracked reject reads the file as before the tracked edit', async () => {
    const { dir, docx, before } = await edited([{ op: 'track', find: 'Tổ chức các hoạt động truyền thông', delete: 'các', insert: 'nhiều' }], 'into-dry-');
    const dry = await runCli(['import', docx, '--into', PLAN, '--dry-run'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('[truyen-thong-ngay-30-7]');
    expect(dry.stderr).toContain('2 thay đổi được theo dõi');
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
    const reject = await runCli(['import', docx, '--into', PLAN, '--tracked', 'reject'], { cwd: dir });
    expect(reject.code, reject.stderr).toBe(0);
    expect(reject.stderr).toContain('đúng như lúc vanban dựng');
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
  });

  it('a Word comment is reported with the node it is anchored to', async () => {
    const { dir, docx } = await edited([
      { op: 'replace', find: 'Tổ chức các hoạt động truyền thông', with: 'Tổ chức nhiều hoạt động truyền thông' },
      { op: 'comment', find: 'Xây dựng sản phẩm truyền thông', text: 'Cần nêu rõ kinh phí.', author: 'Trưởng ban' },
    ], 'into-comment-');
    const r = await runCli(['import', docx, '--into', PLAN], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/ninh-binh-2024\.docx:\d+: ý kiến \(comment\) của Trưởng ban ở \[san-pham-truyen-thong\]: “Cần nêu rõ kinh phí\.”/);
  });

  it('--keep-comments writes each Word comment as a YAML comment above its node, once; nothing else changes', async () => {
    const { dir, docx, before } = await edited([
      { op: 'comment', find: 'Xây dựng sản phẩm truyền thông', text: 'Cần nêu rõ kinh phí.', author: 'Trưởng ban' },
    ], 'into-keep-comment-');
    const r = await runCli(['import', docx, '--into', PLAN, '--keep-comments'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(join(dir, PLAN), 'utf8');
    const added = diffArrays(before.split('\n'), after.split('\n')).filter((p) => p.added || p.removed);
    expect(added.map((p) => [p.added ? '+' : '-', ...p.value])).toEqual([['+', '              # ý kiến Word của Trưởng ban: Cần nêu rõ kinh phí.']]);
    expect(after.split('\n')[after.split('\n').indexOf('              # ý kiến Word của Trưởng ban: Cần nêu rõ kinh phí.') + 1]).toBe('              - id: san-pham-truyen-thong');
    const again = await runCli(['import', docx, '--into', PLAN, '--keep-comments'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(after);
    expect((await runCli(['fmt', '--check', PLAN], { cwd: dir })).code).toBe(0);
  });

  it('an agency written near its registry name is that agency, said as a warning (did-you-mean); the YAML names it by id', async () => {
    const { dir, docx, before } = await edited([{ op: 'replace', find: '(Công an tỉnh chủ trì thực hiện)', with: '(Sở Tư phap chủ trì thực hiện)' }], 'into-near-');
    const r = await runCli(['import', docx, '--into', PLAN], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('cảnh báo [into-near-agency] "Sở Tư phap" không có trong danh mục; hiểu là "Sở Tư pháp" (so-tu-phap)');
    expect(r.stdout.trim()).toBe('~ Đổi phân công nhiệm vụ II.1 (thứ 2) [luat-phong-chong-mua-ban-nguoi-sua-doi]: Công an tỉnh: thôi chủ trì; Sở Tư pháp: thêm vào, chủ trì');
    expect(changedLines(before, readFileSync(join(dir, PLAN), 'utf8')).length).toBe(1);
  });

  it('a conflict (the same task changed in the YAML since the build) is refused with both versions, PLAN.yaml untouched', async () => {
    const { dir, docx, before } = await edited([{ op: 'replace', find: 'Tổ chức các hoạt động truyền thông', with: 'Tổ chức nhiều hoạt động truyền thông' }], 'into-conflict-');
    const ours = before.replace('Tổ chức các hoạt động truyền thông', 'Tổ chức một số hoạt động truyền thông');
    writeFileSync(join(dir, PLAN), ours);
    const r = await runCli(['import', docx, '--into', PLAN], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toContain('[into-conflict] [truyen-thong-ngay-30-7] text: YAML đã đổi thành “Tổ chức một số hoạt động');
    expect(r.stderr).toContain('bản Word đổi thành “Tổ chức nhiều hoạt động');
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(ours);
  });

  it('what the data cannot hold (an agency the registry lacks) is refused with its reason, PLAN.yaml untouched', async () => {
    const { dir, docx, before } = await edited([{ op: 'replace', find: 'các sở, ngành, UBND các huyện, thành phố thực hiện', with: 'Sở Nội vụ thực hiện' }], 'into-unmappable-');
    const r = await runCli(['import', docx, '--into', PLAN], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[into-invalid]');
    expect(r.stderr).toContain('"so-noi-vu"');
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
  });

  it('a table pasted in is refused with its paragraph and page, PLAN.yaml untouched; --force takes the other edits and leaves the table out', async () => {
    const ops = [
      { op: 'table_after', find: 'Xây dựng sản phẩm truyền thông', cells: [['Sản phẩm', 'Số lượng'], ['Phóng sự', '12']] },
      { op: 'replace', find: 'Tổ chức các hoạt động truyền thông', with: 'Tổ chức nhiều hoạt động truyền thông' },
    ];
    const { dir, docx, before } = await edited(ops, 'into-table-');
    const r = await runCli(['import', docx, '--into', PLAN], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(/ninh-binh-2024\.docx:\d+ \(trang \d\): lỗi \[into-unmappable\] .*một ô bảng.*Phóng sự/);
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
    const forced = await runCli(['import', docx, '--into', PLAN, '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout.trim().split('\n')).toEqual([CASES[0]!.change]);
    expect(readFileSync(join(dir, PLAN), 'utf8')).not.toContain('Phóng sự');
  });

  it('a header the format computes (the ký hiệu) retyped is refused with its paragraph and page, the basis never flattened into text', async () => {
    const { dir, docx, before } = await edited([{ op: 'replace', find: 'Số: 22/KH-BCĐ', with: 'Số: 22/KH-BCĐ138' }], 'into-header-');
    const r = await runCli(['import', docx, '--into', PLAN], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ninh-binh-2024\.docx:\d+ \(trang 1\): lỗi \[into-unmappable\] .*Số: 22\/KH-BCĐ138/);
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
    const forced = await runCli(['import', docx, '--into', PLAN, '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
  });

  it('a paragraph split in two, whose assignment phrase moved to the second part, is refused rather than lose the assignment', async () => {
    const { dir, docx, before } = await edited([{ op: 'split', find: 'Triển khai các hoạt động hưởng ứng', at: 'Thực hiện nghiêm túc chế độ báo cáo' }], 'into-split-');
    const r = await runCli(['import', docx, '--into', PLAN], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ninh-binh-2024\.docx:\d+ \(trang 2\): lỗi \[into-unmappable\].*\[ngay-toan-dan-va-che-do-bao-cao\]/);
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
  });

  it.skipIf(!sofficeAvailable())('the same edit after a LibreOffice re-save comes back the same', async () => {
    const ops = [{ op: 'replace', find: 'Tổ chức các hoạt động truyền thông', with: 'Tổ chức nhiều hoạt động truyền thông' }];
    const { dir, docx } = await edited(ops, 'into-lo-');
    const profile = join(tmpdir(), `vanban-lo-into-${process.pid}`);
    mkdirSync(join(dir, 'lo'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'lo'), docx], { stdio: 'ignore', timeout: 120_000 });
    const r = await runCli(['import', join(dir, 'lo', 'ninh-binh-2024.docx'), '--into', PLAN], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([CASES[0]!.change]);
  });
});
