import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectTemp, runCli, STACK_LINE } from '../helpers/cli.js';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));

describe('vanban init', () => {
  it('writes a plan and a registry that validate and build, and never overwrites them', async () => {
    const dir = tmp('vanban-init-');
    const first = await runCli(['init', 'ke-hoach-moi'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, 'ke-hoach-moi.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*plan\.schema\.json$/m);
    expect((await runCli(['validate', 'ke-hoach-moi.yaml'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['build', 'ke-hoach-moi.yaml', '--out', 'out'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'ke-hoach-moi.yaml'), 'edited by hand\n');
    const again = await runCli(['init', 'ke-hoach-moi'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Không ghi đè');
    expect(readFileSync(join(dir, 'ke-hoach-moi.yaml'), 'utf8')).toBe('edited by hand\n');
  });
});

describe('vanban build output files', () => {
  it('replaces its own output, refuses a file someone edited, and replaces it with --force', async () => {
    const dir = tmp('vanban-out-');
    expect((await runCli(['build', 'plans/ninh-binh-2024.yaml', '--out', dir])).code).toBe(0);
    expect((await runCli(['build', 'plans/ninh-binh-2024.yaml', '--out', dir])).code).toBe(0);
    // Word writes the user's name into lastModifiedBy when it saves.
    const path = join(dir, 'ninh-binh-2024.docx');
    const files = unzipSync(readFileSync(path));
    files['docProps/core.xml'] = strToU8(new TextDecoder().decode(files['docProps/core.xml']).replace('<cp:lastModifiedBy>vanban<', '<cp:lastModifiedBy>Chuyên viên<'));
    const edited = zipSync(files);
    writeFileSync(path, edited);
    const refused = await runCli(['build', 'plans/ninh-binh-2024.yaml', '--out', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(Buffer.compare(readFileSync(path), Buffer.from(edited))).toBe(0);
    expect((await runCli(['build', 'plans/ninh-binh-2024.yaml', '--out', dir, '--force'])).code).toBe(0);
    expect(Buffer.compare(readFileSync(path), Buffer.from(edited))).not.toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces its own PDF, and refuses a PDF someone else produced', async () => {
    const dir = tmp('vanban-out-pdf-');
    expect((await runCli(['build', 'plans/ninh-binh-2024.yaml', '--out', dir, '--format', 'pdf'])).code).toBe(0);
    expect((await runCli(['build', 'plans/ninh-binh-2024.yaml', '--out', dir, '--format', 'pdf'])).code).toBe(0);
    const path = join(dir, 'ninh-binh-2024.pdf');
    writeFileSync(path, readFileSync(path, 'latin1').replace('/Producer <', '/Producer <FEFF0041>  <'), 'latin1');
    expect((await runCli(['build', 'plans/ninh-binh-2024.yaml', '--out', dir, '--format', 'pdf'])).code).toBe(2);
  });

  it('refuses a file that is not a DOCX at all', async () => {
    const dir = tmp('vanban-out2-');
    writeFileSync(join(dir, 'ninh-binh-2024.docx'), 'not a zip');
    expect((await runCli(['build', 'plans/ninh-binh-2024.yaml', '--out', dir])).code).toBe(2);
    expect(readFileSync(join(dir, 'ninh-binh-2024.docx'), 'utf8')).toBe('not a zip');
  });

  it('a directory builds every plan, decision and report in it and skips agency registries', async () => {
    const dir = tmp('vanban-out3-');
    const r = await runCli(['build', 'plans', '--out', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual(['bao-cao-ldtbxh-59-2010.docx', 'dong-nai-2016-quyet-dinh.docx', 'dong-nai-2016.docx', 'gia-lai-2025.docx', 'ninh-binh-2024.docx']);
  });

  it('an invalid plan writes nothing and exits 1 without a stack trace', async () => {
    const dir = tmp('vanban-out4-');
    const r = await runCli(['build', 'tests/fixtures/invalid/unknown-agency.yaml', '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(dir, 'unknown-agency.docx'))).toBe(false);
  });

  it('an unknown output format is a usage error', async () => {
    const r = await runCli(['build', 'plans', '--format', 'odt', '--out', tmp('vanban-out5-')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('odt');
  });
});

describe('help', () => {
  it('says a command line it cannot take in Vietnamese (English with --lang en), exit 2', async () => {
    const cases: [string[], string][] = [
      [['buidl'], "lỗi: không có lệnh 'buidl'\n(Có phải là build?)"],
      [['build', 'plans', '--bogus'], "lỗi: không có tùy chọn '--bogus'"],
      [['build'], "lỗi: thiếu đối số 'paths'"],
      [['build', 'plans', '--out'], "lỗi: tùy chọn '-o, --out <dir>' thiếu giá trị"],
      [['report', 'new'], "lỗi: thiếu tùy chọn bắt buộc '--agency <id>'"],
      [['subplan', 'a', 'b', 'c'], "lỗi: thừa đối số cho lệnh 'subplan': cần 1, có 3."],
      [['validate', 'x', '--format', 'xml'], "lỗi: tùy chọn '--format <format>' không nhận giá trị 'xml'; chọn một trong: human, json."],
    ];
    for (const [args, said] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(said);
      expect(r.stderr, args.join(' ')).not.toMatch(/error:|Did you mean|Allowed|Expected/);
    }
    const en = await runCli(['buidl', '--lang', 'en']);
    expect(en.stderr).toContain("error: unknown command 'buidl'");
  });

  it('is Vietnamese by default and English with --lang en', async () => {
    const vi = await runCli(['--help']);
    expect(vi.stdout).toContain('Cách dùng: vanban');
    expect(vi.stdout).toContain('kiểm tra tệp kế hoạch');
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: vanban');
    expect(en.stdout).toContain('check plan files');
  });

  it('has no English left in a Vietnamese command help (commander wraps a line after "default:"), and its columns stay aligned', async () => {
    const r = await runCli(['build', '--help']);
    expect(r.stdout).toContain('mặc định');
    expect(r.stdout).not.toMatch(/default:|choices:/);
    // Translated before commander lays out its columns: every description starts in one column.
    const top = (await runCli(['--help'])).stdout.split('\n');
    const column = (term: string) => {
      const line = top.find((l) => l.startsWith(`  ${term}`))!;
      const end = line.indexOf(term) + term.length;
      return end + line.slice(end).search(/\S/);
    };
    expect(column('help [lệnh]')).toBe(column('validate [tùy chọn] <files...>'));
  });
});

describe('--format as a user writes it (issue 26)', () => {
  it('"-f DOCX" is docx; "-f docx pdf" is told to write "--format docx,pdf", exit 2, nothing built', async () => {
    const out = projectTemp('formats-');
    const upper = await runCli(['build', 'plans/ninh-binh-2024.yaml', '--out', out, '-f', 'DOCX']);
    expect(upper.code, upper.stderr).toBe(0);
    expect(upper.stderr).toContain('ninh-binh-2024.docx');
    const apart = await runCli(['build', 'plans/dong-nai-2016.yaml', '--out', out, '-f', 'docx', 'pdf']);
    expect(apart.code).toBe(2);
    expect(apart.stderr.trim()).toBe('"pdf" là một định dạng, không phải tệp để dựng: viết các định dạng liền nhau, cách bằng dấu phẩy — --format docx,pdf');
    expect(existsSync(join(out, 'dong-nai-2016.docx'))).toBe(false);
  });
});

describe('an --agency not in the registry (issue 26)', () => {
  it('subplan, calendar and report new name the plan, not "Đề cương", and offer the id meant', async () => {
    const out = projectTemp('agency-typo-');
    for (const args of [
      ['subplan', 'plans/ninh-binh-2024.yaml', '--agency', 'so-tu-phapp', '--out', out],
      ['calendar', 'plans/ninh-binh-2024.yaml', '--agency', 'so-tu-phapp', '--out', join(out, 'lich.ics')],
      ['report', 'new', '--plan', 'plans/ninh-binh-2024.yaml', '--agency', 'so-tu-phapp', '--out', join(out, 'bc.yaml')],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim(), args.join(' ')).toBe('plans/ninh-binh-2024.yaml: không có cơ quan "so-tu-phapp" trong danh mục; có phải "so-tu-phap"?');
    }
  });
});
