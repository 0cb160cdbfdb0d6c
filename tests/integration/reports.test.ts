import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectTemp, ROOT, runCli, STACK_LINE } from '../helpers/cli.js';
import { attr, documentParagraphs, docxParts, paragraphs, tables } from '../helpers/docx.js';
import { convertToPdf, pdfText, sofficeAvailable } from '../helpers/soffice.js';

const SAMPLES = join(ROOT, 'outlines', 'bao-cao-mau');
const OUTLINE = join(ROOT, 'outlines', 'tong-ket-pcmbn-2021-2025.yaml');
const AGENCY_REPORTS = ['cong-an-tinh', 'bo-chi-huy-bo-doi-bien-phong-tinh', 'vien-kiem-sat-nhan-dan-tinh', 'so-lao-dong-thuong-binh-va-xa-hoi'].map((a) => join(SAMPLES, `${a}.yaml`));
const lo = sofficeAvailable();

describe('vanban report new', () => {
  it('writes the nodes the agency must answer, guidance as comments, empty tables of the right shape', async () => {
    const dir = projectTemp('scaffold-');
    const out = join(dir, 'vks.yaml');
    const r = await runCli(['report', 'new', '--outline', OUTLINE, '--agency', 'vien-kiem-sat-nhan-dan-tinh', '--out', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('# a) Thống kê số liệu truy tố tội phạm mua bán người');
    expect(text).toContain('# (**) Lưu ý: Các cơ quan, đơn vị căn cứ chức năng');
    const data = parse(text);
    expect(data.answers['so-lieu-truy-to'].tables['bieu-truy-to']['vu-truy-to']).toEqual({ 2021: null, 2022: null, 2023: null, 2024: null, 2025: null, previous: null });
    // Nodes only the investigating bodies answer are left out for the procuracy.
    expect(data.answers['so-lieu-dieu-tra']).toBeUndefined();
    const v = await runCli(['validate', out, '--format', 'json']);
    expect(v.code).toBe(0);
    const d = JSON.parse(v.stdout) as Array<{ code: string; severity: string }>;
    expect(d.length).toBeGreaterThan(10);
    expect(d.every((x) => x.severity === 'warning' && x.code === 'empty-node')).toBe(true);
    expect((await runCli(['report', 'new', '--outline', OUTLINE, '--agency', 'vien-kiem-sat-nhan-dan-tinh', '--out', out])).code).toBe(2);
  });

  it('adds a planned-vs-achieved table when the plan has measurable targets', async () => {
    const out = join(projectTemp('scaffold-plan-'), 'ca.yaml');
    expect((await runCli(['report', 'new', '--outline', OUTLINE, '--agency', 'cong-an-tinh', '--plan', 'plans/ninh-binh-2024.yaml', '--out', out])).code).toBe(0);
    expect(parse(readFileSync(out, 'utf8')).targets).toEqual({
      'tiep-nhan-to-giac': { achieved: null }, 'giai-quyet-to-giac': { achieved: null }, 'kham-pha-vu-an': { achieved: null },
      'truy-to': { achieved: null }, 'xet-xu': { achieved: null },
    });
  });

  it('refuses an agency the outline does not know', async () => {
    const r = await runCli(['report', 'new', '--outline', OUTLINE, '--agency', 'so-khong-co', '--out', join(tmpdir(), 'x.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('so-khong-co');
  });
});

describe('bad reports', () => {
  const DIR = join(ROOT, 'tests', 'fixtures', 'invalid-reports');
  it.each(readdirSync(DIR).sort())('%s: its code at its line, exit 1, no stack trace', async (name) => {
    const file = join(DIR, name);
    const [, code, line] = /^# expect: (\S+) (\d+)/.exec(readFileSync(file, 'utf8'))!;
    const r = await runCli(['validate', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Array<{ code: string; start: { line: number } }>).map((d) => `${d.code}@${d.start.line}`)).toContain(`${code}@${line}`);
    expect((await runCli(['validate', file])).stderr).not.toMatch(STACK_LINE);
  });
});

describe('sample agency reports (fabricated data)', () => {
  it('validate without errors, and lint lists what is left empty', async () => {
    for (const f of AGENCY_REPORTS) expect((await runCli(['validate', f])).code).toBe(0);
    const lint = await runCli(['lint', AGENCY_REPORTS[2]!, '--format', 'json']);
    expect(lint.code).toBe(0);
    const d = JSON.parse(lint.stdout) as Array<{ code: string; args: Record<string, string> }>;
    expect(d.some((x) => x.code === 'empty-node')).toBe(true);
    // The procuracy filled its prosecution table completely; the tables it left untouched show as gaps.
    expect(d.filter((x) => x.code === 'table-gap' && x.args.table === 'bieu-truy-to')).toEqual([]);
    expect(d.some((x) => x.code === 'table-gap' && x.args.table === 'bieu-to-giac-tin-bao')).toBe(true);
    const gaps = JSON.parse((await runCli(['lint', AGENCY_REPORTS[3]!, '--format', 'json'])).stdout) as Array<{ code: string; args: Record<string, string> }>;
    expect(gaps.find((x) => x.code === 'table-gap' && x.args.table === 'bieu-nan-nhan-trong-nuoc' && x.args.metric === 'nu')?.args.missing).toBe('previous');
  });
});

describe('vanban report merge', () => {
  const dir = projectTemp('merge-');
  const out = join(dir, 'tong-hop.yaml');
  let result: ReturnType<typeof runCli>;
  let merged: Record<string, any>;
  beforeAll(async () => {
    result = await runCli(['report', 'merge', ...AGENCY_REPORTS, '--as', join(SAMPLES, 'gia-lai-tong-hop.meta.yaml'), '--out', out, '--format', 'docx,pdf', '--explain', 'bieu-to-giac-tin-bao.tiep-nhan.2023']);
    merged = parse(readFileSync(out, 'utf8'));
  });

  it('sums every cell exactly', async () => {
    expect(result.code).toBe(0);
    const t = merged.answers['tiep-nhan-to-giac'].tables['bieu-to-giac-tin-bao'];
    expect(t['tiep-nhan']).toEqual({ 2021: 4, 2022: 4, 2023: 8, 2024: 3, 2025: 1, previous: 23 });
    expect(t['da-giai-quyet']).toEqual({ 2021: 4, 2022: 4, 2023: 7, 2024: 3, 2025: 1, previous: 22 });
    expect(merged.answers['so-lieu-dieu-tra'].tables['bieu-dieu-tra']['bi-can-khoi-to']).toEqual({ 2021: 4, 2022: 3, 2023: 7, 2024: 2, 2025: 1, previous: 23 });
    expect(merged.answers['so-lieu-truy-to'].tables['bieu-truy-to']['vu-truy-to'][2022]).toBe(3);
  });

  it('records provenance and explains a cell', async () => {
    expect(merged.provenance['bieu-to-giac-tin-bao.tiep-nhan.2023']).toEqual({ 'cong-an-tinh': 6, 'bo-chi-huy-bo-doi-bien-phong-tinh': 2 });
    expect(result.stdout.trim()).toBe('bieu-to-giac-tin-bao.tiep-nhan.2023 = 8: Công an tỉnh 6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh 2');
  });

  it('lists the agencies that were due and did not report', async () => {
    expect(merged.sources).toEqual(['cong-an-tinh', 'bo-chi-huy-bo-doi-bien-phong-tinh', 'vien-kiem-sat-nhan-dan-tinh', 'so-lao-dong-thuong-binh-va-xa-hoi']);
    expect(merged.missing).toEqual(['so-tu-phap', 'so-ngoai-vu', 'toa-an-nhan-dan-tinh', 'ubnd-huyen-chu-puh']);
  });

  it('flags the same case reported twice and a breakdown that disagrees with its total', async () => {
    expect(merged.conflicts).toHaveLength(2);
    expect(merged.conflicts[0]).toContain('"15/QĐ-CSHS" được cả Công an tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
    expect(merged.conflicts[1]).toContain('bieu-nan-nhan-trong-nuoc.nan-nhan.2023: nu + nam = 4 ≠ 5');
    // The duplicate row is kept once.
    expect(merged.answers['tom-tat-vu-an'].lists['ds-vu-an-dieu-tra']).toHaveLength(2);
  });

  it('gathers narratives per agency', async () => {
    expect(Object.keys(merged.answers['tom-tat-vu-an'].by_agency)).toEqual(['cong-an-tinh', 'bo-chi-huy-bo-doi-bien-phong-tinh']);
  });

  it('renders a Báo cáo: header, "Số: …/BC-…", Kính gửi, numbering, computed tables, Nơi nhận, signature, page numbers', async () => {
    const parts = docxParts(readFileSync(join(dir, 'tong-hop.docx')));
    const xml = parts['word/document.xml']!;
    const all = documentParagraphs(parts).map((p) => p.text);
    expect(all).toContain('Số: 1234/BC-UBND');
    expect(all).toContain('Gia Lai, ngày 30 tháng 6 năm 2025');
    expect(all).toContain('BÁO CÁO');
    expect(all).toContain('Kính gửi: Ban Chỉ đạo phòng, chống tội phạm của Chính phủ');
    expect(all).toContain('1. Công tác tiếp nhận tố giác, tin báo về tội phạm và kiến nghị khởi tố về mua bán người');
    expect(all).toContain('Các cơ quan, đơn vị chưa gửi báo cáo: Sở Tư pháp, Sở Ngoại vụ, Tòa án nhân dân tỉnh, UBND huyện Chư Pưh./.');
    const stats = tables(xml).find((t) => t.includes('Số tố giác, tin báo'))!;
    expect(stats).toContain('<w:tblHeader/>');
    const cells = paragraphs(stats).map((p) => p.text);
    const row = cells.indexOf('Số tố giác, tin báo, kiến nghị khởi tố tiếp nhận (tin)');
    expect(cells.slice(row, row + 9)).toEqual(['Số tố giác, tin báo, kiến nghị khởi tố tiếp nhận (tin)', '4', '4', '8', '3', '1', '20', '23', '-3 (-13%)']);
    expect(all).toContain('- Lưu: VT, NC.');
    expect(all).toContain('Nguyễn Văn Mẫu');
    const sect = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(xml)![0];
    expect(sect).toContain('<w:titlePg/>');
    expect(attr(sect, 'w:pgSz', 'w:w')).toBe('11906');
  });

  it.skipIf(!lo)('opens in LibreOffice with its tables', () => {
    const text = pdfText(convertToPdf(join(dir, 'tong-hop.docx')), ['-layout']);
    expect(text).toContain('BÁO CÁO');
    // One table row, read across: the label's first line, then the computed cells.
    expect(text).toMatch(/Số tố giác, tin báo,[^\n]*\s4\s+4\s+8\s+3\s+1\s+20\s+23\s+-3 \(-13%\)/);
  });
});

describe('targets in a report', () => {
  it('shows each measurable target of the plan as achieved or not, computed from the figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-targets-'));
    expect((await runCli(['build', 'tests/fixtures/reports/targets.yaml', '--out', dir])).code).toBe(0);
    const xml = docxParts(readFileSync(join(dir, 'targets.docx')))['word/document.xml']!;
    const cells = paragraphs(tables(xml).find((t) => t.includes('Kế hoạch'))!).map((p) => p.text);
    const row = (label: string) => cells.slice(cells.indexOf(label), cells.indexOf(label) + 4);
    expect(row('tỷ lệ tố giác, tin báo được tiếp nhận, phân loại, xử lý')).toEqual(['tỷ lệ tố giác, tin báo được tiếp nhận, phân loại, xử lý', '= 100%', '100%', 'Đạt']);
    expect(row('tỷ lệ giải quyết tố giác, tin báo')).toEqual(['tỷ lệ giải quyết tố giác, tin báo', '> 90%', '85%', 'Không đạt']);
    expect(row('tỷ lệ điều tra, khám phá trên tổng số án khởi tố')).toEqual(['tỷ lệ điều tra, khám phá trên tổng số án khởi tố', '> 90%', '92,5%', 'Đạt']);
    expect(row('tỷ lệ vụ án được giải quyết, xét xử')).toEqual(['tỷ lệ vụ án được giải quyết, xét xử', '≥ 90%', '', 'Chưa có số liệu']);
  });
});

describe('a report whose content ends with a list', () => {
  const build = async () => {
    const dir = projectTemp('list-end-');
    const sample = readFileSync(join(SAMPLES, 'bo-chi-huy-bo-doi-bien-phong-tinh.yaml'), 'utf8')
      .replace('outline: ../tong-ket-pcmbn-2021-2025.yaml', `outline: "${OUTLINE}"`)
      .replace(', 12/3/2023]', ', 2023-05-10]');
    expect(sample).toContain('2023-05-10');
    writeFileSync(join(dir, 'bc.yaml'), sample);
    const r = await runCli(['build', join(dir, 'bc.yaml'), '--out', dir, '--root', ROOT]);
    expect(r.code, r.stderr).toBe(0);
    return docxParts(readFileSync(join(dir, 'bc.docx')))['word/document.xml']!;
  };

  it('ends with "./." below the table, not on the caption above it; the table keeps its borders (a paragraph parts it from the closing table)', async () => {
    const xml = await build();
    const caption = paragraphs(xml).find((p) => p.text.startsWith('Vụ án mua bán người trong kỳ báo cáo'))!;
    expect(caption.text).toBe('Vụ án mua bán người trong kỳ báo cáo');
    // Between the list's table and the closing table stands the end mark's paragraph.
    const between = /Ngày văn bản[\s\S]*?<\/w:tbl>([\s\S]*?)<w:tbl>/.exec(xml)![1]!;
    expect(paragraphs(between).map((p) => p.text)).toEqual(['./.']);
    const list = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?Tóm tắt vụ án/.exec(xml)![0];
    expect(list).toContain('<w:insideH w:val="single"');
  });

  it('prints a date written 2023-05-10 as 10/5/2023', async () => {
    const xml = await build();
    const list = tables(xml).find((t) => t.includes('Ngày văn bản'))!;
    expect(paragraphs(list).map((p) => p.text)).toContain('10/5/2023');
    expect(xml).not.toContain('2023-05-10');
  });
});
