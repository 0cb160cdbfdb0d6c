import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectTemp, ROOT, runCli, STACK_LINE } from '../helpers/cli.js';
import { docxParts } from '../helpers/docx.js';

const DIR = join(ROOT, 'tests', 'fixtures', 'invalid');
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('bad input', () => {
  it('has at least 20 fixtures', async () => expect(fixtures.length).toBeGreaterThanOrEqual(20));

  it.each(fixtures)('%s: its code at its line, exit 1, no stack trace', async (name) => {
    const file = join(DIR, name);
    const [, code, line] = /^# expect: (\S+) (\d+)/.exec(readFileSync(file, 'utf8'))!;
    const json = await runCli(['validate', file, '--format', 'json']);
    expect(json.code).toBe(1);
    const diagnostics = JSON.parse(json.stdout) as Array<{ code: string; start: { line: number }; message: string; severity: string }>;
    expect(diagnostics.map((d) => `${d.code}@${d.start.line}`)).toContain(`${code}@${line}`);
    for (const d of diagnostics) expect(d.message.length).toBeGreaterThan(10);

    const human = await runCli(['validate', file]);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain(`${file}:${line}:`);
    expect(human.stderr).toContain(`[${code}]`);
    expect(human.stderr).toMatch(/\d+ lỗi, \d+ cảnh báo/);
    expect(human.stderr).not.toMatch(STACK_LINE);
  });

  it('reports every problem of several files at once, in English on request', async () => {
    const files = ['unknown-agency.yaml', 'impossible-date.yaml', 'nfd-text.yaml'].map((f) => join(DIR, f));
    const r = await runCli(['validate', ...files, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No agency "cong-an-tnh" in the agency registry; did you mean "cong-an-tinh"?');
    expect(r.stderr).toContain('does not exist or is malformed');
    expect(r.stderr).toContain('not in Unicode NFC');
    expect(r.stderr).toContain('3 errors, 0 warnings');
  });

  it('a date written day/month/year is answered with the form it must take and the command that writes it (issue 26)', async () => {
    const r = await runCli(['validate', join(DIR, 'bad-date-format.yaml')]);
    expect(r.stderr).toContain('Giá trị "05/01/2026" không đúng định dạng YYYY-MM-DD: viết 2026-01-05 (vanban lint --fix sửa)');
  });

  it('a Windows path to the registry ("..\\agencies.yaml") is answered with the "/" path YAML takes (issue 26)', async () => {
    const dir = projectTemp('backslash-');
    mkdirSync(join(dir, 'ke-hoach'));
    writeFileSync(join(dir, 'agencies.yaml'), readFileSync(join(ROOT, 'tests', 'fixtures', 'agencies.yaml')));
    writeFileSync(join(dir, 'ke-hoach', 'p.yaml'), readFileSync(join(ROOT, 'tests', 'fixtures', 'valid', 'minimal.yaml'), 'utf8').replace('agencies: ../agencies.yaml', 'agencies: ..\\agencies.yaml'));
    const r = await runCli(['validate', join(dir, 'ke-hoach', 'p.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[registry-missing] Không tìm thấy tệp danh mục cơ quan "..\\agencies.yaml" — đường dẫn trong YAML dùng dấu "/", cả trên Windows: "../agencies.yaml"');
  });

  it('a draft (no number yet) may leave the signer\'s name for later; it validates and builds, the name\'s space left empty (issue 26)', async () => {
    const dir = projectTemp('draft-unsigned-');
    mkdirSync(join(dir, 'ke-hoach'));
    writeFileSync(join(dir, 'agencies.yaml'), readFileSync(join(ROOT, 'tests', 'fixtures', 'agencies.yaml')));
    const plan = readFileSync(join(ROOT, 'tests', 'fixtures', 'valid', 'minimal.yaml'), 'utf8');
    const signer = /^  name: (.+)$/m.exec(plan)![1]!;
    writeFileSync(join(dir, 'ke-hoach', 'p.yaml'), plan.replace(/^  number: \d+\n/m, '').replace(/^  name: .+\n/m, ''));
    const r = await runCli(['build', join(dir, 'ke-hoach', 'p.yaml'), '--out', join(dir, 'out'), '--format', 'docx']);
    expect(r.code, r.stderr).toBe(0);
    const xml = docxParts(readFileSync(join(dir, 'out', 'p.docx')))['word/document.xml']!;
    expect(xml).toContain('KẾ HOẠCH');
    expect(xml).not.toContain(signer);
  });

  it('a file that does not exist is reported, not thrown', async () => {
    const r = await runCli(['validate', 'khong-co.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[file-unreadable]');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('validates whole folders: plans, outlines and reports, skipping registries', async () => {
    const r = await runCli(['validate', 'plans', 'outlines', 'outlines/bao-cao-mau', '--format', 'json']);
    expect(r.code).toBe(0);
    const files = new Set((JSON.parse(r.stdout) as Array<{ file: string }>).map((d) => d.file));
    expect([...files].every((f) => f.startsWith('outlines/bao-cao-mau/'))).toBe(true);
  });

  it('the minimal valid plan and both examples pass', async () => {
    const r = await runCli(['validate', join(ROOT, 'tests/fixtures/valid/minimal.yaml'), 'plans/ninh-binh-2024.yaml', 'plans/dong-nai-2016.yaml']);
    expect(r.stderr).not.toContain('lỗi [');
    expect(r.code).toBe(0);
  });
});

describe('an agency registry named on its own', () => {
  it('validates as a registry, and build says it is no document of its own', async () => {
    const file = join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml');
    expect((await runCli(['validate', file])).code).toBe(0);
    const built = await runCli(['build', file, '--out', join(ROOT, 'tests', '.tmp', 'registry-out')]);
    expect(built.code).toBe(0);
    expect(built.stderr).toContain('danh mục cơ quan hợp lệ');
  });

  it('reports a broken registry with its codes and lines', async () => {
    const dir = join(ROOT, 'tests', '.tmp');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'broken.agencies.yaml');
    writeFileSync(file, 'kind: agencies\nagencies:\n  - id: a\n    name: "  "\n    kind: member\n  - id: a\n    name: A\n    kind: sometimes\n');
    const r = await runCli(['validate', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as Array<{ code: string; start: { line: number } }>).map((d) => `${d.code}@${d.start.line}`);
    expect(found).toEqual(expect.arrayContaining(['blank-text@4', 'duplicate-id@6', 'schema-enum@8']));
  });
});

describe('one registry named by files in different folders, in one run', () => {
  it('is checked once but each file sees its problems under the path it names it by', async () => {
    const project = projectTemp('registry-shared-');
    mkdirSync(join(project, '.git'));
    mkdirSync(join(project, 'con'));
    // A registry with one duplicate id; the same plan text names it from two folders.
    const registry = readFileSync(join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml'), 'utf8')
      .replace('  - id: ubnd-tinh\n', '  - id: cong-an-tinh\n    name: Trùng mã\n    kind: member\n  - id: ubnd-tinh\n');
    writeFileSync(join(project, 'dm.agencies.yaml'), registry);
    const plan = readFileSync(join(ROOT, 'plans', 'ninh-binh-2024.yaml'), 'utf8');
    writeFileSync(join(project, 'a.yaml'), plan.replace(/^agencies: .*$/m, 'agencies: dm.agencies.yaml'));
    writeFileSync(join(project, 'con', 'b.yaml'), plan.replace(/^agencies: .*$/m, 'agencies: ../dm.agencies.yaml'));
    // Named from the project's root, the registry shows as a.yaml's neighbour, and by its full path from con/.
    const rel = relative(ROOT, project);
    const r = await runCli(['validate', `${rel}/a.yaml`, `${rel}/con/b.yaml`, '--format', 'json']);
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout) as Array<{ code: string; file: string }>).filter((d) => d.code === 'duplicate-id').map((d) => d.file);
    expect([...files].sort()).toEqual([join(project, 'dm.agencies.yaml'), `${rel}/dm.agencies.yaml`].sort());
  });
});

describe('a file of another kind', () => {
  it('is one located error (wrong-kind), not a list of schema errors: a plan given as an outline', async () => {
    const r = await runCli(['report', 'new', '--outline', 'plans/ninh-binh-2024.yaml', '--agency', 'cong-an-tinh', '--out', join(ROOT, 'tests', '.tmp', 'wrong-kind.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plans/ninh-binh-2024.yaml:18:7 lỗi [wrong-kind] Tệp này là kế hoạch (kind: plan), ở đây cần đề cương (kind: outline)');
    expect(r.stderr).not.toContain('schema-required');
  });
});

describe('an indentation slip among other mistakes (issue 26)', () => {
  it('is one finding on its own line, and every other finding comes with it', async () => {
    const r = await runCli(['validate', join(DIR, 'tab-and-more.yaml'), '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as Array<{ code: string; start: { line: number } }>).map((d) => `${d.code}@${d.start.line}`);
    // A Tab used to give five syntax errors below it (once twelve, a false duplicate key among them) and hide the rest.
    expect(found).toEqual(['schema-required@6', 'not-nfc@12', 'yaml-indent@23']);
    const human = await runCli(['validate', join(DIR, 'tab-and-more.yaml')]);
    expect(human.stderr).toContain('thay phần thụt lề bằng 6 dấu cách');
  });
});
