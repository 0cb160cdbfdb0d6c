import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, STACK_LINE } from '../helpers/cli.js';

describe('fonts on the command line', () => {
  it('`vanban fonts` names the family, why, and the four files', async () => {
    const r = await runCli(['fonts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Họ phông: (Times New Roman|Liberation Serif|Tinos)$/m);
    for (const style of ['regular', 'bold', 'italic', 'boldItalic']) expect(r.stdout).toMatch(new RegExp(`^  ${style}\\s+\\S+\\.ttf$`, 'm'));
  });

  it('a folder without the four styles is a clear error, exit 2', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vanban-fonts-out-'));
    const r = await runCli(['build', 'plans/ninh-binh-2024.yaml', '--format', 'pdf', '--out', out, '--font-dir', join(tmpdir(), 'no-such-font-folder')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm được phông chữ');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('files named like fonts that are not TrueType are refused by name, exit 2, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-fonts-bad-'));
    for (const f of ['times.ttf', 'timesbd.ttf', 'timesi.ttf', 'timesbi.ttf']) writeFileSync(join(dir, f), 'OTTO: not a TrueType font at all');
    const out = mkdtempSync(join(tmpdir(), 'vanban-fonts-out-'));
    const r = await runCli(['build', 'plans/ninh-binh-2024.yaml', '--format', 'pdf', '--out', out, '--font-dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không tìm được phông chữ: .*times\.ttf: không phải phông TrueType/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('characters the font lacks', () => {
  it('are named in a warning (the PDF would show empty boxes), and the build still succeeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-glyphs-'));
    const plan = readFileSync(join(ROOT, 'plans', 'ninh-binh-2024.yaml'), 'utf8');
    expect(plan).toContain('Thực hiện nghiêm');
    // Two CJK characters and a chess king: none is in Times New Roman, Liberation Serif or Tinos.
    writeFileSync(join(dir, 'ninh-binh-2024.yaml'), plan.replace('Thực hiện nghiêm', 'Thực hiện 中文 ♔ nghiêm'));
    copyFileSync(join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml'), join(dir, 'ninh-binh-2024.agencies.yaml'));
    const r = await runCli(['build', join(dir, 'ninh-binh-2024.yaml'), '--format', 'pdf,docx', '--out', join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('Cảnh báo'));
    expect(warnings).toHaveLength(1); // once, for the regular style; the DOCX needs no such warning
    expect(warnings[0]).toMatch(/ninh-binh-2024\.pdf: phông .* regular không có chữ cho «中文♔»/);
  });
});
