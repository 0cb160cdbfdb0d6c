import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/types.js';
import { buildModel } from '../helpers/build.js';
import { ROOT, runCli } from '../helpers/cli.js';

const VALID = join(ROOT, 'tests', 'fixtures', 'valid');

/** Body paragraphs and headings as printed: number, a space, the text. */
const lines = (doc: Document) =>
  doc.body.flatMap((b) => (b.kind === 'table' ? [] : [[b.number, b.inlines.map((i) => i.text).join('')].filter(Boolean).join(' ')]));

describe('a task that leads into its steps', () => {
  it('prints its agencies and deadline where its sentence ends, after the last step; steps end with ";" and the last with "."', async () => {
    const printed = lines(await buildModel(join(VALID, 'steps-and-targets.yaml')));
    const at = printed.indexOf('1. Tổ chức truyền thông phòng, chống mua bán người, gồm các nội dung sau:');
    expect(at).toBeGreaterThan(0);
    expect(printed.slice(at + 1, at + 3)).toEqual([
      'a) Biên soạn tài liệu tuyên truyền;',
      'b) Tập huấn cho báo cáo viên cấp xã (Công an tỉnh chủ trì, phối hợp với Sở Tư pháp thực hiện; hoàn thành trước ngày 30/6/2026).',
    ]);
  });
});

describe('a target placed in a step', () => {
  it('prints the target\'s words in the step, and validate sees it placed', async () => {
    const printed = lines(await buildModel(join(VALID, 'steps-and-targets.yaml')));
    expect(printed).toContain('a) giải quyết trên 90% tin báo về tội phạm mua bán người;');
    expect(printed.join('\n')).not.toContain('{target:');
    const r = await runCli(['validate', join(VALID, 'steps-and-targets.yaml'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
