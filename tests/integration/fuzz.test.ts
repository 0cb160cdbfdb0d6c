import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { projectTemp, ROOT, runCli, STACK_LINE } from '../helpers/cli.js';
import { DAMAGING_CHARACTER, inventedWords } from '../helpers/import-oracle.js';
import { mutate, rng } from '../helpers/mutate.js';

/**
 * Mutation fuzzing of every kind of input vanban reads: a plan, its agency
 * registry, an outline, a report, a decision and a progress report, each mutated from the examples with a fixed
 * seed. Every case is validated; every case that validates is built to DOCX and
 * PDF (a plan also to its calendar and every agency's sub-plan, verified complete). No outcome may be exit 3 (a bug) or a stack trace: whatever the input,
 * it is a coded error (1, 2) or a document (0). `npm test` runs 60 cases a kind;
 * `npm run test:fuzz` (in CI) 520 a kind, 3,120 in all; VANBAN_FUZZ_CASES and
 * VANBAN_FUZZ_SEED set others.
 */
const CASES = Number(process.env.VANBAN_FUZZ_CASES ?? 60);
const SEED = Number(process.env.VANBAN_FUZZ_SEED ?? 20261127);
/** A ceiling for a hang, not a timing: a plan case runs up to a dozen commands (the 520-case plan run took 2 min on CI). */
const TIMEOUT = Math.max(120_000, CASES * 1_500);

const KINDS = [
  { kind: 'plan', source: 'plans/ninh-binh-2024.yaml', mutated: 'plans/ninh-binh-2024.yaml', input: 'plans/ninh-binh-2024.yaml' },
  { kind: 'registry', source: 'plans/ninh-binh-2024.agencies.yaml', mutated: 'plans/ninh-binh-2024.agencies.yaml', input: 'plans/ninh-binh-2024.yaml' },
  { kind: 'outline', source: 'outlines/tong-ket-pcmbn-2021-2025.yaml', mutated: 'outlines/tong-ket-pcmbn-2021-2025.yaml', input: 'outlines/tong-ket-pcmbn-2021-2025.yaml' },
  { kind: 'report', source: 'outlines/bao-cao-mau/cong-an-tinh.yaml', mutated: 'outlines/bao-cao-mau/cong-an-tinh.yaml', input: 'outlines/bao-cao-mau/cong-an-tinh.yaml' },
  { kind: 'decision', source: 'plans/dong-nai-2016-quyet-dinh.yaml', mutated: 'plans/dong-nai-2016-quyet-dinh.yaml', input: 'plans/dong-nai-2016-quyet-dinh.yaml' },
  { kind: 'progress', source: 'outlines/bao-cao-mau/ket-qua-so-tu-phap-2024.yaml', mutated: 'outlines/bao-cao-mau/ket-qua-so-tu-phap-2024.yaml', input: 'outlines/bao-cao-mau/ket-qua-so-tu-phap-2024.yaml' },
] as const;

describe.each(KINDS)('fuzzing the $kind', ({ kind, source, mutated, input }) => {
  it(`${CASES} mutated cases: no internal error, no stack trace`, async () => {
    // A copy of the examples, so that references between files hold.
    const dir = projectTemp(`fuzz-${kind}-`);
    for (const folder of ['plans', 'outlines']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    mkdirSync(join(dir, 'out'));
    const original = readFileSync(join(ROOT, source), 'utf8');
    const random = rng(SEED + kind.length);
    const outcomes = { valid: 0, invalid: 0 };
    const readersRun: Record<string, number> = {};
    // A plan's own DOCX, brought --into each mutated version of it.
    if (kind === 'plan') expect((await runCli(['build', input, '--out', 'out/built', '--format', 'docx'], { cwd: dir })).code).toBe(0);
    for (let n = 0; n < CASES; n++) {
      const text = mutate(original, random);
      writeFileSync(join(dir, mutated), text);
      const v = await runCli(['validate', input], { cwd: dir });
      const where = `${kind} case ${n} (seed ${SEED})`;
      // What reads a file whether or not it is valid: fmt (on a copy), the textconv view, and for plans and
      // decisions the diff against the example and git's external driver. Each ends in a coded outcome.
      writeFileSync(join(dir, 'out', 'copy.yaml'), text);
      const readers: Array<[string, string[], number[]]> = [
        ['fmt', ['fmt', 'out/copy.yaml'], [0, 1]],
        ['textconv', ['diff', '--textconv', mutated], [0]],
        ...(kind === 'plan' || kind === 'decision' ? [
          ['diff', ['diff', join(ROOT, source), mutated], [0, 1]],
          ['git driver', ['diff', '--git-driver', mutated, join(ROOT, source), '0', '100644', mutated, '0', '100644'], [0]],
        ] as Array<[string, string[], number[]]> : []),
        ...(kind === 'plan' ? [['import --into', ['import', 'out/built/ninh-binh-2024.docx', '--into', 'out/copy.yaml', '--dry-run'], [0, 1]]] as Array<[string, string[], number[]]> : []),
      ];
      for (const [what, args, allowed] of readers) {
        const r = await runCli(args, { cwd: dir });
        expect(allowed, `${where}, ${what}: exit ${r.code}: ${r.stderr.slice(0, 2000)}`).toContain(r.code);
        expect(r.stderr + r.stdout, `${where}, ${what}`).not.toMatch(STACK_LINE);
        readersRun[what] = (readersRun[what] ?? 0) + 1;
      }
      // A mutated file is valid (0) or not (1): never the user's misuse (2), a bug (3) or a crash (-1).
      expect([0, 1], `${where}: exit ${v.code}: ${v.stderr.slice(0, 2000)}`).toContain(v.code);
      expect(v.stderr, where).not.toMatch(STACK_LINE);
      if (v.code !== 0) {
        outcomes.invalid++;
        continue;
      }
      outcomes.valid++;
      const b = await runCli(['build', input, '--out', 'out', '--format', 'docx,pdf', '--force'], { cwd: dir });
      expect(b.code, `${where}, build: ${b.stderr.slice(0, 2000)}`).toBe(0);
      if (kind === 'plan') {
        // What reads a valid plan besides build: its calendar and every agency's sub-plan, proved complete.
        const c = await runCli(['calendar', input, '--out', 'out/lich.ics', '--force'], { cwd: dir });
        expect(c.code, `${where}, calendar: ${c.stderr.slice(0, 2000)}`).toBe(0);
        const sp = await runCli(['subplan', input, '--all', '--verify', '--out', 'out/sub', '--format', '', '--force', '--jobs', '1'], { cwd: dir });
        expect(sp.code, `${where}, subplan: ${sp.stderr.slice(0, 2000)}`).toBe(0);
        expect(sp.stderr, where).not.toMatch(STACK_LINE);
      }
    }
    console.log(`fuzz ${kind}: ${CASES} cases, ${outcomes.valid} valid and built, ${outcomes.invalid} invalid; also ${Object.entries(readersRun).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(outcomes.invalid).toBeGreaterThan(0);
  }, TIMEOUT);
});

/**
 * The three seed texts, mutated as the YAML above, through `vanban import`: a
 * draft or a reason, never a crash, and an oracle for what the mutation did —
 * a damaging character is an error; a draft never holds a word the text does
 * not; a signer not found is a placeholder that is said.
 */
describe.each(['001-ninh-binh-22-kh-bcd-2024.txt', '002-dong-nai-12089-kh-ubnd-2016.txt', '004-gia-lai-836-kh-ubnd-2025.txt'])('fuzzing import of %s', (seed) => {
  it(`${CASES} mutated cases: no internal error, no stack trace, what the damage calls for`, async () => {
    const dir = projectTemp('fuzz-import-');
    const original = readFileSync(join(ROOT, 'tests', 'fixtures', 'seeds', seed), 'utf8');
    writeFileSync(join(dir, 'ke-hoach.txt'), original);
    const clean = await runCli(['import', 'ke-hoach.txt', '--out', 'nhap.yaml', '--force'], { cwd: dir });
    expect(clean.code, clean.stderr).toBe(0);
    expect(inventedWords(original, readFileSync(join(dir, 'nhap.yaml'), 'utf8'))).toEqual([]);
    const signer = (parse(readFileSync(join(dir, 'nhap.yaml'), 'utf8')) as { signature: { name: string } }).signature.name;
    const random = rng(SEED + seed.length);
    const seen = { drafts: 0, damaged: 0, unsigned: 0 };
    for (let n = 0; n < CASES; n++) {
      const text = mutate(original, random);
      writeFileSync(join(dir, 'ke-hoach.txt'), text);
      const r = await runCli(['import', 'ke-hoach.txt', '--out', 'nhap.yaml', '--force'], { cwd: dir });
      const where = `import ${seed} case ${n} (seed ${SEED})`;
      // A draft that validates (0) or one with its problems listed (1): never 2, 3 or a crash.
      expect([0, 1], `${where}: exit ${r.code}: ${r.stderr.slice(0, 2000)}`).toContain(r.code);
      expect(r.stderr, where).not.toMatch(STACK_LINE);
      if (DAMAGING_CHARACTER.test(text)) {
        seen.damaged++;
        expect(r.code, `${where}: a control or bidi character was taken without an error`).toBe(1);
      }
      if (r.code === 0) {
        seen.drafts++;
        // A signer not found is a placeholder that is said to be one (a signer found is words of the text, as below).
        const name = (parse(readFileSync(join(dir, 'nhap.yaml'), 'utf8')) as { signature: { name: string } }).signature.name;
        if (name.startsWith('(')) {
          if (!signer.startsWith('(')) seen.unsigned++;
          expect(r.stderr, `${where}: the signer's name is a placeholder and nothing says so`).toMatch(/người ký/);
        }
        // A placeholder section is vanban's own word only when it is said to be one.
        const placeholder = /ghi tạm một mục "NỘI DUNG"/.test(r.stderr) ? ['nội', 'dung'] : [];
        const invented = inventedWords(text, readFileSync(join(dir, 'nhap.yaml'), 'utf8')).filter((w) => !placeholder.includes(w));
        expect(invented, `${where}: words the text does not hold`).toEqual([]);
      }
    }
    console.log(`fuzz import ${seed}: ${CASES} cases, ${seen.drafts} valid drafts, ${seen.damaged} with a damaging character, ${seen.unsigned} without the signer`);
  }, TIMEOUT);
});

/**
 * A DOCX is untrusted input too (R24–R26, R32): the built DOCX of each example plan and of
 * the decision, mutated in its zip (bytes flipped, cut short), its document XML and its
 * carried data (as text, with the same mutations as YAML), through `vanban import`.
 * A draft, a located refusal or a coded error; never exit 3, never a stack trace.
 */
describe.each(['ninh-binh-2024', 'dong-nai-2016-quyet-dinh'])('fuzzing import of the DOCX of %s', (name) => {
  it(`${CASES} mutated DOCX files: no internal error, no stack trace`, async () => {
    const dir = projectTemp('fuzz-docx-');
    expect((await runCli(['build', join(ROOT, 'plans', `${name}.yaml`), '--out', dir, '--format', 'docx'])).code).toBe(0);
    const bytes = readFileSync(join(dir, `${name}.docx`));
    const parts = unzipSync(bytes);
    const random = rng(SEED + name.length * 7);
    const seen: Record<string, number> = {};
    const ways = ['zip', 'document', 'carried'] as const;
    for (let n = 0; n < CASES; n++) {
      const way = ways[n % ways.length]!;
      let file: Uint8Array;
      if (way === 'zip') {
        file = new Uint8Array(bytes);
        const flips = 1 + Math.floor(random() * 8);
        for (let k = 0; k < flips; k++) file[Math.floor(random() * file.length)] = Math.floor(random() * 256);
        if (random() < 0.2) file = file.subarray(0, Math.floor(random() * file.length));
      } else {
        const part = way === 'document' ? 'word/document.xml' : 'customXml/item1.xml';
        // One element a line, so the line mutations land inside the markup.
        const xml = strFromU8(parts[part]!).replace(/></g, '>\n<');
        file = zipSync({ ...parts, [part]: strToU8(mutate(xml, random).replace(/>\n</g, '><')) });
      }
      writeFileSync(join(dir, 'vao.docx'), file);
      const r = await runCli(['import', 'vao.docx', '--out', 'nhap.yaml', '--force'], { cwd: dir });
      const where = `import of ${name}.docx, ${way} case ${n} (seed ${SEED})`;
      expect([0, 1], `${where}: exit ${r.code}: ${r.stderr.slice(0, 2000)}`).toContain(r.code);
      expect(r.stderr, where).not.toMatch(STACK_LINE);
      // The same file brought --into the plan it was built from (a copy: --dry-run writes nothing anyway).
      if (name === 'ninh-binh-2024') {
        const into = await runCli(['import', 'vao.docx', '--into', join(ROOT, 'plans', `${name}.yaml`), '--dry-run'], { cwd: dir });
        expect([0, 1], `${where}, --into: exit ${into.code}: ${into.stderr.slice(0, 2000)}`).toContain(into.code);
        expect(into.stderr, where).not.toMatch(STACK_LINE);
        seen[`into exit ${into.code}`] = (seen[`into exit ${into.code}`] ?? 0) + 1;
      }
      const outcome = /chưa ai sửa chữ nào/.test(r.stderr) ? 'exact' : /Ghép:/.test(r.stderr) ? 'merged' : /không dựng lại được|Không ghép/.test(r.stderr) ? 'words' : /Không (đọc được|mở tệp)/.test(r.stderr) ? 'refused' : r.code === 0 ? 'draft' : 'invalid';
      seen[outcome] = (seen[outcome] ?? 0) + 1;
    }
    console.log(`fuzz import of ${name}.docx: ${CASES} cases (${ways.join(', ')} in turn): ${Object.entries(seen).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }, TIMEOUT);
});
