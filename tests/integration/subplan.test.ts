import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
type Sub = { issuing_agency: string; document: { issuer: string; parent_body: string; issuer_code?: string; place?: string }; basis: { documents: Array<{ number: string }> }; sections: Array<{ id: string; tasks: Task[] }> };

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

  it('derives again over an untouched sub-plan, and keeps one the agency edited unless --force', async () => {
    const out = projectTemp('subplan-again-');
    expect((await runCli(['subplan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', out])).code).toBe(0);
    const path = join(out, 'ninh-binh-2024-so-tu-phap.yaml');
    expect((await runCli(['subplan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', out])).code).toBe(0);
    writeFileSync(path, readFileSync(path, 'utf8').replace('(Họ và tên người ký)', 'Nguyễn Văn A'));
    const again = await runCli(['subplan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(path, 'utf8')).toContain('Nguyễn Văn A');
    expect((await runCli(['subplan', PLANS.ninhBinh, '--agency', 'so-tu-phap', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(path, 'utf8')).not.toContain('Nguyễn Văn A');
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

  it('refuses, before writing anything, an --out in a project that does not hold the agency registry (the sub-plans could not be built)', async () => {
    const other = projectTemp('subplan-elsewhere-');
    mkdirSync(join(other, '.git'));
    const out = join(other, 'ke-hoach-con');
    for (const args of [['--agency', 'so-tu-phap'], ['--all']]) {
      const r = await runCli(['subplan', PLANS.ninhBinh, ...args, '--out', out, '--format', 'docx']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/thuộc dự án .*subplan-elsewhere-[^,]*, không chứa .*ninh-binh-2024\.agencies\.yaml/);
      expect(r.stderr).toContain('chưa ghi tệp nào');
      expect(existsSync(out)).toBe(false);
    }
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
    for (const [plan, count] of [[PLANS.ninhBinh, 21], [PLANS.dongNai, 5]] as const) {
      const out = projectTemp('subplan-all-');
      const r = await runCli(['subplan', plan, '--all', '--verify', '--out', out, '--format', 'docx']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`Đã tạo ${count}/${count} kế hoạch con`);
      expect(r.stderr).toMatch(/Đủ: các kế hoạch con mang đúng \d+ cặp/);
      expect(r.stdout).toBe('');
    }
  });

  it('writes the same bytes on one thread as on two, tells each agency in order, and keeps going past one that fails', async () => {
    const one = projectTemp('subplan-jobs1-');
    const two = projectTemp('subplan-jobs2-');
    const a = await runCli(['subplan', PLANS.dongNai, '--all', '--out', one, '--format', 'docx,pdf', '--jobs', '1']);
    const b = await runCli(['subplan', PLANS.dongNai, '--all', '--out', two, '--format', 'docx,pdf', '--jobs', '2']);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toContain('(2 luồng)');
    const files = readdirSync(one).filter((f) => !f.startsWith('schemas')).sort();
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(5);
    expect(readdirSync(two).filter((f) => !f.startsWith('schemas')).sort()).toEqual(files);
    for (const f of files) expect(createHash('sha256').update(readFileSync(join(two, f))).digest('hex'), f).toBe(createHash('sha256').update(readFileSync(join(one, f))).digest('hex'));
    // Not a terminal: one plain line an agency, in the registry's order, whichever thread finished first.
    const told = (stderr: string) => stderr.split('\n').filter((l) => /^\[\d+\/5\] /.test(l));
    expect(told(b.stderr)).toEqual(told(a.stderr));
    expect(told(a.stderr).map((l) => l.slice(0, 6))).toEqual(['[1/5] ', '[2/5] ', '[3/5] ', '[4/5] ', '[5/5] ']);
    expect(told(a.stderr)[0]).toMatch(/^\[1\/5\] [a-z0-9-]+: \d+ chủ trì, \d+ phối hợp, 2 văn bản$/);

    // The manifest knows every document: an untouched folder is derived again without --force…
    expect((await runCli(['subplan', PLANS.dongNai, '--all', '--out', two, '--format', 'docx,pdf', '--jobs', '2'])).code).toBe(0);
    // …and an agency's edited sub-plan is kept, said, and does not stop the others.
    const edited = files.find((f) => f.endsWith('.yaml'))!;
    writeFileSync(join(two, edited), readFileSync(join(two, edited), 'utf8') + '# sửa\n');
    const c = await runCli(['subplan', PLANS.dongNai, '--all', '--out', two, '--format', 'docx,pdf', '--jobs', '2']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('Đã tạo 4/5 kế hoạch con, 8 văn bản');
    expect(c.stderr).toContain(edited);
    expect(readFileSync(join(two, edited), 'utf8')).toContain('# sửa');
    expect(c.stderr).not.toMatch(STACK_LINE);

    const bad = await runCli(['subplan', PLANS.dongNai, '--all', '--out', two, '--jobs', 'nhiều']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--jobs');
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

describe('registry: communes, and the body an agency answers to', () => {
  const registry = (parentOfSo: string) => [
    'kind: agencies', 'agencies:',
    '  - { id: ubnd-tinh, name: Ủy ban nhân dân tỉnh Mẫu, short: UBND tỉnh, kind: issuer }',
    `  - { id: so-mau, name: Sở Mẫu, kind: member, parent: ${parentOfSo} }`,
    '  - { id: ubnd-huyen-a, name: Ủy ban nhân dân huyện A, short: UBND huyện A, kind: district }',
    '  - { id: ubnd-xa-b, name: Ủy ban nhân dân xã B, short: UBND xã B, kind: commune }',
    '  - { id: ubnd-cac-xa, name: Ủy ban nhân dân các xã, short: UBND các xã, kind: group, includes: [commune] }',
    '',
  ].join('\n');
  const plan = [
    'kind: plan', 'agencies: tinh.agencies.yaml',
    'document: { type: KH, issuer: ỦY BAN NHÂN DÂN TỈNH MẪU, issuer_code: UBND, number: 1, place: Mẫu, date: 2025-01-10, subject: Thực hiện việc mẫu (dữ liệu bịa để kiểm thử) }',
    'basis: { layout: inline, documents: [{ relation: implementing, type: KH, number: 1/KH-X, date: 2024-12-01, issuer: Cơ quan X, about: về việc mẫu }], conclusion: "UBND tỉnh ban hành Kế hoạch như sau:" }',
    'sections:',
    '  - { id: nv, title: NHIỆM VỤ, role: tasks, tasks: [{ id: viec-1, text: Làm việc mẫu., lead: [so-mau], support: [ubnd-cac-xa] }] }',
    'recipients: [Như trên]', 'archive: [VT]', 'signature: { collective: ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: Người Mẫu }', '',
  ].join('\n');

  it('gives a Sở the line of its parent body, a commune none, and says where a parent is unknown', async () => {
    const dir = projectTemp('subplan-parent-');
    writeFileSync(join(dir, 'tinh.agencies.yaml'), registry('ubnd-tinh'));
    writeFileSync(join(dir, 'tinh.yaml'), plan);
    const r = await runCli(['subplan', join(dir, 'tinh.yaml'), '--all', '--verify', '--out', join(dir, 'sub'), '--format', '']);
    expect(r.code, r.stderr).toBe(0);
    const so = parse(readFileSync(join(dir, 'sub', 'tinh-so-mau.yaml'), 'utf8')) as Sub;
    expect(so.document.parent_body).toBe('ỦY BAN NHÂN DÂN TỈNH MẪU');
    const xa = parse(readFileSync(join(dir, 'sub', 'tinh-ubnd-xa-b.yaml'), 'utf8')) as Sub;
    expect(xa.document.parent_body).toBeUndefined();
    expect(xa.document.issuer).toBe('ỦY BAN NHÂN DÂN XÃ B');
    // A UBND signs "…/KH-UBND" and dates from its own locality; a Sở keeps its initials and the parent's place.
    expect(xa.document).toMatchObject({ issuer_code: 'UBND', place: 'B' });
    expect(so.document).toMatchObject({ issuer_code: 'SM', place: 'Mẫu' });
    expect(xa.sections.map((s) => s.id)).toEqual(['nhiem-vu-phoi-hop']);

    writeFileSync(join(dir, 'tinh.agencies.yaml'), registry('ubnd-tnh'));
    const bad = await runCli(['validate', join(dir, 'tinh.agencies.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/tinh\.agencies\.yaml:4:\d+ lỗi \[unknown-agency\] .*ubnd-tnh/);
    expect(bad.stderr).toContain('ubnd-tinh');
  });
});
