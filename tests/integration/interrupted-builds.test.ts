import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BIN, projectTemp, ROOT } from '../helpers/cli.js';

/**
 * R27, R28: a run killed at any moment (Ctrl+C, kill -9) or two runs into one
 * folder leave nothing the next plain run refuses as "edited", and no temporary
 * file of vanban's. Real processes, real signals; the moments are drawn from a
 * seeded generator over the time a whole run takes here, so a failure replays.
 */
const MOMENTS = 20;

function project(prefix: string, plans: number): string {
  const dir = projectTemp(prefix);
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, '.git'), '');
  copyFileSync(join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml'), join(dir, 'plans', 'ninh-binh-2024.agencies.yaml'));
  // Copies of the example plan (the same made-up variety), named apart.
  for (let i = 1; i <= plans; i++) copyFileSync(join(ROOT, 'plans', 'ninh-binh-2024.yaml'), join(dir, 'plans', `p${String(i).padStart(2, '0')}.yaml`));
  return dir;
}

const run = (cwd: string, args: string[]) => spawnSync('node', [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** Starts a run and stops it with `signal` after `ms`; resolves when it is gone. */
function interrupt(cwd: string, args: string[], ms: number, signal: NodeJS.Signals): Promise<void> {
  return new Promise((done) => {
    const child = spawn('node', [BIN, ...args], { cwd, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

/** Each output sound (a DOCX that unzips with its body, a PDF from %PDF to %%EOF), none a vanban temporary. */
function expectSound(out: string): void {
  const names = readdirSync(out);
  expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  for (const n of names) {
    const bytes = readFileSync(join(out, n));
    if (n.endsWith('.docx')) expect(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'], n).toBeDefined();
    if (n.endsWith('.pdf')) {
      expect(bytes.subarray(0, 5).toString(), n).toBe('%PDF-');
      expect(bytes.subarray(-6).toString().trim(), n).toBe('%%EOF');
    }
  }
}

/** A small seeded generator (mulberry32): the same moments every run. */
function moments(seed: number, span: number): number[] {
  let t = seed;
  return Array.from({ length: MOMENTS }, () => {
    t = (t + 0x6d2b79f5) | 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return Math.round(40 + (((x ^ (x >>> 14)) >>> 0) / 4294967296) * span);
  });
}

describe('interrupted and concurrent runs forget nothing (R27, R28)', () => {
  it(`a folder build killed at ${MOMENTS} moments (SIGINT and kill -9 in turn): each plain rerun exits 0, refuses nothing, leaves no *.tmp`, async () => {
    const dir = project('interrupt-build-', 6);
    const args = ['build', 'plans', '--out', 'out', '--format', 'docx,pdf', '--jobs', '2'];
    const started = Date.now();
    expect(run(dir, args).status).toBe(0);
    const span = Date.now() - started;
    for (const [i, ms] of moments(27, span).entries()) {
      await interrupt(dir, args, ms, i % 2 === 0 ? 'SIGINT' : 'SIGKILL');
      const again = run(dir, args);
      expect(again.status, `after a stop at ${ms} ms: ${again.stderr}`).toBe(0);
      expect(again.stderr).not.toContain('Không ghi đè');
      expectSound(join(dir, 'out'));
    }
    // Folded: the manifest knows every file, and no journal is left.
    const out = join(dir, 'out');
    const manifest = JSON.parse(readFileSync(join(out, '.vanban-manifest.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest).sort()).toEqual(readdirSync(out).filter((n) => !n.startsWith('.')).sort());
    expect(readdirSync(out).filter((n) => n.endsWith('.journal'))).toEqual([]);
  }, 240_000);

  it(`subplan --all killed at ${MOMENTS} moments: each plain rerun exits 0 and refuses nothing`, async () => {
    const dir = project('interrupt-subplan-', 1);
    const args = ['subplan', 'plans/p01.yaml', '--all', '--out', 'sub', '--format', 'docx'];
    const started = Date.now();
    expect(run(dir, args).status).toBe(0);
    const span = Date.now() - started;
    for (const [i, ms] of moments(28, span).entries()) {
      await interrupt(dir, args, ms, i % 2 === 0 ? 'SIGINT' : 'SIGKILL');
      const again = run(dir, args);
      expect(again.status, `after a stop at ${ms} ms: ${again.stderr}`).toBe(0);
      expect(again.stderr).not.toContain('Không ghi đè');
      expectSound(join(dir, 'sub'));
    }
  }, 240_000);

  it('two builds into one --out at once, then a plain rerun of both: exit 0, nothing refused', async () => {
    const dir = projectTemp('concurrent-');
    writeFileSync(join(dir, '.git'), '');
    for (const side of ['a', 'b']) {
      mkdirSync(join(dir, side));
      copyFileSync(join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml'), join(dir, side, 'ninh-binh-2024.agencies.yaml'));
      for (let i = 1; i <= 6; i++) copyFileSync(join(ROOT, 'plans', 'ninh-binh-2024.yaml'), join(dir, side, `${side}${i}.yaml`));
    }
    const both = ['a', 'b'].map((side) => new Promise<number | null>((done) => {
      spawn('node', [BIN, 'build', side, '--out', 'out', '--format', 'docx,pdf', '--jobs', '1'], { cwd: dir, stdio: 'ignore' }).on('exit', done);
    }));
    expect(await Promise.all(both)).toEqual([0, 0]);
    const again = run(dir, ['build', 'a', 'b', '--out', 'out', '--format', 'docx,pdf']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('Không ghi đè');
    const manifest = JSON.parse(readFileSync(join(dir, 'out', '.vanban-manifest.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest)).toHaveLength(24);
  }, 120_000);
});
