import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, isId, isIdPath } from '../../src/text/id.js';

const dir = 'src/validate/schemas';
const schemas = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('the id pattern is written once', () => {
  it('plan.schema.json#/$defs/id holds the pattern the code uses', () => {
    const plan = JSON.parse(schemas.find((s) => s.file === 'plan.schema.json')!.text) as { $defs: { id: { pattern: string } } };
    expect(plan.$defs.id.pattern).toBe(ID_PATTERN);
  });

  it('no schema writes the pattern again; they name it by $ref', () => {
    const copies = schemas.flatMap((s) => s.text.split('\n').filter((l) => l.includes(JSON.stringify(ID_PATTERN).slice(1, -1))).map((l) => `${s.file}: ${l.trim()}`));
    expect(copies).toHaveLength(1);
    expect(schemas.filter((s) => s.text.includes('"plan.schema.json#/$defs/id"')).map((s) => s.file).sort()).toEqual(['agencies.schema.json', 'outline.schema.json', 'progress.schema.json', 'report.schema.json']);
  });

  it('reads ids and id paths', () => {
    expect(['cong-an-tinh', 'so-tu-phap', 'a1'].every(isId)).toBe(true);
    expect(['Cong-an', 'cong--an', '-a', 'a-', 'công-an', ''].some(isId)).toBe(false);
    expect(isIdPath('phu-luc-1/ket-qua')).toBe(true);
    expect(isIdPath('phu-luc-1//ket-qua')).toBe(false);
  });
});
