import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeWorld, UnreadableFile, type World } from '../../src/env/world.js';
import { checkInput } from '../../src/project/documents.js';
import { projectOf } from '../../src/project/project.js';
import { resolveFonts } from '../../src/writers/pdf/fonts.js';
import { writerFor } from '../../src/writers/registry.js';
import { PLANS } from '../helpers/build.js';
import { ROOT } from '../helpers/cli.js';

/**
 * A world held in memory: the files it was given and nothing else. A build that
 * read anything past the world (the disk, the environment) would fail here, or
 * give other bytes.
 */
function memoryWorld(files: ReadonlyMap<string, Uint8Array>): World {
  const folders = new Set([...files.keys()].flatMap((f) => f.split('/').slice(1, -1).map((_, i, parts) => '/' + parts.slice(0, i + 1).join('/'))));
  const read = (path: string) => {
    const bytes = files.get(path);
    if (!bytes) throw new UnreadableFile(folders.has(path) ? 'directory' : 'missing');
    return bytes;
  };
  return {
    readFile: async (path) => read(path),
    readBytes: (path) => read(path),
    readText: (path) => new TextDecoder().decode(read(path)),
    exists: (path) => files.has(path) || folders.has(path),
    isFolder: (path) => folders.has(path),
    list: (dir) => [...new Set([...files.keys()].filter((f) => f.startsWith(dir + '/')).map((f) => f.slice(dir.length + 1).split('/')[0]!))].sort(),
    realpath: (path) => path,
    env: () => undefined,
  };
}

/** Every file below `dir` on disk, by path. */
function filesBelow(dir: string, into = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesBelow(path, into);
    else into.set(path, new Uint8Array(readFileSync(path)));
  }
  return into;
}

async function buildWith(path: string, project: ReturnType<typeof projectOf>): Promise<Record<string, Uint8Array>> {
  const checked = await checkInput(path, project);
  if (!checked.build) throw new Error(JSON.stringify(checked.diagnostics));
  const doc = checked.build();
  const out: Record<string, Uint8Array> = {};
  for (const format of ['docx', 'pdf']) {
    out[format] = await (await writerFor(format))!.write(doc, { world: project.world, ...(project.fontDir ? { fontDir: project.fontDir } : {}) });
  }
  return out;
}

describe('a whole build on a world held in memory', () => {
  it('reads the plan, its registry, the templates and the fonts through the world alone, and gives the same bytes', async () => {
    const fonts = resolveFonts(undefined, nodeWorld);
    const files = filesBelow(join(ROOT, 'templates'));
    // The plan, its registry and the fonts at paths that exist nowhere on disk.
    files.set('/du-an/plans/ninh-binh-2024.yaml', new Uint8Array(readFileSync(PLANS.ninhBinh)));
    files.set('/du-an/plans/ninh-binh-2024.agencies.yaml', new Uint8Array(readFileSync(join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml'))));
    files.set('/du-an/.git', new Uint8Array());
    const names = Object.values(fonts.files).map((f) => basename(f));
    for (const f of Object.values(fonts.files)) files.set(`/du-an/phong/${basename(f)}`, new Uint8Array(readFileSync(f)));
    const memory = projectOf({ cwd: '/du-an', fontDir: '/du-an/phong' }, memoryWorld(files));
    expect(memory.world.list('/du-an/phong')).toEqual([...names].sort());
    const inMemory = await buildWith('/du-an/plans/ninh-binh-2024.yaml', memory);
    const onDisk = await buildWith(PLANS.ninhBinh, projectOf({ fontDir: fonts.files.regular.slice(0, -basename(fonts.files.regular).length - 1) }));
    expect(inMemory.docx!.length).toBeGreaterThan(10_000);
    expect(Buffer.from(inMemory.docx!).equals(Buffer.from(onDisk.docx!))).toBe(true);
    expect(Buffer.from(inMemory.pdf!).equals(Buffer.from(onDisk.pdf!))).toBe(true);
  });

  it('says, at the line naming it, what the world lacks (the registry, here)', async () => {
    const files = filesBelow(join(ROOT, 'templates'));
    files.set('/du-an/ke-hoach.yaml', new Uint8Array(readFileSync(PLANS.ninhBinh)));
    const checked = await checkInput('/du-an/ke-hoach.yaml', projectOf({ cwd: '/du-an' }, memoryWorld(files)));
    expect(checked.build).toBeUndefined();
    expect(checked.diagnostics.map((d) => `${d.code} ${d.file}:${d.start.line}`)).toEqual(['registry-missing /du-an/ke-hoach.yaml:20']);
  });
});
