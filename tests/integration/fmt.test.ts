import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Lexer, parse } from 'yaml';
import { formatYaml } from '../../src/fmt/format-yaml.js';
import { projectTemp, ROOT, runCli } from '../helpers/cli.js';

/** Every YAML file of the repository (not what tests write or the build makes). */
function repositoryYaml(dir = ROOT): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.git', '.tmp', 'out', 'dist'].includes(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...repositoryYaml(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

const comments = (text: string) => [...new Lexer().lex(text)].filter((t) => t.startsWith('#')).map((t) => t.normalize('NFC'));
const nfc = (v: unknown): unknown =>
  typeof v === 'string' ? v.normalize('NFC') : Array.isArray(v) ? v.map(nfc) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k.normalize('NFC'), nfc(x)])) : v;

describe('vanban fmt', () => {
  it('is idempotent on every YAML file in the repository, keeps every comment (same words, same order) and the data', () => {
    const files = repositoryYaml();
    expect(files.length).toBeGreaterThan(60);
    let formatted = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const r = formatYaml(f, text);
      const name = relative(ROOT, f);
      // A file that does not parse is reported, never formatted; none is refused as unsafe.
      expect(r.kind, name).not.toBe('unsafe');
      if (r.kind !== 'formatted') continue;
      formatted++;
      expect(comments(r.text), name).toEqual(comments(text));
      expect(parse(r.text, { maxAliasCount: -1 }), name).toEqual(nfc(parse(text, { maxAliasCount: -1 })));
      const again = formatYaml(f, r.text);
      expect(again.kind === 'formatted' && again.changed, name).toBe(false);
    }
    expect(formatted).toBeGreaterThan(50);
  });

  it('writes keys in schema order, 2-space indentation, quotes only where YAML needs them, NFC; comments stay beside what they described; breaks the author made are kept', async () => {
    const dir = projectTemp('fmt-');
    const file = join(dir, 'ke-hoach.yaml');
    const nfd = 'Tuyên truyền'.normalize('NFD');
    writeFileSync(file, [
      '# Dữ liệu mẫu để kiểm thử (bịa ra)',
      'version: 1',
      'kind: "plan"',
      'sections:',
      '    - title: "MỤC TIÊU"   # tiêu đề',
      '      id: muc-tieu',
      '      tasks:  # các nhiệm vụ',
      '          - lead: [ cong-an-tinh ]',
      '            text: >-',
      `              ${nfd} pháp luật trong cả năm,`,
      '              nhất là ở cơ sở.',
      '            id: "tuyen-truyen"',
      '          - id: hop-tac',
      "            text: 'Hợp tác: quốc tế'",
      '# hết',
      '',
    ].join('\n'));
    const r = await runCli(['fmt', '--check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(file);
    expect(readFileSync(file, 'utf8')).toContain('kind: "plan"');

    expect((await runCli(['fmt', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe([
      '# Dữ liệu mẫu để kiểm thử (bịa ra)',
      'kind: plan',
      'version: 1',
      'sections:',
      '  - id: muc-tieu',
      '    title: MỤC TIÊU # tiêu đề',
      '    tasks: # các nhiệm vụ',
      '      - id: tuyen-truyen',
      '        text: >-',
      '          Tuyên truyền pháp luật trong cả năm,',
      '          nhất là ở cơ sở.',
      '        lead: [cong-an-tinh]',
      '      - id: hop-tac',
      '        text: "Hợp tác: quốc tế"',
      '# hết',
      '',
    ].join('\n'));
    const check = await runCli(['fmt', '--check', file]);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe('');
  });

  it('a file that does not parse is reported where it breaks and left as it was', async () => {
    const dir = projectTemp('fmt-bad-');
    const file = join(dir, 'hong.yaml');
    const text = 'kind: plan\nsections:\n  - id: a\n   title: x\n';
    writeFileSync(file, text);
    const r = await runCli(['fmt', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hong\.yaml:4:\d+ lỗi \[yaml-indent\]/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('the examples are in the canonical layout (fmt --check, as CI runs it)', async () => {
    const r = await runCli(['fmt', '--check', join(ROOT, 'plans'), join(ROOT, 'outlines'), join(ROOT, 'outlines', 'bao-cao-mau')]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('what vanban writes is already canonical: sub-plans, report and progress scaffolds, a merged report', async () => {
    const dir = projectTemp('fmt-gen-');
    const plan = join(ROOT, 'plans', 'ninh-binh-2024.yaml');
    expect((await runCli(['subplan', plan, '--agency', 'so-tu-phap', '--out', dir, '--format', 'docx'])).code).toBe(0);
    expect((await runCli(['report', 'new', '--plan', plan, '--agency', 'cong-an-tinh', '--out', join(dir, 'tien-do.yaml')])).code).toBe(0);
    expect((await runCli(['report', 'new', '--outline', join(ROOT, 'outlines', 'tong-ket-pcmbn-2021-2025.yaml'), '--agency', 'cong-an-tinh', '--out', join(dir, 'bc.yaml')])).code).toBe(0);
    const samples = join(ROOT, 'outlines', 'bao-cao-mau');
    const merged = await runCli(['report', 'merge', join(samples, 'cong-an-tinh.yaml'), join(samples, 'vien-kiem-sat-nhan-dan-tinh.yaml'), '--as', join(samples, 'gia-lai-tong-hop.meta.yaml'), '--out', join(dir, 'tong-hop.yaml'), '--format', 'docx']);
    expect(merged.code, merged.stderr).toBe(0);
    const written = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'));
    expect(written.length).toBeGreaterThanOrEqual(4);
    const r = await runCli(['fmt', '--check', ...written.map((f) => join(dir, f))]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('fmt of what holds no data, and of keys that are names of Object\'s (R31, R32)', () => {
  it('leaves an empty, blank, comment-only or "---"-only file as it is, exit 0', async () => {
    const dir = projectTemp('fmt-empty-');
    const texts = { empty: '', blank: '\n\n', comment: '# kế hoạch mới, chưa viết\n', dashes: '---\n' };
    for (const [name, text] of Object.entries(texts)) {
      const f = join(dir, `${name}.yaml`);
      writeFileSync(f, text);
      const r = await runCli(['fmt', f]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(readFileSync(f, 'utf8')).toBe(text);
    }
  });

  it('formats a flow mapping with a key and no value ("{status: null, rell}", found by the fuzz)', async () => {
    const f = join(projectTemp('fmt-novalue-'), 'r.yaml');
    writeFileSync(f, 'kind: progress\nanswers:\n  a: {status: null, rell}\n');
    const r = await runCli(['fmt', f]);
    expect(r.code, r.stderr).toBe(0);
    expect(parse(readFileSync(f, 'utf8'))).toEqual({ kind: 'progress', answers: { a: { status: null, rell: null } } });
  });

  it('formats a file whose kind or keys are "constructor", "toString", "__proto__", "hasOwnProperty" like any unknown key', async () => {
    const dir = projectTemp('fmt-proto-');
    for (const k of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const f = join(dir, `k-${k}.yaml`);
      writeFileSync(f, `kind: ${k}\nversion: 1\n`);
      expect((await runCli(['fmt', f])).code).toBe(0);
      // The same names as keys at every depth of a real kind.
      const g = join(dir, `plan-${k}.yaml`);
      writeFileSync(g, `kind: plan\n${k}: 1\ndocument:\n  ${k}: x\n  subject: S\nsections:\n  - id: a\n    ${k}: [1]\n    title: T\n`);
      const r = await runCli(['fmt', g]);
      expect(r.code, r.stderr).toBe(0);
      const back = parse(readFileSync(g, 'utf8')) as { document: Record<string, unknown> };
      expect(Object.hasOwn(back.document, k) && back.document[k]).toBe('x');
      expect((await runCli(['validate', g])).code).toBe(1);
    }
  });
});

describe('fmt writes what a YAML 1.1 reader reads the same (issue 26)', () => {
  const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const pyyaml = spawnSync(PYTHON, ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;
  if (!pyyaml && process.env.CI === 'true') throw new Error('CI=true but python3-yaml is missing: .ci/run must install it');

  it.skipIf(!pyyaml)('keeps the quotes of "=", "yes", "12:30", "012", "1_000", "~" (PyYAML takes them for other things), leaves a date as written', async () => {
    const dir = projectTemp('fmt-yaml11-');
    const file = join(dir, 'odd.yaml');
    // Made-up values, each a string to a YAML 1.2 reader.
    writeFileSync(file, 'kind: notes\na: "="\nb: "yes"\nc: "12:30"\nd: "012"\ne: "1_000"\nf: "~"\ng: "on"\nh: 2024-02-05\ni: "2024-02-06"\nj: "văn bản"\n');
    const r = await runCli(['fmt', file]);
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    const fields = Object.fromEntries(after.trim().split('\n').map((l) => l.split(/: (.*)/).slice(0, 2) as [string, string]));
    expect(fields).toMatchObject({ a: '"="', b: '"yes"', c: '"12:30"', d: '"012"', e: '"1_000"', f: '"~"', g: '"on"', h: '2024-02-05', i: '"2024-02-06"', j: 'văn bản' });
    // PyYAML, a real YAML 1.1 reader, reads every value as the string vanban reads (the bare date aside, a date to it).
    const read = JSON.parse(execFileSync(PYTHON, ['-c', 'import json,sys,yaml; d=yaml.safe_load(open(sys.argv[1])); print(json.dumps({k: v for k, v in d.items() if k != "h"}))', file], { encoding: 'utf8' }));
    expect(read).toEqual({ kind: 'notes', a: '=', b: 'yes', c: '12:30', d: '012', e: '1_000', f: '~', g: 'on', i: '2024-02-06', j: 'văn bản' });
  });
});
