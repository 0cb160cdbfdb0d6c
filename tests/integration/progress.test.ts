import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../helpers/build.js';
import { projectTemp, ROOT, runCli, STACK_LINE } from '../helpers/cli.js';
import { documentParagraphs, docxParts } from '../helpers/docx.js';

type Found = { code: string; severity: string; start: { line: number } };

describe('a report on carrying a plan out (no outline needed)', () => {
  it('scaffolds one entry a task the plan gives the agency; unfilled ones are warnings, an unknown task an error', async () => {
    const dir = projectTemp('progress-');
    const file = join(dir, 'stp.yaml');
    const r = await runCli(['report', 'new', '--plan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    const empty = await runCli(['validate', file, '--format', 'json']);
    expect(empty.code).toBe(0);
    const found = JSON.parse(empty.stdout) as Found[];
    expect(found.filter((d) => d.code === 'progress-unfilled')).toHaveLength(12);
    writeFileSync(file, readFileSync(file, 'utf8').replace('tasks:\n', 'tasks:\n  khong-co-nhiem-vu-nay: { status: hoan-thanh }\n'));
    const bad = await runCli(['validate', file, '--format', 'json']);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as Found[]).map((d) => d.code)).toContain('unknown-task');
  });

  it('says, when the scaffold lands in a project without the plan, which --root lets it be checked', async () => {
    const other = projectTemp('progress-elsewhere-');
    mkdirSync(join(other, '.git'));
    const file = join(other, 'stp.yaml');
    const r = await runCli(['report', 'new', '--plan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`không chứa ${PLANS.ninhBinh} mà nó ghi tên`);
    expect(r.stderr).toContain(`--root ${ROOT}`);
    expect((await runCli(['validate', file])).code).toBe(1);
    expect((await runCli(['validate', '--root', ROOT, file])).code).toBe(0);
    const inside = await runCli(['report', 'new', '--plan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', join(projectTemp('progress-inside-'), 'stp.yaml')]);
    expect(inside.stderr).not.toContain('--root');
  });

  it('builds the Báo cáo: the tasks led, then those supported, each with its status, result, products and date (sample data, made up)', async () => {
    const dir = projectTemp('progress-build-');
    const file = join(dir, 'stp.yaml');
    expect((await runCli(['report', 'new', '--plan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', file])).code).toBe(0);
    // Fabricated sample answers, for the test only.
    const filled = readFileSync(file, 'utf8')
      .replace('tro-giup-phap-ly: {status: null, result: null}',
        'tro-giup-phap-ly: { status: hoan-thanh, result: "Trợ giúp pháp lý cho 12 người (dữ liệu mẫu)", products: ["Báo cáo số 01/BC-STP (mẫu)"], done_on: 2024-06-15 }')
      .replace('ngay-toan-dan-va-che-do-bao-cao: {status: null, result: null}', 'ngay-toan-dan-va-che-do-bao-cao: { status: dang-thuc-hien, result: null }');
    writeFileSync(file, filled);
    const b = await runCli(['build', file, '--out', dir]);
    expect(b.code, b.stderr).toBe(0);
    const texts = documentParagraphs(docxParts(readFileSync(join(dir, 'stp.docx')))).map((p) => p.text);
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    const lead = texts.indexOf('1. Nhiệm vụ chủ trì thực hiện');
    const support = texts.indexOf('2. Nhiệm vụ phối hợp thực hiện');
    expect(lead).toBeGreaterThan(0);
    expect(support).toBeGreaterThan(lead);
    const at = texts.findIndex((t) => t.startsWith('g) Đẩy mạnh hoạt động phối hợp giữa Trung tâm trợ giúp pháp lý'));
    expect(at).toBeGreaterThan(lead);
    expect(texts[at + 1]).toBe('Kết quả: Đã hoàn thành: Trợ giúp pháp lý cho 12 người (dữ liệu mẫu). Sản phẩm: Báo cáo số 01/BC-STP (mẫu). Hoàn thành ngày 15/6/2024.');
    expect(texts[support + 2]).toBe('Kết quả: Đang thực hiện.');
    expect(texts).toContain('Kết quả: Chưa báo cáo.');
    expect(texts.filter((t) => t.startsWith('Kết quả:')).at(-1)).toMatch(/\.\/\.$/);
  });

  it('says what it needs when given neither an outline nor a plan', async () => {
    const r = await runCli(['report', 'new', '--agency', 'so-tu-phap']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--plan');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('report merge of progress reports (sample data, made up)', () => {
  it('names, per task, who reported what; the overdue task; the agencies that sent nothing; and builds', async () => {
    const dir = projectTemp('progress-merge-');
    for (const f of ['ninh-binh-2024.yaml', 'ninh-binh-2024.agencies.yaml']) writeFileSync(join(dir, f), readFileSync(join(ROOT, 'plans', f), 'utf8'));
    // A deadline the seed does not give, so that one task can be late; overdue is counted to the latest report's date.
    const plan = join(dir, 'ninh-binh-2024.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/(id: luat-phong-chong-mua-ban-nguoi-sua-doi[\s\S]*?lead: \[cong-an-tinh\])/, '$1\n            deadline: 2024-06-30'));
    const stp = join(dir, 'stp.yaml');
    const ca = join(dir, 'ca.yaml');
    expect((await runCli(['report', 'new', '--plan', plan, '--agency', 'so-tu-phap', '--out', stp])).code).toBe(0);
    expect((await runCli(['report', 'new', '--plan', plan, '--agency', 'cong-an-tinh', '--out', ca])).code).toBe(0);
    writeFileSync(stp, readFileSync(stp, 'utf8').replace('tro-giup-phap-ly: {status: null, result: null}', 'tro-giup-phap-ly: { status: hoan-thanh, result: "Trợ giúp 12 người (mẫu)", done_on: 2024-11-30 }'));
    writeFileSync(ca, readFileSync(ca, 'utf8')
      .replace('luat-phong-chong-mua-ban-nguoi-sua-doi: {status: null, result: null}', 'luat-phong-chong-mua-ban-nguoi-sua-doi: { status: dang-thuc-hien, result: "Đang soạn dự thảo (mẫu)" }')
      .replace(/date: [0-9-]+ # ngày ký báo cáo/, 'date: 2024-12-20'));
    const out = join(dir, 'tong-hop.yaml');
    const r = await runCli(['report', 'merge', stp, ca, '--out', out, '--format', 'docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('quá hạn: luat-phong-chong-mua-ban-nguoi-sua-doi');
    expect(r.stdout).toContain('chưa báo cáo: Sở Thông tin và Truyền thông');
    expect(r.stdout).not.toContain('chưa báo cáo: Sở Tư pháp');
    expect(r.stderr).toMatch(/Đã gộp 2 báo cáo: 1 nhiệm vụ quá hạn, \d+ cơ quan chưa báo cáo/);
    expect(r.stderr).not.toMatch(STACK_LINE);

    const texts = documentParagraphs(docxParts(readFileSync(join(dir, 'tong-hop.docx')))).map((p) => p.text);
    const at = (s: string) => texts.findIndex((t) => t.includes(s));
    expect(texts).toContain('BÁO CÁO');
    expect(at('Kết quả thực hiện Kế hoạch số 22/KH-BCĐ')).toBeGreaterThan(0);
    // Per task: the lead, then the partners, each with what it reported or that it did not.
    const task = at('Tham mưu triển khai thực hiện Luật Phòng chống mua bán người (sửa đổi)');
    expect(texts[task + 1]).toBe('- Công an tỉnh (chủ trì): Đang thực hiện: Đang soạn dự thảo (mẫu).');
    expect(texts[task + 2]).toBe('- Quá hạn: hạn hoàn thành ngày 30/6/2024, đến ngày 31/12/2024 chưa hoàn thành.');
    expect(texts.some((t) => t.startsWith('- Sở Tư pháp (chủ trì): Đã hoàn thành: Trợ giúp 12 người (mẫu). Hoàn thành ngày 30/11/2024.'))).toBe(true);
    expect(texts.some((t) => /^- Sở Thông tin và Truyền thông \((chủ trì|phối hợp)\): chưa báo cáo\.$/.test(t))).toBe(true);
    expect(at('NHIỆM VỤ QUÁ HẠN')).toBeLessThan(at('CƠ QUAN CHƯA GỬI BÁO CÁO'));
    expect(texts[at('NHIỆM VỤ QUÁ HẠN') + 1]).toMatch(/^- Nhiệm vụ \d+ \(mục II\.1\): Tham mưu triển khai thực hiện Luật Phòng chống mua bán người/);
    expect(texts[at('CƠ QUAN CHƯA GỬI BÁO CÁO') + 1]).toMatch(/^Đến ngày 31\/12\/2024, các cơ quan sau chưa gửi báo cáo: .*Sở Thông tin và Truyền thông/);

    // The merged file is the secretariat's: validated like any report; an edited one is kept.
    expect((await runCli(['validate', out])).code).toBe(0);
    writeFileSync(out, readFileSync(out, 'utf8') + '# sửa\n');
    expect((await runCli(['report', 'merge', stp, ca, '--out', out])).code).toBe(2);
  });
});
