import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE } from '../helpers/cli.js';

describe('fonts on the command line', () => {
  it('`vanban fonts` names the family, why, and the four files', () => {
    const r = runCli(['fonts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Họ phông: (Times New Roman|Liberation Serif|Tinos)$/m);
    for (const style of ['regular', 'bold', 'italic', 'boldItalic']) expect(r.stdout).toMatch(new RegExp(`^  ${style}\\s+\\S+\\.ttf$`, 'm'));
  });

  it('a folder without the four styles is a clear error, exit 2', () => {
    const out = mkdtempSync(join(tmpdir(), 'vanban-fonts-out-'));
    const r = runCli(['build', 'plans/ninh-binh-2024.yaml', '--format', 'pdf', '--out', out, '--font-dir', join(tmpdir(), 'no-such-font-folder')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm được phông chữ');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('files named like fonts that are not TrueType are refused by name, exit 2, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-fonts-bad-'));
    for (const f of ['times.ttf', 'timesbd.ttf', 'timesi.ttf', 'timesbi.ttf']) writeFileSync(join(dir, f), 'OTTO: not a TrueType font at all');
    const out = mkdtempSync(join(tmpdir(), 'vanban-fonts-out-'));
    const r = runCli(['build', 'plans/ninh-binh-2024.yaml', '--format', 'pdf', '--out', out, '--font-dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không tìm được phông chữ: .*times\.ttf: không phải phông TrueType/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
