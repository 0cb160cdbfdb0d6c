import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR, SCHEMA_FILES, schemaLink } from '../../src/project/schema-link.js';
import { projectTemp, ROOT, runCli } from '../helpers/cli.js';

type Json = { [k: string]: Json } | Json[] | string | number | boolean | null;
const load = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;

/** Follows "file.json#/a/b" the way an editor does: the file beside this one, then the pointer. */
function follow(dir: string, from: string, ref: string): Json | undefined {
  const [file, pointer = ''] = ref.split('#');
  let node: Json | undefined = load(dir, file || from);
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Record<string, Json> | undefined)?.[part];
  return node;
}

function* nodes(node: Json, path = ''): Generator<[string, Record<string, Json>]> {
  if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* nodes(v, `${path}/${i}`);
  else if (node && typeof node === 'object') {
    yield [path, node];
    for (const [k, v] of Object.entries(node)) yield* nodes(v, `${path}/${k}`);
  }
}

describe('the JSON Schemas an editor reads', () => {
  it('refer to each other by file name, resolvable beside the file with no network, and carry no $id that would redirect them', () => {
    let crossFile = 0;
    for (const file of SCHEMA_FILES) {
      const schema = load(SCHEMA_DIR, file) as Record<string, Json>;
      expect(schema.$id, file).toBeUndefined();
      for (const [path, node] of nodes(schema)) {
        if (typeof node.$ref !== 'string') continue;
        expect(node.$ref, `${file}${path}`).not.toMatch(/^[a-z]+:/);
        if (!node.$ref.startsWith('#')) crossFile++;
        expect(follow(SCHEMA_DIR, file, node.$ref), `${file}${path}: ${node.$ref}`).toBeTypeOf('object');
      }
    }
    expect(crossFile).toBeGreaterThan(0);
  });

  it('describe every property, on the property or on what it refers to (editors show it on hover)', () => {
    const described = (from: string, node: Json | undefined, depth = 0): boolean =>
      !!node && typeof node === 'object' && !Array.isArray(node) &&
      (typeof node.description === 'string' ||
        (typeof node.$ref === 'string' && depth < 5 && described(node.$ref.split('#')[0] || from, follow(SCHEMA_DIR, from, node.$ref), depth + 1)));
    const bare: string[] = [];
    for (const file of SCHEMA_FILES) {
      for (const [path, node] of nodes(load(SCHEMA_DIR, file))) {
        const props = node.properties;
        if (!props || typeof props !== 'object' || Array.isArray(props)) continue;
        for (const [key, value] of Object.entries(props)) if (!described(file, value)) bare.push(`${file}${path}/${key}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('ship in the npm package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain(relative(ROOT, SCHEMA_DIR).split('\\').join('/'));
  });
});

describe('the $schema line of a new file', () => {
  it('points into node_modules when vanban is installed in the project, the same on every clone', () => {
    const project = projectTemp('schema-link-');
    mkdirSync(join(project, '.git'));
    const installed = join(project, 'node_modules', 'vanban');
    const link = schemaLink('plan.schema.json', join(project, 'ke-hoach', '2026.yaml'), installed);
    expect(link.line).toBe('# yaml-language-server: $schema=../node_modules/vanban/src/validate/schemas/plan.schema.json');
    expect(link.copyInto).toBeUndefined();
  });

  it('init, from a global install or a checkout, copies the schemas into the project and points there; a second init leaves them', async () => {
    const project = projectTemp('schema-init-');
    mkdirSync(join(project, '.git'));
    mkdirSync(join(project, 'ke-hoach'));
    const first = await runCli(['init', 'ke-hoach/2026'], { cwd: project });
    expect(first.code, first.stderr).toBe(0);
    const plan = readFileSync(join(project, 'ke-hoach', '2026.yaml'), 'utf8');
    const line = /^# yaml-language-server: \$schema=(.+)$/m.exec(plan)?.[1];
    expect(line).toBe('../schemas/plan.schema.json');
    const registry = readFileSync(join(project, 'ke-hoach', '2026.agencies.yaml'), 'utf8');
    expect(registry).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/agencies\.schema\.json$/m);
    expect(readdirSync(join(project, 'schemas')).sort()).toEqual([...SCHEMA_FILES].sort());
    for (const file of SCHEMA_FILES) expect(readFileSync(join(project, 'schemas', file), 'utf8')).toBe(readFileSync(join(SCHEMA_DIR, file), 'utf8'));
    const second = await runCli(['init', 'ke-hoach/2027'], { cwd: project });
    expect(second.code).toBe(0);
    // One line for the copies already up to date, not one a schema (issue 26).
    expect(second.stderr.match(/đã đúng bản này/g)).toHaveLength(1);
    expect(second.stderr).toContain(`${SCHEMA_FILES.length} lược đồ trong schemas/ đã đúng bản này, giữ nguyên`);
  });

  it('report new points at the same copies', async () => {
    const project = projectTemp('schema-report-');
    mkdirSync(join(project, '.git'));
    mkdirSync(join(project, 'outlines'));
    mkdirSync(join(project, 'plans'));
    writeFileSync(join(project, 'outlines', 'dc.yaml'), readFileSync(join(ROOT, 'outlines', 'tong-ket-pcmbn-2021-2025.yaml')));
    writeFileSync(join(project, 'plans', 'gia-lai-2025.agencies.yaml'), readFileSync(join(ROOT, 'plans', 'gia-lai-2025.agencies.yaml')));
    const r = await runCli(['report', 'new', '--outline', 'outlines/dc.yaml', '--agency', 'cong-an-tinh', '--out', 'bao-cao/ca.yaml'], { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(project, 'bao-cao', 'ca.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/report.schema.json');
    expect(readFileSync(join(project, 'schemas', 'report.schema.json'), 'utf8')).toBe(readFileSync(join(SCHEMA_DIR, 'report.schema.json'), 'utf8'));
  });
});

describe('vanban schema --write', () => {
  it('writes the four schemas, keeps a copy someone changed unless --force', async () => {
    const project = projectTemp('schema-write-');
    expect((await runCli(['schema', '--write', 'lược-đồ'], { cwd: project })).code).toBe(0);
    const plan = join(project, 'lược-đồ', 'plan.schema.json');
    writeFileSync(plan, '{"changed": true}\n');
    const refused = await runCli(['schema', '--write', 'lược-đồ'], { cwd: project });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(plan, 'utf8')).toBe('{"changed": true}\n');
    expect((await runCli(['schema', '--write', 'lược-đồ', '--force'], { cwd: project })).code).toBe(0);
    expect(readFileSync(plan, 'utf8')).toBe(readFileSync(join(SCHEMA_DIR, 'plan.schema.json'), 'utf8'));
    expect(dirname(plan)).toBe(join(project, 'lược-đồ'));
  });
});
