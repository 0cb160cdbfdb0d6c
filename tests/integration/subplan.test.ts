import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../helpers/build.js';
import { projectTemp, runCli, STACK_LINE } from '../helpers/cli.js';
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
