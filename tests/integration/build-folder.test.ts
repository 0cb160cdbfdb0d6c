import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectTemp, ROOT, runCli, STACK_LINE } from '../helpers/cli.js';

/** A folder of plans: copies of the Ninh Bình example under other names (their words unchanged), and one broken file. */
function folderOfPlans(n: number): string {
  const dir = projectTemp('build-folder-');
  const plans = join(dir, 'ke-hoach');
  mkdirSync(plans);
  copyFileSync(join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml'), join(plans, 'ninh-binh-2024.agencies.yaml'));
  const text = readFileSync(join(ROOT, 'plans', 'ninh-binh-2024.yaml'), 'utf8');
  for (let i = 1; i <= n; i++) writeFileSync(join(plans, `kh-${String(i).padStart(2, '0')}.yaml`), text);
  writeFileSync(join(plans, 'kh-hong.yaml'), text.replace('number: 22', 'number: hai mươi hai'));
  return dir;
}

const hashes = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => /\.(docx|pdf)$/.test(f)).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

describe('vanban build of a folder', () => {
  it('writes the same bytes on one thread as on two, tells each file in the order given, and keeps going past a broken one', async () => {
    const dir = folderOfPlans(10);
    const a = await runCli(['build', join(dir, 'ke-hoach'), '--out', join(dir, 'mot'), '--format', 'docx,pdf', '--jobs', '1']);
    const b = await runCli(['build', join(dir, 'ke-hoach'), '--out', join(dir, 'hai'), '--format', 'docx,pdf', '--jobs', '2']);
    for (const r of [a, b]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(r.stderr).toContain('kh-hong.yaml');
      expect(r.stderr).toContain('Đã dựng 10 tệp; 1 tệp không dựng được.');
    }
    expect(b.stderr).toContain('(2 luồng)');
    const one = hashes(join(dir, 'mot'));
    expect(Object.keys(one)).toHaveLength(20);
    expect(hashes(join(dir, 'hai'))).toEqual(one);
    // Not a terminal: the lines of each file in the order of the files, whichever thread finished first.
    const wrote = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('Đã ghi')).map((l) => l.replace(/.*[/\\]/, ''));
    expect(wrote(b.stderr)).toEqual(wrote(a.stderr));
    // Within a file, PDF is written before DOCX (inWritingOrder, build.ts).
    expect(wrote(a.stderr).slice(0, 4)).toEqual(['kh-01.pdf', 'kh-01.docx', 'kh-02.pdf', 'kh-02.docx']);
  });

  it('--shard i/n: the parts are disjoint and together are the folder, the same parts on every run', async () => {
    const dir = folderOfPlans(12);
    const parts: string[][] = [];
    for (const i of [1, 2, 3]) {
      const r = await runCli(['build', join(dir, 'ke-hoach'), '--out', join(dir, `phan-${i}`), '--format', 'pdf', '--shard', `${i}/3`]);
      expect(r.stderr).toMatch(new RegExp(`Phần ${i}/3: \\d+ trong 13 tệp`));
      parts.push(readdirSync(join(dir, `phan-${i}`)).filter((f) => f.endsWith('.pdf')));
    }
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    // 12 good plans; the broken one is in some part and builds nothing.
    expect(all.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `kh-${String(i + 1).padStart(2, '0')}.pdf`));
    expect(parts.every((p) => p.length < 12)).toBe(true);
    const again = await runCli(['build', join(dir, 'ke-hoach'), '--out', join(dir, 'lai'), '--format', 'pdf', '--shard', '2/3']);
    expect(again.stderr).toContain('Phần 2/3');
    expect(readdirSync(join(dir, 'lai')).filter((f) => f.endsWith('.pdf')).sort()).toEqual(parts[1]!.sort());

    for (const bad of ['0/3', '4/3', '1/0', 'hai/ba']) {
      const r = await runCli(['build', join(dir, 'ke-hoach'), '--out', join(dir, 'x'), '--shard', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--shard phải có dạng i/n');
    }
  });
});
