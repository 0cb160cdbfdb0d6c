import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, projectTemp, ROOT, runCli } from '../helpers/cli.js';

type Found = { code: string; start: { line: number } };

/** The minimal valid plan (made-up test data) with the slips of each case. */
async function validate(edits: Array<[string, string]>): Promise<string[]> {
  const dir = projectTemp('recover-');
  copyFileSync(join(ROOT, 'tests', 'fixtures', 'agencies.yaml'), join(dir, 'agencies.yaml'));
  let text = readFileSync(join(ROOT, 'tests', 'fixtures', 'valid', 'minimal.yaml'), 'utf8').replace('agencies: ../agencies.yaml', 'agencies: agencies.yaml');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, 'p.yaml'), text);
  const r = await runCli(['validate', join(dir, 'p.yaml'), '--format', 'json']);
  expect(r.code).toBe(1);
  return (JSON.parse(r.stdout) as Found[]).map((d) => `${d.code}@${d.start.line}`);
}

describe('a YAML syntax error no longer hides the rest of the file', () => {
  it('a slip on one line (": " inside a value): the problems above and below it are reported, none made up', async () => {
    expect(await validate([
      ['date: 2026-01-05', 'date: 2026-02-30'],
      ['text: Mục tiêu thứ nhất.', 'text: Mục tiêu: thứ nhất: rõ.'],
      ['lead: [cong-an-tinh]', 'lead: [cong-an-tinhh]'],
    ])).toEqual(['invalid-date@11', 'yaml-syntax@19', 'unknown-agency@25']);
  });

  it('an indentation slip: one finding on its line, and the file, so mended, checked before and after it (issue 26)', async () => {
    expect(await validate([
      ['lead: [cong-an-tinh]', 'lead: [cong-an-tinhh]'],
      ['        support: [so-tu-phap]', '       support: [so-tu-phap]'],
      ['name: Nguyễn Văn Mẫu', 'name: 12'],
    ])).toEqual(['unknown-agency@25', 'yaml-indent@26', 'schema-type@36']);
  });

  it('a slip that shifts the structure and is not an indentation alone: what stands before it is reported; nothing after it, nothing the break made up', async () => {
    expect(await validate([
      ['lead: [cong-an-tinh]', 'lead: [cong-an-tinhh]'],
      ['        support: [so-tu-phap]', '       support: [so-tu-phap: x: y]'],
      ['name: Nguyễn Văn Mẫu', 'name: 12'],
    ])).toEqual(['unknown-agency@25', 'yaml-syntax@26', 'yaml-syntax@27']);
  });
});

describe('files the parser reads to nothing or to odd shapes', () => {
  it('a plan of comments only is invalid (the schema says so), not silently valid', async () => {
    const dir = projectTemp('recover-empty-');
    writeFileSync(join(dir, 'p.yaml'), '# chỉ có chú thích\n#   - dòng thứ hai\n');
    const r = await runCli(['validate', join(dir, 'p.yaml'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Found[]).map((d) => d.code)).toEqual(['schema-type']);
  });

  it('a mapping used as a key is reported, with no warning of the YAML library on the terminal', () => {
    const dir = projectTemp('recover-key-');
    writeFileSync(join(dir, 'p.yaml'), 'kind: plan\n? [a, b]\n: c\n');
    const r = spawnSync(process.execPath, [BIN, 'validate', join(dir, 'p.yaml')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/Warning|mapAsMap/);
  });
});
