import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectTemp, ROOT, runCli } from '../helpers/cli.js';

type Found = { code: string; severity: string; file: string; start: { line: number }; message: string };

/** The minimal valid plan (made-up test data) and one edit that makes or avoids each slip. */
const BASE = readFileSync(join(ROOT, 'tests', 'fixtures', 'valid', 'minimal.yaml'), 'utf8');
const edit = (from: string, to: string) => (s: string) => {
  expect(s).toContain(from);
  return s.replace(from, to);
};
const BASIS = (a: string, b: string) => edit('sections:\n', `basis:\n  documents:\n    - text: ${a}\n    - text: ${b}\nsections:\n`);

interface Rule {
  readonly code: string;
  readonly bad: (s: string) => string;
  readonly good: (s: string) => string;
  /** --fix makes the bad file pass this rule, and the file validates. */
  readonly fixable: boolean;
}

const RULES: Rule[] = [
  { code: 'text-not-nfc', bad: edit('Mục tiêu thứ nhất.', 'Mục tiêu thứ nhất.'.normalize('NFD')), good: (s) => s, fixable: true },
  { code: 'date-not-iso', bad: edit('deadline: 2026-06-30', 'deadline: 30/6/2026'), good: (s) => s, fixable: true },
  { code: 'double-space', bad: edit('Mục tiêu thứ nhất.', 'Mục tiêu  thứ nhất.'), good: (s) => s, fixable: true },
  { code: 'space-before-punctuation', bad: edit('Mục tiêu thứ nhất.', 'Mục tiêu thứ nhất , rõ ràng.'), good: edit('Mục tiêu thứ nhất.', 'Mục tiêu thứ nhất, rõ ràng.'), fixable: true },
  { code: 'no-space-after-punctuation', bad: edit('Mục tiêu thứ nhất.', 'Mục tiêu thứ nhất,rõ ràng.'), good: edit('Mục tiêu thứ nhất.', 'Mục tiêu thứ nhất, rõ ràng.'), fixable: true },
  { code: 'straight-quotes', bad: edit('Mục tiêu thứ nhất.', 'Mục tiêu "an toàn".'), good: edit('Mục tiêu thứ nhất.', 'Mục tiêu “an toàn”.'), fixable: true },
  { code: 'legacy-encoding', bad: edit('Mục tiêu thứ nhất.', 'Môc tiªu thø nhÊt.'), good: (s) => s, fixable: true },
  { code: 'flow-item-split', bad: edit('recipients:\n  - Các sở, ngành\n', 'recipients: [Các sở, ngành]\n'), good: edit('recipients:\n  - Các sở, ngành\n', 'recipients: ["Các sở, ngành"]\n'), fixable: false },
  { code: 'percent-over-100', bad: edit('        text: Mục tiêu thứ nhất.\n', '        text: Mục tiêu thứ nhất {target:t}.\n        targets:\n          - { id: t, text: đạt 1000%, value: 1000, unit: "%" }\n'), good: edit('        text: Mục tiêu thứ nhất.\n', '        text: Mục tiêu thứ nhất {target:t}.\n        targets:\n          - { id: t, text: đạt 100%, value: 100, unit: "%" }\n'), fixable: false },
  { code: 'number-unpadded', bad: BASIS('Căn cứ Kế hoạch số 5/KH-UBND;', 'Căn cứ tình hình thực tế.'), good: BASIS('Căn cứ Kế hoạch số 05/KH-UBND;', 'Căn cứ tình hình thực tế.'), fixable: true },
  { code: 'ky-hieu-spacing', bad: edit('issuer_code: UBND', 'issuer_code: U BND'), good: (s) => s, fixable: true },
  { code: 'issuer-code-mismatch', bad: edit('issuer_code: UBND', 'issuer_code: UBT'), good: (s) => s, fixable: false },
  // A name that starts with its own abbreviation, as every Ban Chỉ đạo's does (issue 26: it was warned on each).
  { code: 'issuer-code-mismatch', bad: (s) => edit('issuer_code: UBND', 'issuer_code: BCĐ')(s), good: (s) => edit('issuer_code: UBND', 'issuer_code: BCĐ')(edit('issuer: ỦY BAN NHÂN DÂN TỈNH MẪU', 'issuer: BCĐ PHÒNG, CHỐNG TỘI PHẠM TỈNH MẪU')(s)), fixable: false },
  { code: 'basis-punctuation', bad: BASIS('Căn cứ Luật Phòng, chống mua bán người năm 2024.', 'Căn cứ tình hình thực tế;'), good: BASIS('Căn cứ Luật Phòng, chống mua bán người năm 2024;', 'Căn cứ tình hình thực tế.'), fixable: false },
  { code: 'archive-not-vt', bad: edit('archive: [VT]', 'archive: [NC, VT]'), good: edit('archive: [VT]', 'archive: [VT, NC]'), fixable: false },
  { code: 'archive-in-recipients', bad: edit('  - Các sở, ngành\n', '  - Các sở, ngành\n  - "Lưu: VT"\n'), good: (s) => s, fixable: false },
];

async function lintOne(dir: string, name: string, text: string, fix = false): Promise<Found[]> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = await runCli(['lint', file, '--format', 'json', ...(fix ? ['--fix'] : [])]);
  return (JSON.parse(r.stdout) as Found[]).filter((d) => d.file === file);
}

describe('every lint rule, one slip and its correct form', () => {
  for (const rule of RULES) {
    it(`${rule.code}: the slip is found with its line; the correct form is not${rule.fixable ? '; --fix leaves a file that passes and validates' : ''}`, async () => {
      const dir = projectTemp(`lint-${rule.code}-`);
      copyFileSync(join(ROOT, 'tests', 'fixtures', 'agencies.yaml'), join(dir, 'agencies.yaml'));
      const base = BASE.replace('agencies: ../agencies.yaml', 'agencies: agencies.yaml');
      const bad = await lintOne(dir, 'sai.yaml', rule.bad(base));
      const hit = bad.filter((d) => d.code === rule.code);
      expect(hit.length, JSON.stringify(bad.map((d) => d.code))).toBeGreaterThan(0);
      expect(hit[0]!.start.line).toBeGreaterThan(1);
      expect(hit[0]!.message).not.toMatch(/\w…\w/);
      const good = await lintOne(dir, 'dung.yaml', rule.good(base));
      expect(good.map((d) => d.code)).not.toContain(rule.code);
      if (!rule.fixable) return;
      await lintOne(dir, 'sua.yaml', rule.bad(base), true);
      const after = await lintOne(dir, 'sua.yaml', readFileSync(join(dir, 'sua.yaml'), 'utf8'));
      expect(after.map((d) => d.code)).not.toContain(rule.code);
      expect((await runCli(['validate', join(dir, 'sua.yaml')])).code).toBe(0);
    });
  }

  it('agency-unused: an agency of the registry no document names, itself or through a group', async () => {
    const dir = projectTemp('lint-unused-');
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'agencies.yaml'), join(dir, 'agencies.yaml'));
    const base = BASE.replace('agencies: ../agencies.yaml', 'agencies: agencies.yaml');
    writeFileSync(join(dir, 'a.yaml'), base);
    const unused = async (...files: string[]) => ((JSON.parse((await runCli(['lint', ...files.map((f) => join(dir, f)), '--format', 'json'])).stdout) as Array<Found & { args: { id: string } }>)
      .filter((d) => d.code === 'agency-unused').map((d) => d.args.id));
    expect(await unused('a.yaml')).toEqual(['ubnd-cac-huyen-thanh-pho']);
    // Named by another document linted with it: used.
    writeFileSync(join(dir, 'b.yaml'), base.replace('support: [so-tu-phap]', 'support: [so-tu-phap, ubnd-cac-huyen-thanh-pho]'));
    expect(await unused('a.yaml', 'b.yaml')).toEqual([]);
  });

  it('the number in a cited ký hiệu is fixed where it is a field of its own', async () => {
    const dir = projectTemp('lint-cited-');
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'agencies.yaml'), join(dir, 'agencies.yaml'));
    const base = BASE.replace('agencies: ../agencies.yaml', 'agencies: agencies.yaml')
      .replace('sections:\n', 'basis:\n  documents:\n    - { relation: implementing, type: Kế hoạch, number: 5/KH-UBND, date: 2025-12-01, issuer: Ủy ban nhân dân tỉnh, about: về công tác năm 2026 }\nsections:\n');
    const found = await lintOne(dir, 'k.yaml', base, true);
    expect(found.map((d) => d.code)).not.toContain('number-unpadded');
    expect(readFileSync(join(dir, 'k.yaml'), 'utf8')).toContain('number: 05/KH-UBND');
    expect((await runCli(['validate', join(dir, 'k.yaml')])).code).toBe(0);
  });

  it('TCVN3 and VNI (seed 001\'s first paragraph, encoded) convert back to the exact Unicode text', async () => {
    const seed = readFileSync(join(ROOT, 'tests', 'fixtures', 'seeds', '001-ninh-binh-22-kh-bcd-2024.txt'), 'utf8');
    const paragraph = seed.split('\n').find((l) => l.startsWith('Thực hiện Kế hoạch số 19'))!;
    for (const encoding of ['tcvn3', 'vni']) {
      const dir = projectTemp(`lint-${encoding}-`);
      const file = join(dir, 'p.yaml');
      const fixture = readFileSync(join(ROOT, 'tests', 'fixtures', 'lint', `${encoding}-seed-001.yaml`), 'utf8');
      expect(fixture).not.toContain('Thực hiện');
      writeFileSync(file, fixture);
      const r = await runCli(['lint', file, '--format', 'json']);
      expect((JSON.parse(r.stdout) as Found[]).filter((d) => d.code === 'legacy-encoding')).toHaveLength(1);
      await runCli(['lint', file, '--fix', '--format', 'json']);
      const fixed = readFileSync(file, 'utf8');
      expect(fixed.split('\n').at(-2)).toBe(`  conclusion: '${paragraph}'`);
    }
  });

  it('messages are one line each; --verbose adds the source lines', async () => {
    const dir = projectTemp('lint-verbose-');
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'agencies.yaml'), join(dir, 'agencies.yaml'));
    const file = join(dir, 'v.yaml');
    writeFileSync(file, BASE.replace('agencies: ../agencies.yaml', 'agencies: agencies.yaml').replace('Mục tiêu thứ nhất.', 'Mục tiêu  thứ nhất.'));
    const short = await runCli(['lint', file]);
    expect(short.stderr.split('\n').filter((l) => l.includes('[double-space]'))).toHaveLength(1);
    expect(short.stderr).not.toContain('Mục tiêu  thứ nhất.');
    const long = await runCli(['lint', file, '--verbose']);
    expect(long.stderr).toContain('> 19 |');
  });
});
