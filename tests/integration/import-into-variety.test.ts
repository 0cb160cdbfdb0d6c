import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectTemp, ROOT, runCli } from '../helpers/cli.js';
import { changedLines, EDIT, keySpan, PYTHON, pythonDocx, spanOf } from '../helpers/word-edits.js';

/**
 * Word edits on the other examples, each built as `npm start` builds it (the plans
 * folder and the outlines it attaches), so import --into is held to plans of other
 * shapes: Đồng Nai's lettered tasks, lead-ins and cited documents; Gia Lai's
 * section closing words and Nơi nhận with "(báo cáo)"; and the Quyết định that
 * issues the Đồng Nai plan, whose edits go into its two files. The edits are made
 * up, for the test.
 */
interface Case {
  readonly name: string;
  readonly example: string;
  readonly ops: unknown[];
  /** What `vanban diff` says, line by line. */
  readonly says: readonly string[];
  /** The files that change, each with where in it every changed line must be. */
  readonly within: Record<string, { id: string } | { key: string }>;
}

const NEW_TASK = '          # cần soát lại: thêm vào từ bản Word (mã và phân công do vanban đoán)';

const CASES: Case[] = [
  { name: 'Đồng Nai: a lettered task reworded', example: 'dong-nai-2016', ops: [{ op: 'replace', find: 'Tham gia dạy nghề, tạo việc làm', with: 'Tham gia dạy nghề, giải quyết việc làm' }],
    says: ['~ Sửa lời nhiệm vụ III.2 c) [day-nghe-tao-viec-lam]: Tham gia dạy nghề, [-tạo -]{+giải quyết +}việc làm và các …'], within: { 'dong-nai-2016.yaml': { id: 'day-nghe-tao-viec-lam' } } },
  { name: 'Đồng Nai: a lettered task typed in, its letter typed (Word does not count đ)', example: 'dong-nai-2016', ops: [{ op: 'insert_after', find: 'Tham gia dạy nghề, tạo việc làm', text: 'd) Tổ chức hội thảo chia sẻ kinh nghiệm hỗ trợ nạn nhân.' }],
    says: ['+ Thêm nhiệm vụ III.2 d) [to-chuc-hoi-thao-chia-se]: “Tổ chức hội thảo chia sẻ kinh nghiệm hỗ trợ nạn nhân.”', '# Đổi số ở mục III.2: d), đ) thành đ), e), do [to-chuc-hoi-thao-chia-se] chèn, bỏ hoặc chuyển chỗ'],
    within: { 'dong-nai-2016.yaml': { id: 'truyen-thong' } } },
  { name: 'Đồng Nai: a section\'s lead-in', example: 'dong-nai-2016', ops: [{ op: 'replace', find: 'bao gồm:', with: 'cụ thể:' }],
    says: ['~ Sửa đoạn dẫn của 1 [muc-tieu-chung]: … hỗ trợ nạn nhân, [-bao gồm-]{+cụ thể+}:'], within: { 'dong-nai-2016.yaml': { id: 'muc-tieu-chung' } } },
  { name: 'Đồng Nai: a section\'s lead-in and one of its items, in one file (the section\'s children are still grafted)', example: 'dong-nai-2016',
    ops: [{ op: 'replace', find: 'bao gồm:', with: 'cụ thể:' }, { op: 'replace', find: 'Mục tiêu 1: Tăng cường công tác tuyên truyền', with: 'Mục tiêu 1: Đẩy mạnh công tác tuyên truyền' }],
    says: ['~ Sửa đoạn dẫn của 1 [muc-tieu-chung]: … hỗ trợ nạn nhân, [-bao gồm-]{+cụ thể+}:', '~ Sửa lời nội dung II.1 a) [muc-tieu-1-tuyen-truyen]: Mục tiêu 1: [-Tăng cường-]{+Đẩy mạnh+} công tác tuyên truyền …'],
    within: { 'dong-nai-2016.yaml': { id: 'muc-tieu-chung' } } },
  { name: 'Đồng Nai: a cited document\'s date', example: 'dong-nai-2016', ops: [{ op: 'replace', find: 'Căn cứ Quyết định số 2546/QĐ-TTg ngày 31/12/2015', with: 'Căn cứ Quyết định số 2546/QĐ-TTg ngày 30/12/2015' }],
    says: ['~ Sửa căn cứ: QĐ số 2546/QĐ-TTg ngày 2015-12-[-31-]{+30+} Thủ tướng Chính phủ …'], within: { 'dong-nai-2016.yaml': { key: 'basis' } } },
  { name: 'Gia Lai: a section\'s closing words, printed after its last task', example: 'gia-lai-2025', ops: [{ op: 'replace', find: 'Có đề cương và phụ lục báo cáo kèm theo', with: 'Có đề cương và các phụ lục báo cáo kèm theo' }],
    says: ['~ Sửa đoạn cuối của 1 [noi-dung-tong-ket]: Có đề cương và {+các +}phụ lục báo cáo …'], within: { 'gia-lai-2025.yaml': { id: 'noi-dung-tong-ket' } } },
  { name: 'Gia Lai: a Nơi nhận line with its "(báo cáo)"', example: 'gia-lai-2025', ops: [{ op: 'replace', find: '- Thường trực Tỉnh ủy (báo cáo);', with: '- Thường trực Tỉnh ủy, HĐND tỉnh (báo cáo);' }],
    says: ['~ Sửa nơi nhận: Thường trực Tỉnh ủy (báo cáo) → Thường trực Tỉnh ủy, HĐND tỉnh (báo cáo)'], within: { 'gia-lai-2025.yaml': { key: 'recipients' } } },
  { name: 'Gia Lai: a task typed in (Enter in a dash item)', example: 'gia-lai-2025', ops: [{ op: 'insert_after', find: 'Dự báo tình hình và kiến nghị', text: 'Đánh giá việc bố trí kinh phí thực hiện Chương trình.' }],
    says: ['+ Thêm nhiệm vụ II.1 (thứ 4) [danh-gia-viec-bo-tri-kinh]: “Đánh giá việc bố trí kinh phí thực hiện Chương trình.”'], within: { 'gia-lai-2025.yaml': { id: 'noi-dung-tong-ket' } } },
  { name: 'the decision: an article', example: 'dong-nai-2016-quyet-dinh', ops: [{ op: 'replace', find: 'Quyết định này có hiệu lực kể từ ngày ký.', with: 'Quyết định này có hiệu lực kể từ ngày 01/01/2017.' }],
    says: ['~ Đổi Điều 2: “Quyết định này có hiệu lực kể từ ngày ký.” → “Quyết định này có hiệu lực kể từ ngày 01/01/2017.”'], within: { 'dong-nai-2016-quyet-dinh.yaml': { key: 'articles' } } },
  { name: 'the decision: a basis line\'s date, at length', example: 'dong-nai-2016-quyet-dinh', ops: [{ op: 'replace', find: 'ngày 31 tháng 12 năm 2015', with: 'ngày 30 tháng 12 năm 2015' }],
    says: ['~ Đổi basis.documents.1.date: “2015-12-31” → “2015-12-30”'], within: { 'dong-nai-2016-quyet-dinh.yaml': { key: 'basis' } } },
  { name: 'the decision: its Nơi nhận, and a task of the plan it issues (two files)', example: 'dong-nai-2016-quyet-dinh',
    ops: [{ op: 'replace', find: '- Thường trực Tỉnh ủy;', with: '- Thường trực Tỉnh ủy, HĐND tỉnh;' }, { op: 'replace', find: 'Tham gia dạy nghề, tạo việc làm', with: 'Tham gia dạy nghề, giải quyết việc làm' }],
    says: ['~ Sửa nơi nhận: Thường trực Tỉnh ủy → Thường trực Tỉnh ủy, HĐND tỉnh', '~ Sửa lời nhiệm vụ III.2 c) [day-nghe-tao-viec-lam]: Tham gia dạy nghề, [-tạo -]{+giải quyết +}việc làm và các …'],
    within: { 'dong-nai-2016-quyet-dinh.yaml': { key: 'recipients' }, 'dong-nai-2016.yaml': { id: 'day-nghe-tao-viec-lam' } } },
];

describe.skipIf(!pythonDocx)('import --into on plans of other shapes, and on a decision (issue 25)', () => {
  it.each(CASES)('$name', async ({ example, ops, says, within }) => {
    const dir = projectTemp('into-variety-');
    writeFileSync(join(dir, '.git'), '');
    cpSync(join(ROOT, 'plans'), join(dir, 'plans'), { recursive: true });
    cpSync(join(ROOT, 'outlines'), join(dir, 'outlines'), { recursive: true });
    const built = await runCli(['build', `plans/${example}.yaml`, '--out', 'out', '--format', 'docx'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const docx = join(dir, 'out', `${example}.docx`);
    execFileSync(PYTHON, [EDIT, docx, JSON.stringify(ops)]);
    const files = ['dong-nai-2016.yaml', 'dong-nai-2016-quyet-dinh.yaml', 'gia-lai-2025.yaml'];
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, 'plans', f), 'utf8')]));
    const r = await runCli(['import', docx, '--into', `plans/${example}.yaml`], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(says);
    const afters: Record<string, string> = {};
    for (const f of files) {
      const after = readFileSync(join(dir, 'plans', f), 'utf8');
      afters[f] = after;
      const where = within[f];
      if (!where) {
        expect(after, `${f} untouched`).toBe(before[f]);
        continue;
      }
      expect(after, `${f} changed`).not.toBe(before[f]);
      const [from, to] = 'id' in where ? spanOf(before[f]!, where.id) : keySpan(before[f]!, where.key);
      for (const l of changedLines(before[f]!, after)) expect(l, `${f}: line ${l} outside ${JSON.stringify(where)} (${from}–${to})`).toBeGreaterThanOrEqual(from);
      for (const l of changedLines(before[f]!, after)) expect(l, `${f}: line ${l}`).toBeLessThanOrEqual(to);
      expect((await runCli(['fmt', '--check', `plans/${f}`], { cwd: dir })).code, `${f} in fmt's layout`).toBe(0);
      if (says.some((x) => x.startsWith('+ Thêm'))) expect(after).toContain(NEW_TASK.trim());
    }
    // The same edit again changes nothing.
    const again = await runCli(['import', docx, '--into', `plans/${example}.yaml`], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    for (const f of files) expect(readFileSync(join(dir, 'plans', f), 'utf8'), f).toBe(afters[f]);
  });
});

describe.skipIf(!pythonDocx)('import --into a decision refuses what it cannot take (issue 25)', () => {
  it('an article changed in the YAML since the build and in Word: a conflict with both versions, both files untouched', async () => {
    const dir = projectTemp('into-decision-conflict-');
    writeFileSync(join(dir, '.git'), '');
    cpSync(join(ROOT, 'plans'), join(dir, 'plans'), { recursive: true });
    expect((await runCli(['build', 'plans/dong-nai-2016-quyet-dinh.yaml', '--out', 'out', '--format', 'docx'], { cwd: dir })).code).toBe(0);
    const docx = join(dir, 'out', 'dong-nai-2016-quyet-dinh.docx');
    execFileSync(PYTHON, [EDIT, docx, JSON.stringify([{ op: 'replace', find: 'Quyết định này có hiệu lực kể từ ngày ký.', with: 'Quyết định này có hiệu lực kể từ ngày 01/01/2017.' }])]);
    const decision = join(dir, 'plans', 'dong-nai-2016-quyet-dinh.yaml');
    const ours = readFileSync(decision, 'utf8').replace('Quyết định này có hiệu lực kể từ ngày ký.', 'Quyết định này có hiệu lực từ ngày ký.');
    writeFileSync(decision, ours);
    const plan = readFileSync(join(dir, 'plans', 'dong-nai-2016.yaml'), 'utf8');
    const r = await runCli(['import', docx, '--into', 'plans/dong-nai-2016-quyet-dinh.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[into-conflict] articles.1.text: YAML đã đổi thành “Quyết định này có hiệu lực từ ngày ký.”');
    expect(r.stderr).toContain('Quyết định này có hiệu lực kể từ ngày 01/01/2017.');
    expect(readFileSync(decision, 'utf8')).toBe(ours);
    expect(readFileSync(join(dir, 'plans', 'dong-nai-2016.yaml'), 'utf8')).toBe(plan);
  });
});
