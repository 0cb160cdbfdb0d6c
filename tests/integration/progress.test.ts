import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../helpers/build.js';
import { projectTemp, runCli, STACK_LINE } from '../helpers/cli.js';
import { docxParts, paragraphs } from '../helpers/docx.js';

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

  it('builds the Báo cáo: the tasks led, then those supported, each with its status, result, products and date (sample data, made up)', async () => {
    const dir = projectTemp('progress-build-');
    const file = join(dir, 'stp.yaml');
    expect((await runCli(['report', 'new', '--plan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', file])).code).toBe(0);
    // Fabricated sample answers, for the test only.
    const filled = readFileSync(file, 'utf8')
      .replace('tro-giup-phap-ly: { status: null, result: null }',
        'tro-giup-phap-ly: { status: hoan-thanh, result: "Trợ giúp pháp lý cho 12 người (dữ liệu mẫu)", products: ["Báo cáo số 01/BC-STP (mẫu)"], done_on: 2024-06-15 }')
      .replace('ngay-toan-dan-va-che-do-bao-cao: { status: null, result: null }', 'ngay-toan-dan-va-che-do-bao-cao: { status: dang-thuc-hien, result: null }');
    writeFileSync(file, filled);
    const b = await runCli(['build', file, '--out', dir]);
    expect(b.code, b.stderr).toBe(0);
    const texts = paragraphs(docxParts(readFileSync(join(dir, 'stp.docx')))['word/document.xml']!).map((p) => p.text);
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
