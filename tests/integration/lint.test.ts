import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectTemp, ROOT, runCli } from '../helpers/cli.js';

type Found = { code: string; severity: string; file: string; start: { line: number }; args: Record<string, string> };
const VALID = join(ROOT, 'tests', 'fixtures', 'valid');

/** The minimal plan with the slips people make typing one (made up, for the test). */
function sloppy(dir: string): string {
  const file = join(dir, 'ke-hoach.yaml');
  writeFileSync(file, readFileSync(join(VALID, 'minimal.yaml'), 'utf8')
    .replace('agencies: ../agencies.yaml', `agencies: ${join(VALID, '..', 'agencies.yaml')}`)
    .replace('date: 2026-01-05', 'date: 05/01/2026')
    .replace('text: Mục tiêu thứ nhất.', 'text: Mục tiêu  thứ nhất , gồm "an toàn",rõ ràng.')
    .replace('text: Nhiệm vụ thứ nhất.', `text: ${'Nhiệm vụ thứ nhất.'.normalize('NFD')}`));
  return file;
}

describe('vanban lint (every kind) and --fix', () => {
  it('names each slip where it stands, with a stable code; the examples are clean', async () => {
    const dir = projectTemp('lint-');
    const file = sloppy(dir);
    const r = await runCli(['lint', file, '--format', 'json']);
    const all = JSON.parse(r.stdout) as Found[];
    const found = all.filter((d) => d.severity === 'warning' && d.file === file).map((d) => `${d.code}@${d.start.line}`);
    // The shared test registry holds a group this plan never names.
    expect(all.filter((d) => d.code === 'agency-unused').map((d) => [d.file.endsWith('agencies.yaml'), d.args.id])).toEqual([[true, 'ubnd-cac-huyen-thanh-pho']]);
    expect(found).toEqual([
      'text-not-nfc@24', 'date-not-iso@11',
      'double-space@19', 'space-before-punctuation@19', 'straight-quotes@19', 'no-space-after-punctuation@19',
    ].sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1])));
    // The date is also a schema error, so lint exits 1 until it is fixed.
    expect(r.code).toBe(1);
    const clean = await runCli(['lint', join(ROOT, 'plans'), join(ROOT, 'outlines'), '--format', 'json']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual([]);
  });

  it('says a comma probably split a name in [ … ], and a percentage above 100 %; neither is fixed for the author', async () => {
    const dir = projectTemp('lint-flow-');
    const file = join(dir, 'ke-hoach.yaml');
    writeFileSync(file, readFileSync(join(VALID, 'steps-and-targets.yaml'), 'utf8')
      .replace(/agencies: \.\.\/agencies\.yaml/, `agencies: ${join(VALID, '..', 'agencies.yaml')}`)
      .replace(/recipients:[\s\S]*?\narchive:/, 'recipients: [Các sở, ngành, UBND các huyện]\narchive:')
      .replace(/value: (\d+)\n(\s+)unit: "%"/, 'value: 1000\n$2unit: "%"'));
    const r = await runCli(['lint', file, '--fix', '--format', 'json']);
    const found = (JSON.parse(r.stdout) as Found[]).filter((d) => d.severity === 'warning').map((d) => d.code);
    expect(found).toContain('flow-item-split');
    expect(found).toContain('percent-over-100');
    expect(readFileSync(file, 'utf8')).toContain('recipients: [Các sở, ngành, UBND các huyện]');
  });

  it('--fix rewrites only the words, then the file lints clean and validates', async () => {
    const dir = projectTemp('lint-fix-');
    const file = sloppy(dir);
    const r = await runCli(['lint', file, '--fix', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Đã sửa');
    expect((JSON.parse(r.stdout) as Found[]).filter((d) => d.file === file)).toEqual([]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('date: 2026-01-05');
    expect(text).toContain('text: Mục tiêu thứ nhất, gồm “an toàn”, rõ ràng.');
    expect(text).toContain('text: Nhiệm vụ thứ nhất.');
    expect(text.normalize('NFC')).toBe(text);
    // The comment on the first line is kept.
    expect(text.split('\n')[0]).toBe('# Dữ liệu mẫu để kiểm thử (bịa ra): kế hoạch hợp lệ tối thiểu');
    expect((await runCli(['validate', file, '--root', ROOT])).code).toBe(0);
  });
});
