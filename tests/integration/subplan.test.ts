import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nodeWorld } from '../../src/env/world.js';
import { resolvePlan } from '../../src/plan/resolve.js';
import { deriveSubplan, subplanAgencies, verifyCoverage } from '../../src/plan/subplan.js';
import { checkPlan } from '../../src/validate/check-plan.js';
import { PLANS } from '../helpers/build.js';
import { projectTemp, ROOT, runCli, STACK_LINE } from '../helpers/cli.js';
import { docxParts, paragraphs } from '../helpers/docx.js';

type Task = { id: string; lead: string[]; support?: string[]; form?: string; derived_from: string; source: string };
type Sub = { issuing_agency: string; document: { issuer: string; parent_body: string }; basis: { documents: Array<{ number: string }> }; sections: Array<{ id: string; tasks: Task[] }> };

describe('vanban subplan (seed 001, Sở Tư pháp)', () => {
  it('derives the tasks it leads and those it supports — named, or through "các sở, ngành (thành viên)" — each keeping its parent id and source, and builds', async () => {
    const out = projectTemp('subplan-');
    const r = await runCli(['subplan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', out, '--format', 'docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('7 nhiệm vụ chủ trì, 5 nhiệm vụ phối hợp');
    const sub = parse(readFileSync(join(out, 'ninh-binh-2024-so-tu-phap.yaml'), 'utf8')) as Sub;
    expect(sub.issuing_agency).toBe('so-tu-phap');
    expect(sub.document).toMatchObject({ issuer: 'SỞ TƯ PHÁP', parent_body: 'UBND TỈNH NINH BÌNH' });
    expect(sub.basis.documents[0]!.number).toBe('22/KH-BCĐ');
    expect((sub as unknown as { signature: { title: string } }).signature.title).toBe('GIÁM ĐỐC');
    const [lead, support] = sub.sections;
    // Checked by hand against tests/fixtures/seeds/001-…: the seed's lines 27, 33, 39, 43, 57, 91, 95 give it
    // (or a group it is in) the task to carry out; lines 31, 41, 59, 73, 93 to support another's lead.
    expect(lead!.tasks.map((t) => t.id)).toEqual([
      'thuc-hien-ke-hoach-45', 'tap-huan-boi-duong', 'truyen-thong-doi-tuong-noi-dung', 'san-pham-truyen-thong',
      'long-ghep-phat-trien-kinh-te-xa-hoi', 'quy-che-phoi-hop-tiep-nhan', 'tro-giup-phap-ly',
    ]);
    expect(support!.tasks.map((t) => t.id)).toEqual([
      'ngay-toan-dan-va-che-do-bao-cao', 'truyen-thong-ngay-30-7', 'phong-trao-toan-dan', 'bo-cong-cu-sang-loc', 'ra-soat-de-xuat-sua-doi',
    ]);
    for (const t of [...lead!.tasks, ...support!.tasks]) {
      expect(t.derived_from).toBe(t.id);
      expect(t.lead).toEqual(['so-tu-phap']);
      expect(t.source).toMatch(/^mục [IVX]+(\.\d+)+ Kế hoạch số 22\/KH-BCĐ$/);
    }
    expect(lead!.tasks.find((t) => t.id === 'tro-giup-phap-ly')!.source).toBe('mục II.4 Kế hoạch số 22/KH-BCĐ');
    // As partner: "Sở Tư pháp phối hợp với Công an tỉnh thực hiện".
    expect(support!.tasks[0]).toMatchObject({ form: 'coordinate', support: ['cong-an-tinh'] });
    const xml = docxParts(readFileSync(join(out, 'ninh-binh-2024-so-tu-phap.docx')))['word/document.xml']!;
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts).toContain('SỞ TƯ PHÁP');
    expect(texts.some((t) => t.includes('(Sở Tư pháp phối hợp với Công an tỉnh thực hiện; mục II.'))).toBe(true);
  });

  it('keeps what the agency edited: a second run refuses to overwrite without --force', async () => {
    const out = projectTemp('subplan-again-');
    expect((await runCli(['subplan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', out])).code).toBe(0);
    const again = await runCli(['subplan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
  });

  it('names, with their lines, the assignments written only in words, and refuses an agency given nothing', async () => {
    const r = await runCli(['subplan', PLANS.giaLai, '--agency', 'cong-an-tinh', '--out', projectTemp('subplan-words-')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/gia-lai-2025\.yaml:146:15 cảnh báo \[subplan-unassigned\] "giao-cong-an-tinh"/);
    expect(r.stderr).toContain('không giao nhiệm vụ nào cho "cong-an-tinh"');
    expect(r.stderr).not.toMatch(STACK_LINE);
    const unknown = await runCli(['subplan', PLANS.ninhBinh, '--agency', 'so-khong-co', '--out', projectTemp('subplan-x-')]);
    expect(unknown.code).toBe(1);
  });
});

describe('vanban subplan --check', () => {
  it('names exactly what the parent changed for the agency since derivation, and exits 1; 0 when nothing did', async () => {
    const project = projectTemp('subplan-check-');
    mkdirSync(join(project, '.git'));
    mkdirSync(join(project, 'plans'));
    for (const f of ['ninh-binh-2024.yaml', 'ninh-binh-2024.agencies.yaml']) copyFileSync(join(ROOT, 'plans', f), join(project, 'plans', f));
    const parent = join(project, 'plans', 'ninh-binh-2024.yaml');
    expect((await runCli(['subplan', parent, '--agency', 'so-tu-phap', '--out', join(project, 'sub')])).code).toBe(0);
    const sub = join(project, 'sub', 'ninh-binh-2024-so-tu-phap.yaml');
    const current = await runCli(['subplan', '--check', sub]);
    expect(current.code).toBe(0);
    expect(current.stdout).toBe('');
    // Upstream: one task reworded, one given away, one dated, one new task for "các sở, ngành".
    const edited = readFileSync(parent, 'utf8')
      .replace('Tổ chức tập huấn, bồi dưỡng pháp luật', 'Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật')
      .replace(/(id: tro-giup-phap-ly[\s\S]*?)lead: \[so-tu-phap\]/, '$1lead: [cong-an-tinh]')
      .replace(/(id: tro-giup-phap-ly[\s\S]*?)support: \[cac-so-nganh, ubnd-cac-huyen-thanh-pho\]/, '$1support: [ubnd-cac-huyen-thanh-pho]')
      .replace(/(id: bo-cong-cu-sang-loc[\s\S]*?support: \[cac-so-nganh, ubnd-cac-huyen-thanh-pho\])/, '$1\n            deadline: 2024-06-30')
      .replace('          - id: tro-giup-phap-ly', '          - id: nhiem-vu-moi\n            text: Rà soát các văn bản mới.\n            performers: [cac-so-nganh]\n          - id: tro-giup-phap-ly');
    writeFileSync(parent, edited);
    const behind = await runCli(['subplan', '--check', sub]);
    expect(behind.code, behind.stderr).toBe(1);
    expect(behind.stderr).toContain('đã thay đổi 4 điểm');
    expect(behind.stdout.trim().split('\n')).toEqual([
      '~ tap-huan-boi-duong: cấp trên đã sửa lời văn',
      '~ bo-cong-cu-sang-loc: cấp trên đã đổi thời hạn (không có → 2024-06-30)',
      '+ nhiem-vu-moi: nhiệm vụ mới giao (cấp trên thêm hoặc mới giao cho cơ quan)',
      '- tro-giup-phap-ly: cấp trên đã bỏ nhiệm vụ, hoặc không còn giao cho cơ quan',
    ]);
  });
});

describe('vanban subplan --all --verify', () => {
  it('derives every agency\'s sub-plan of each example plan and proves they carry each (task, agency, role) once', async () => {
    for (const [plan, count] of [[PLANS.ninhBinh, 13], [PLANS.dongNai, 5]] as const) {
      const out = projectTemp('subplan-all-');
      const r = await runCli(['subplan', plan, '--all', '--verify', '--out', out, '--format', 'docx']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`Đã tạo ${count}/${count} kế hoạch con`);
      expect(r.stderr).toMatch(/Đủ: các kế hoạch con mang đúng \d+ cặp/);
      expect(r.stdout).toBe('');
    }
  });

  it('names a pair a sub-plan lost, and one it invented', async () => {
    const checked = await checkPlan(PLANS.ninhBinh, nodeWorld);
    const parent = resolvePlan(checked.plan!);
    const derived = subplanAgencies(parent).map((agency) => ({ agency, tasks: [...deriveSubplan(parent, agency, 'a.yaml', 'p.yaml').tasks] }));
    expect(verifyCoverage(parent, derived)).toEqual({ missing: [], invented: [], twice: [] });
    const tuPhap = derived.find((d) => d.agency === 'so-tu-phap')!;
    const lost = tuPhap.tasks.findIndex((t) => t.task.id === 'tro-giup-phap-ly');
    const [removed] = tuPhap.tasks.splice(lost, 1);
    tuPhap.tasks.push({ ...removed!, task: { ...removed!.task, id: 'bo-cong-cu-sang-loc' }, role: 'lead' });
    const { missing, invented } = verifyCoverage(parent, derived);
    expect(missing).toEqual([{ task: 'tro-giup-phap-ly', agency: 'so-tu-phap', role: 'lead' }]);
    expect(invented).toEqual([{ task: 'bo-cong-cu-sang-loc', agency: 'so-tu-phap', role: 'lead' }]);
  });
});
