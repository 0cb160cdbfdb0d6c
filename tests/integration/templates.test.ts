import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { buildModel } from '../helpers/build.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures');

describe('templates', () => {
  it('escape data: markup typed in YAML stays text and never becomes structure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-esc-'));
    cpSync(join(FIXTURES, 'agencies.yaml'), join(dir, 'agencies.yaml'));
    const plan = readFileSync(join(FIXTURES, 'valid', 'minimal.yaml'), 'utf8')
      .replace('agencies: ../agencies.yaml', 'agencies: agencies.yaml')
      .replace('text: Mục tiêu thứ nhất.', `text: 'Chèn </p><h level="1">TIÊU ĐỀ GIẢ</h><p> & <b>đậm</b> "nháy" {{x}}.'`);
    writeFileSync(join(dir, 'plan.yaml'), plan);
    const doc = await buildModel(join(dir, 'plan.yaml'));
    expect(doc.body.filter((b) => b.kind === 'heading')).toHaveLength(2);
    const p = doc.body.find((b) => b.kind === 'paragraph' && b.inlines[0]!.text.startsWith('Chèn'));
    expect(p?.kind === 'paragraph' && p.inlines).toEqual([
      { kind: 'text', text: 'Chèn </p><h level="1">TIÊU ĐỀ GIẢ</h><p> & <b>đậm</b> "nháy" {{x}}.' },
    ]);
  });

  it('a province can replace one template with --templates DIR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-tpl-'));
    writeFileSync(join(dir, 'header.hbs'), readFileSync(join(ROOT, 'templates/shared/header.hbs'), 'utf8').replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập - Tự do - Hạnh phúc (mẫu riêng)'));
    const doc = await buildModel(join(FIXTURES, 'valid', 'minimal.yaml'), dir);
    expect(doc.header.motto.slogan).toBe('Độc lập - Tự do - Hạnh phúc (mẫu riêng)');
    const standard = await buildModel(join(FIXTURES, 'valid', 'minimal.yaml'));
    expect(standard.header.motto.slogan).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(doc.body).toEqual(standard.body);
  });
});
